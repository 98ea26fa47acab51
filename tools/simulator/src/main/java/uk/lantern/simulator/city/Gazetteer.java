package uk.lantern.simulator.city;

import java.util.List;

/** Peterborough-like places where children are last seen and found; coordinates approximate. */
public final class Gazetteer {

    public static final List<Place> PLACES = List.of(
            new Place("Queensgate shopping centre", "PE1 1NT", 52.5742, -0.2446, 12),
            new Place("Peterborough railway station", "PE1 1QL", 52.5746, -0.2500, 10),
            new Place("Queensgate bus station", "PE1 1NL", 52.5751, -0.2470, 9),
            new Place("Lincoln Road shops, Millfield", "PE1 2SN", 52.5861, -0.2503, 8),
            new Place("Central Park", "PE1 4LZ", 52.5850, -0.2380, 7),
            new Place("The Embankment", "PE1 1EF", 52.5680, -0.2380, 6),
            new Place("Takeaway, Lincoln Road", "PE1 2RX", 52.5872, -0.2511, 5),
            new Place("Cathedral Square", "PE1 1XH", 52.5721, -0.2423, 4),
            new Place("Budget hotel, Bourges Boulevard", "PE1 2AU", 52.5779, -0.2520, 4),
            new Place("All-night petrol station, Oundle Road", "PE2 9PW", 52.5622, -0.2601, 3),
            new Place("Rivergate", "PE1 1EL", 52.5700, -0.2460, 2),
            new Place("Ferry Meadows country park", "PE2 5UU", 52.5650, -0.3090, 2),
            new Place("Orton Centre", "PE2 5RQ", 52.5500, -0.2890, 3),
            new Place("Serpentine Green shopping centre", "PE7 8BE", 52.5330, -0.2650, 3),
            new Place("Bretton Centre", "PE3 8DS", 52.5920, -0.2930, 3),
            new Place("Werrington Centre", "PE4 6QW", 52.6140, -0.2820, 2),
            new Place("Gladstone Park", "PE1 2BS", 52.5832, -0.2531, 2),
            new Place("Westwood skate park", "PE3 7JU", 52.5800, -0.2800, 2),
            new Place("Peterborough Regional College", "PE1 4DZ", 52.5890, -0.2310, 2),
            new Place("Itter Park", "PE4 6RS", 52.6121, -0.2702, 1),
            new Place("Dogsthorpe recreation ground", "PE1 4DL", 52.5950, -0.2200, 1),
            new Place("Stanground lode", "PE2 8HT", 52.5550, -0.2250, 1),
            new Place("Eastfield Road shops", "PE1 4AL", 52.5800, -0.2250, 1),
            new Place("Peterborough City Hospital", "PE3 9GZ", 52.5860, -0.2800, 1),
            new Place("Boongate retail park", "PE1 5AB", 52.5780, -0.2252, 1),
            new Place("Paston Ridings shops", "PE4 7XJ", 52.6082, -0.2502, 1),
            new Place("Hampton Vale lakes", "PE7 8PN", 52.5301, -0.2703, 1),
            new Place("Orton Goldhay playing fields", "PE2 5JS", 52.5521, -0.2952, 1),
            new Place("Gunthorpe Ridings", "PE4 7TU", 52.6201, -0.2521, 1),
            new Place("Nene Park, Thorpe Meadows", "PE3 6GA", 52.5700, -0.2700, 1));

    private static final Weights<Place> BY_WEIGHT = weighted();

    private Gazetteer() {
    }

    static Place anyPlace(Pick pick) {
        return BY_WEIGHT.draw(pick);
    }

    private static Weights<Place> weighted() {
        Weights<Place> weights = new Weights<>();
        PLACES.forEach(place -> weights.and(place, place.weight()));
        return weights;
    }
}
