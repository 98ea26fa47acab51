package uk.lantern.returninterview.interview.domain;

/** How pressing an offer is, against the clock at the moment of asking. */
public enum Urgency { DUE, DUE_SOON, OVERDUE }
