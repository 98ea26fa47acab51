package uk.lantern.missingepisode.episode.domain;

/**
 * Missing from home, or missing from care with the placement the child left. The two are never confused: a
 * context from care always has its placement, a context from home never has one.
 */
public record EpisodeContext(Type type, Placement placement) {

    public enum Type { MISSING_FROM_HOME, MISSING_FROM_CARE }

    public enum PlacementType { CHILDRENS_HOME, FOSTER_CARE, SEMI_INDEPENDENT, SECURE_UNIT, OTHER }

    public record Placement(PlacementType type, String placingAuthority, boolean outOfArea) {
    }

    public EpisodeContext {
        if (type == null) {
            throw new EpisodeRuleViolation("context.type", "required: MISSING_FROM_HOME or MISSING_FROM_CARE");
        }
        if (type == Type.MISSING_FROM_CARE && placement == null) {
            throw new EpisodeRuleViolation("context.placementType", "required when missing from care");
        }
        if (type == Type.MISSING_FROM_CARE && (placement.placingAuthority() == null || placement.placingAuthority().isBlank())) {
            throw new EpisodeRuleViolation("context.placingAuthority", "required when missing from care");
        }
        if (type == Type.MISSING_FROM_HOME && placement != null) {
            throw new EpisodeRuleViolation("context.placementType", "a child missing from home has no placement");
        }
    }

    public static EpisodeContext fromHome() {
        return new EpisodeContext(Type.MISSING_FROM_HOME, null);
    }

    public static EpisodeContext fromCare(Placement placement) {
        return new EpisodeContext(Type.MISSING_FROM_CARE, placement);
    }

    public boolean fromCare() {
        return type == Type.MISSING_FROM_CARE;
    }
}
