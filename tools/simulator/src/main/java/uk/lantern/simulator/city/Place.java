package uk.lantern.simulator.city;

/** A named place in the city; hotspots carry a larger weight and turn up more often. */
public record Place(String name, String postcode, double latitude, double longitude, int weight) {

    public boolean hotspot() {
        return weight >= 5;
    }

    public Location location() {
        return new Location(name, postcode, latitude, longitude);
    }
}
