package uk.lantern.mace.action.domain;

/** Open until done (with evidence) or cancelled (with a reason). */
public enum ActionStatus { OPEN, DONE, CANCELLED }
