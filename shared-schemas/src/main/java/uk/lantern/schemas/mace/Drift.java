package uk.lantern.schemas.mace;

/**
 * Drift the panel is challenged on: an action past its due date, an action carried over more meetings than the
 * setting allows, a child discussed at several meetings with no change in risk, a nominated child never discussed.
 */
public enum Drift { ACTION_OVERDUE, ACTION_CARRIED_OVER, NO_CHANGE_IN_RISK, NOMINATED_NEVER_DISCUSSED }
