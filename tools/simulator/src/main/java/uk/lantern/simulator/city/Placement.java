package uk.lantern.simulator.city;

/**
 * The care placement of a looked-after child. {@code outOfArea} is true when another
 * authority placed the child here. {@code carer} is who records a return from the placement.
 */
public record Placement(PlacementType type, String placingAuthority, boolean outOfArea, Professional carer) {
}
