package uk.lantern.simulator.city;

/** Peterborough-like postcodes such as {@code PE1 2AB}. */
final class Postcodes {

    /** Letters used in the inward code: never C, I, K, M, O or V. */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final Weights<String> DISTRICTS = Weights.of("PE1", 30).and("PE2", 20).and("PE3", 15)
            .and("PE4", 15).and("PE7", 15).and("PE6", 5);

    private Postcodes() {
    }

    static String issue(Pick pick) {
        return DISTRICTS.draw(pick) + " " + pick.digits(1) + pick.letters(2, INWARD_LETTERS);
    }
}
