package uk.lantern.mace.meeting.domain;

/** Drift the panel is challenged on when the meeting opens. */
public enum Drift { ACTION_OVERDUE, ACTION_CARRIED_OVER, NO_CHANGE_IN_RISK, NOMINATED_NEVER_DISCUSSED }
