package uk.lantern.simulator.city;

/** The kind of placement a looked-after child lives in. */
public enum PlacementType {
    CHILDRENS_HOME, FOSTER_CARE, SEMI_INDEPENDENT, OTHER
}
