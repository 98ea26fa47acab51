package uk.lantern.simulator.city;

/** Missing from home (placement fields null) or missing from care. */
public record Context(ContextType type, PlacementType placementType, String placingAuthority, Boolean outOfArea) {

    public static Context fromHome() {
        return new Context(ContextType.MISSING_FROM_HOME, null, null, null);
    }

    public static Context fromCare(Placement placement) {
        return new Context(ContextType.MISSING_FROM_CARE, placement.type(), placement.placingAuthority(),
                placement.outOfArea());
    }
}
