package uk.lantern.schemas.mace;

import uk.lantern.schemas.EventData;

/**
 * The payloads published on {@code lantern.mace.v1}: the MACE panel's meetings, its decisions and actions for each
 * child, the adults and places of concern it records, the drift it flags and the outcomes it shares. Free text stays
 * in mace-service except in {@link OutcomeShared}, whose reader (the child's social worker) needs the decision and
 * the actions in words.
 */
public sealed interface MaceEvent extends EventData
        permits MeetingScheduled, MeetingOpened, MeetingClosed, ChildDiscussed, ActionAgreed, ActionDone,
        ActionCancelled, ActionCarriedOver, PersonOfConcernRecorded, PlaceOfConcernRecorded, DriftFlagged,
        OutcomeShared {

    /** The meeting, action, person or place of concern the event is about. */
    String recordId();
}
