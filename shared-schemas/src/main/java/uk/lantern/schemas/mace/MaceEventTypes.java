package uk.lantern.schemas.mace;

import java.util.List;
import uk.lantern.schemas.EventType;

/** Every event type on the MACE topic. */
public final class MaceEventTypes {

    private static final String SCHEMAS = "schemas/mace/";

    public static final EventType<MeetingScheduled> MEETING_SCHEDULED =
            new EventType<>("MeetingScheduled", 1, MeetingScheduled.class, SCHEMAS + "meeting-scheduled.v1.json");
    public static final EventType<MeetingOpened> MEETING_OPENED =
            new EventType<>("MeetingOpened", 1, MeetingOpened.class, SCHEMAS + "meeting-opened.v1.json");
    public static final EventType<MeetingClosed> MEETING_CLOSED =
            new EventType<>("MeetingClosed", 1, MeetingClosed.class, SCHEMAS + "meeting-closed.v1.json");
    public static final EventType<ChildDiscussed> CHILD_DISCUSSED =
            new EventType<>("ChildDiscussed", 1, ChildDiscussed.class, SCHEMAS + "child-discussed.v1.json");
    public static final EventType<ActionAgreed> ACTION_AGREED =
            new EventType<>("ActionAgreed", 1, ActionAgreed.class, SCHEMAS + "action-agreed.v1.json");
    public static final EventType<ActionDone> ACTION_DONE =
            new EventType<>("ActionDone", 1, ActionDone.class, SCHEMAS + "action-done.v1.json");
    public static final EventType<ActionCancelled> ACTION_CANCELLED =
            new EventType<>("ActionCancelled", 1, ActionCancelled.class, SCHEMAS + "action-cancelled.v1.json");
    public static final EventType<ActionCarriedOver> ACTION_CARRIED_OVER =
            new EventType<>("ActionCarriedOver", 1, ActionCarriedOver.class, SCHEMAS + "action-carried-over.v1.json");
    public static final EventType<PersonOfConcernRecorded> PERSON_OF_CONCERN_RECORDED =
            new EventType<>("PersonOfConcernRecorded", 1, PersonOfConcernRecorded.class,
                    SCHEMAS + "person-of-concern-recorded.v1.json");
    public static final EventType<PlaceOfConcernRecorded> PLACE_OF_CONCERN_RECORDED =
            new EventType<>("PlaceOfConcernRecorded", 1, PlaceOfConcernRecorded.class,
                    SCHEMAS + "place-of-concern-recorded.v1.json");
    public static final EventType<DriftFlagged> DRIFT_FLAGGED =
            new EventType<>("DriftFlagged", 1, DriftFlagged.class, SCHEMAS + "drift-flagged.v1.json");
    public static final EventType<OutcomeShared> OUTCOME_SHARED =
            new EventType<>("OutcomeShared", 1, OutcomeShared.class, SCHEMAS + "outcome-shared.v1.json");

    public static final List<EventType<? extends MaceEvent>> ALL = List.of(MEETING_SCHEDULED, MEETING_OPENED,
            MEETING_CLOSED, CHILD_DISCUSSED, ACTION_AGREED, ACTION_DONE, ACTION_CANCELLED, ACTION_CARRIED_OVER,
            PERSON_OF_CONCERN_RECORDED, PLACE_OF_CONCERN_RECORDED, DRIFT_FLAGGED, OUTCOME_SHARED);

    private MaceEventTypes() {
    }
}
