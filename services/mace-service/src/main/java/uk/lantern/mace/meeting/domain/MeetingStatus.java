package uk.lantern.mace.meeting.domain;

/** Scheduled (nominations taken), open (agenda fixed, discussions recorded), closed (outcomes shared). */
public enum MeetingStatus { SCHEDULED, OPEN, CLOSED }
