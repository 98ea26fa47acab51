package uk.lantern.schemas.missingepisode;

/** Missing from home, or from care with its placement. Placement fields are null for {@code MISSING_FROM_HOME}. */
public record EpisodeContext(Type type, PlacementType placementType, String placingAuthority, Boolean outOfArea) {

    public enum Type { MISSING_FROM_HOME, MISSING_FROM_CARE }

    public enum PlacementType { CHILDRENS_HOME, FOSTER_CARE, SEMI_INDEPENDENT, SECURE_UNIT, OTHER }
}
