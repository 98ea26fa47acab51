package uk.lantern.returninterview.interview.web;

import uk.lantern.returninterview.interview.application.CaseNotFound;
import uk.lantern.returninterview.interview.application.CaseService;
import uk.lantern.returninterview.interview.application.StoredCase;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.domain.InterviewCase;
import uk.lantern.support.problems.NotYourRecord;
import uk.lantern.support.security.Actor;
import uk.lantern.support.security.Role;

/**
 * An interview provider works only on the cases assigned to its own organisation (the commissioned provider for the
 * case's context): another provider's case is refused, and a child's list of cases shows only its own. A coordinator
 * sees every case.
 */
final class ProviderScope {

    private final CaseService cases;

    ProviderScope(CaseService cases) {
        this.cases = cases;
    }

    static boolean narrowed(Actor actor) {
        return actor.has(Role.INTERVIEW_PROVIDER) && !actor.has(Role.MISSING_COORDINATOR);
    }

    boolean sees(Actor actor, InterviewCase c) {
        return !narrowed(actor) || actor.organisation().equals(c.provider());
    }

    void check(Actor actor, CaseId id) {
        if (narrowed(actor)) {
            check(actor, cases.interviewCase(id).orElseThrow(() -> new CaseNotFound(id)));
        }
    }

    void check(Actor actor, StoredCase stored) {
        if (!sees(actor, stored.interviewCase())) {
            throw new NotYourRecord("This case is assigned to another provider; your organisation ("
                    + actor.organisation() + ") works only on its own cases.");
        }
    }

    static void checkProvider(Actor actor, String provider) {
        if (narrowed(actor) && !actor.organisation().equals(provider)) {
            throw new NotYourRecord("Your organisation (" + actor.organisation()
                    + ") may see only its own worklist: ask for provider=" + actor.organisation() + ".");
        }
    }
}
