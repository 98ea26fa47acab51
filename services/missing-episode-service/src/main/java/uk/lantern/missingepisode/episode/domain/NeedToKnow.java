package uk.lantern.missingepisode.episode.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * DOMAIN "Need to know": a child on a child protection plan, or looked after, who goes missing is notified to senior
 * managers immediately; so is a child graded high risk. A child recorded as away from placement without
 * authorisation is not missing (whereabouts known): no need to know. This is the one place the decision is made; the
 * correlation service raises its NEED_TO_KNOW alert from the NeedToKnowRaised event, never by deciding again.
 */
public final class NeedToKnow {

    public enum Reason { CHILD_PROTECTION_PLAN, LOOKED_AFTER, HIGH_RISK }

    static List<Reason> reasons(Category category, boolean childProtectionPlan, boolean lookedAfter, RiskGrade grade) {
        List<Reason> reasons = new ArrayList<>();
        if (category == Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION) {
            return reasons;
        }
        if (childProtectionPlan) {
            reasons.add(Reason.CHILD_PROTECTION_PLAN);
        }
        if (lookedAfter) {
            reasons.add(Reason.LOOKED_AFTER);
        }
        if (grade == RiskGrade.HIGH) {
            reasons.add(Reason.HIGH_RISK);
        }
        return List.copyOf(reasons);
    }

    private NeedToKnow() {
    }
}
