package uk.lantern.mace.meeting.web;

import org.springframework.stereotype.Component;
import uk.lantern.mace.common.web.ChildViews;
import uk.lantern.mace.meeting.application.OutcomeShares;
import uk.lantern.mace.meeting.domain.Discussion;
import uk.lantern.mace.meeting.domain.Meeting;

@Component
class AccessLoggedOutcomeShares implements OutcomeShares {

    private final ChildViews views;

    AccessLoggedOutcomeShares(ChildViews views) {
        this.views = views;
    }

    @Override
    public void sharing(Meeting meeting, Discussion discussion) {
        views.shared("POST /meetings/{id}/closure", meeting.id(), discussion.childId(),
                discussion.allocatedWorker().words());
    }
}
