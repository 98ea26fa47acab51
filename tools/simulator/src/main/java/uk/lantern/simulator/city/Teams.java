package uk.lantern.simulator.city;

import java.util.List;

/**
 * The authority's children's social care teams and their social workers (invented names), so that figures have
 * teams to drill into. Looked-after children are allocated to a Children in Care team, children on a child
 * protection plan to a Child Protection team (East or West), and a child assessed for exploitation who has neither is
 * taken on by the Exploitation and Missing team.
 */
final class Teams {

    static final String CHILDREN_IN_CARE_1 = "Children in Care 1";
    static final String CHILDREN_IN_CARE_2 = "Children in Care 2";
    static final String CHILD_PROTECTION_EAST = "Child Protection East";
    static final String CHILD_PROTECTION_WEST = "Child Protection West";
    static final String EXPLOITATION_AND_MISSING = "Exploitation and Missing";

    private static final List<String> WORKERS = List.of(
            "Jo Bright", "Kim Hale", "Amir Qureshi", "Beth Lawson", "Tom Reilly", "Grace Adeyemi", "Ola Nowak",
            "Priya Shah", "Dan Whitfield", "Sue Ellison", "Marek Kowalski", "Hannah Cole", "Leon Baptiste",
            "Fatima Begum", "Chris Morton");

    private Teams() {
    }

    /** Who a child is allocated to: a team for the child's status, and one of that team's workers. */
    static AllocatedWorker allocate(boolean lookedAfter, boolean childProtectionPlan, Pick pick) {
        String team = lookedAfter ? pick.oneOf(List.of(CHILDREN_IN_CARE_1, CHILDREN_IN_CARE_2))
                : childProtectionPlan ? pick.oneOf(List.of(CHILD_PROTECTION_EAST, CHILD_PROTECTION_WEST))
                : EXPLOITATION_AND_MISSING;
        return new AllocatedWorker(pick.oneOf(workersOf(team)), team);
    }

    /** Three workers to a team, each in one team only. */
    static List<String> workersOf(String team) {
        int at = List.of(CHILDREN_IN_CARE_1, CHILDREN_IN_CARE_2, CHILD_PROTECTION_EAST, CHILD_PROTECTION_WEST,
                EXPLOITATION_AND_MISSING).indexOf(team);
        return WORKERS.subList(at * 3, at * 3 + 3);
    }
}
