package uk.lantern.missingepisode.episode.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * DOMAIN "Need to know": a child on a child protection plan, or looked after, who goes missing is notified to senior
 * managers immediately; so is a child graded high risk.
 */
public final class NeedToKnow {

    public enum Reason { CHILD_PROTECTION_PLAN, LOOKED_AFTER, HIGH_RISK }

    static List<Reason> reasons(boolean childProtectionPlan, boolean lookedAfter, RiskGrade grade) {
        List<Reason> reasons = new ArrayList<>();
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
