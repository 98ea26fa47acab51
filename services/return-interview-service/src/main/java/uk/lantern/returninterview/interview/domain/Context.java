package uk.lantern.returninterview.interview.domain;

/** Where the child went missing from. Home and care have different providers and are counted apart. */
public enum Context { MISSING_FROM_HOME, MISSING_FROM_CARE }
