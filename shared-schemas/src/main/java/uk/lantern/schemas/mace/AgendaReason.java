package uk.lantern.schemas.mace;

/** Why a child is on a meeting's agenda (the words are in the meeting's record at mace-service). */
public enum AgendaReason { HIGH_MACE_SCORE, NOMINATED, ACTION_DUE, RISK_NOT_FALLEN }
