package uk.lantern.returninterview.interview.web;

import java.time.Instant;
import java.util.List;
import uk.lantern.returninterview.interview.application.StoredCase;
import uk.lantern.returninterview.interview.domain.Answer;
import uk.lantern.returninterview.interview.domain.CaseStatus;
import uk.lantern.returninterview.interview.domain.Child;
import uk.lantern.returninterview.interview.domain.Closure;
import uk.lantern.returninterview.interview.domain.Context;
import uk.lantern.returninterview.interview.domain.DecisionNotToOffer;
import uk.lantern.returninterview.interview.domain.Interview;
import uk.lantern.returninterview.interview.domain.InterviewCase;
import uk.lantern.returninterview.interview.domain.Offer;
import uk.lantern.returninterview.interview.domain.Urgency;

/**
 * A case as providers and coordinators read it. {@code id} is the episode id; {@code version} is also sent as the
 * ETag: send it back in If-Match. {@code urgency} is given on worklists only.
 */
record CaseView(
        String id,
        Long version,
        CaseStatus status,
        Urgency urgency,
        Child subject,
        Context context,
        Instant returnedAt,
        Instant deadline,
        String provider,
        List<Offer> offers,
        Answer answer,
        Interview interview,
        DecisionNotToOffer decisionNotToOffer,
        Closure closure) {

    static CaseView of(StoredCase stored) {
        return of(stored.interviewCase(), stored.version(), null);
    }

    static CaseView of(InterviewCase c, Long version, Urgency urgency) {
        return new CaseView(c.id().value(), version, c.status(), urgency, c.child(), c.context(), c.returnedAt(),
                c.deadline(), c.provider(), c.offers(), c.answer(), c.interview(), c.decisionNotToOffer(), c.closure());
    }
}
