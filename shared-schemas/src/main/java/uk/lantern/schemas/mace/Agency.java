package uk.lantern.schemas.mace;

/** The agencies that sit on a MACE panel (schema: {@code schemas/mace/definitions.v1.json#/$defs/agency}). */
public enum Agency { POLICE, SOCIAL_CARE, HEALTH, EDUCATION, YOUTH_JUSTICE, VOLUNTARY_SECTOR }
