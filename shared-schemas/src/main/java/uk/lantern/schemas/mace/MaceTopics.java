package uk.lantern.schemas.mace;

import uk.lantern.schemas.Topic;

/** The MACE topic. */
public final class MaceTopics {

    public static final Topic<MaceEvent> MACE = new Topic<>(
            "lantern.mace.v1",
            "mace-service",
            "\"child:\" + the Lantern child id for events about a child (ChildDiscussed, actions, DriftFlagged, "
                    + "OutcomeShared), so one child's events are read in order; \"meeting:\", \"person:\" or "
                    + "\"place:\" + the record id for the others.",
            MaceEvent.class,
            MaceEventTypes.ALL);

    private MaceTopics() {
    }
}
