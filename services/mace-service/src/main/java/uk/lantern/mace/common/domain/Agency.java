package uk.lantern.mace.common.domain;

/** The agencies that sit on the panel. */
public enum Agency { POLICE, SOCIAL_CARE, HEALTH, EDUCATION, YOUTH_JUSTICE, VOLUNTARY_SECTOR }
