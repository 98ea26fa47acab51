package uk.lantern.simulator.city;

/** Where a child was found or returned to; postcode and coordinates may be unknown. */
public record Location(String placeName, String postcode, Double latitude, Double longitude) {
}
