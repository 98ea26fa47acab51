package uk.lantern.missingepisode.episode.domain;

/** The raw category as reported, kept as it was given. */
public enum Category { MISSING, AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION }
