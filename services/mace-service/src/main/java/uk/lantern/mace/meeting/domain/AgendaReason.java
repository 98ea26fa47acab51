package uk.lantern.mace.meeting.domain;

/** Why a child is on the agenda. */
public enum AgendaReason { HIGH_MACE_SCORE, NOMINATED, ACTION_DUE, RISK_NOT_FALLEN }
