package uk.lantern.correlation.patterns;

/** How quickly someone must look: URGENT is now, whatever the hour. */
public enum Severity { LOW, MEDIUM, HIGH, URGENT }
