package uk.lantern.simulator.city;

import java.util.ArrayList;
import java.util.List;

/**
 * The adults of the city: the police officers who record episodes and the few adults who turn up
 * with several children (weighted so that some turn up much more than others). Phone numbers are
 * never shared by accident, so every shared phone is a real link for network analysis.
 */
final class Cast {

    /** The 1,000 numbers Ofcom keeps for drama, 07700 900000 to 900999, issued in a scrambled order. */
    private static final int DRAMA_NUMBERS = 1_000;
    private static final int SCRAMBLE = 379;

    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";
    private static final List<String> PLATE_AGES = List.of(
            "15", "65", "16", "66", "17", "67", "18", "68", "19", "69", "20", "70", "21", "71", "22", "72");

    private final List<Professional> officers;
    private final List<Professional> coordinators;
    private final Weights<Associate> recurringAdults;
    private final List<Associate> recurringAdultsByRank = new ArrayList<>();
    private int phonesIssued;

    private Cast(List<Professional> officers, List<Professional> coordinators) {
        this.officers = officers;
        this.coordinators = coordinators;
        this.recurringAdults = new Weights<>();
    }

    static Cast of(Pick pick) {
        List<Professional> officers = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            officers.add(new Professional("PC " + Names.fullName(pick), "Police officer", Names.POLICE));
        }
        List<Professional> coordinators = List.of(
                new Professional("PS " + Names.fullName(pick), "Missing persons coordinator", Names.POLICE),
                new Professional("PS " + Names.fullName(pick), "Missing persons coordinator", Names.POLICE),
                new Professional("Insp " + Names.fullName(pick), "Duty inspector", Names.POLICE));
        Cast cast = new Cast(List.copyOf(officers), coordinators);
        for (int rank = 1; rank <= 10; rank++) {
            Associate adult = new Associate(Names.fullName(pick), cast.phone(),
                    pick.chance(0.6) ? vehicleRegistration(pick) : null, true);
            cast.recurringAdults.and(adult, 1.0 / rank);
            cast.recurringAdultsByRank.add(adult);
        }
        return cast;
    }

    Professional officer(Pick pick) {
        return pick.oneOf(officers);
    }

    Professional coordinator(Pick pick) {
        return pick.oneOf(coordinators);
    }

    Associate recurringAdult(Pick pick) {
        return recurringAdults.draw(pick);
    }

    /** The adults who turn up with several children, the most frequent first. */
    List<Associate> recurringAdults() {
        return List.copyOf(recurringAdultsByRank);
    }

    /** A friend seen once: a first name, sometimes a phone. */
    Associate peer(Pick pick) {
        String name = Names.given(pick.chance(0.5) ? Sex.FEMALE : Sex.MALE, pick);
        return new Associate(name, pick.chance(0.3) ? phone() : null, null, false);
    }

    /** In Ofcom's range for drama, so never a real number; unique until all 1,000 are used. */
    private String phone() {
        int number = (int) ((long) phonesIssued++ * SCRAMBLE % DRAMA_NUMBERS);
        return String.format("07700 900%03d", number);
    }

    static String vehicleRegistration(Pick pick) {
        return pick.letters(2, PLATE_LETTERS) + pick.oneOf(PLATE_AGES) + " " + pick.letters(3, PLATE_LETTERS);
    }
}
