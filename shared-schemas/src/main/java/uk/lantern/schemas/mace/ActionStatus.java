package uk.lantern.schemas.mace;

public enum ActionStatus { OPEN, DONE, CANCELLED }
