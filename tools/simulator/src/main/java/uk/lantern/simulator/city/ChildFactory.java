package uk.lantern.simulator.city;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Makes the children of the city, each with identifiers unique in the city. */
final class ChildFactory {

    /** Of children at home; about 8% of all children. */
    static final double CHILD_PROTECTION_PLAN_AT_HOME = 0.10;

    private static final Weights<Integer> AGES = Weights.of(8, 1).and(9, 1).and(10, 2).and(11, 3).and(12, 5)
            .and(13, 8).and(14, 11).and(15, 13).and(16, 13).and(17, 9);
    private static final Weights<Sex> SEXES = Weights.of(Sex.FEMALE, 52).and(Sex.MALE, 47)
            .and(Sex.OTHER, 0.5).and(Sex.UNKNOWN, 0.5);

    /**
     * Illustrative, not the city's real figures: shaped on the 2011 Census for Peterborough (ONS KS201EW: about 71%
     * White British, 11% other White, 7% Pakistani, 2.5% Indian, 3% mixed, 1.4% Black African), moved by hand
     * towards a younger and more recent population (more other White, Roma and mixed), with a few refused and not
     * yet obtained as any return has. Weights per thousand.
     */
    static final Weights<Ethnicity> ETHNICITIES = Weights.of(Ethnicity.WBRI, 600).and(Ethnicity.WIRI, 3)
            .and(Ethnicity.WIRT, 3).and(Ethnicity.WOTH, 140).and(Ethnicity.WROM, 12).and(Ethnicity.MWBC, 15)
            .and(Ethnicity.MWBA, 6).and(Ethnicity.MWAS, 10).and(Ethnicity.MOTH, 12).and(Ethnicity.AIND, 25)
            .and(Ethnicity.APKN, 85).and(Ethnicity.ABAN, 4).and(Ethnicity.AOTH, 15).and(Ethnicity.BCRB, 4)
            .and(Ethnicity.BAFR, 20).and(Ethnicity.BOTH, 4).and(Ethnicity.CHNE, 3).and(Ethnicity.OOTH, 12)
            .and(Ethnicity.REFU, 8).and(Ethnicity.NOBT, 14);
    /** Keeps the demographics' stream apart from the seed's main stream (any constant would do). */
    private static final long DEMOGRAPHICS = 0x5EED_E7A1_C175L;

    private final LocalDate today;
    private final Set<String> issued = new HashSet<>();
    private final Pick demographics;

    /**
     * Ethnicity and allocation come from a stream of their own, so that adding them left every other choice of a
     * seed (identifiers, names, episodes, the other sources' stories) as it was.
     */
    ChildFactory(LocalDate today, long seed) {
        this.today = today;
        this.demographics = new Pick(new SplittableRandom(seed ^ DEMOGRAPHICS));
    }

    Child create(int number, boolean lookedAfter, Pick pick) {
        Sex sex = SEXES.draw(pick);
        int age = AGES.draw(pick);
        LocalDate dateOfBirth = today.minusYears(age).minusDays(pick.between(0, 364));
        Placement placement = lookedAfter ? placement(age, pick) : null;
        boolean childProtectionPlan = placement == null && pick.chance(CHILD_PROTECTION_PLAN_AT_HOME);
        Pick own = demographics.split();
        Ethnicity ethnicity = ETHNICITIES.draw(own);
        AllocatedWorker allocated = placement != null || childProtectionPlan
                ? Teams.allocate(placement != null, childProtectionPlan, own) : null;
        AllocatedWorker exploitationWorker = Teams.allocate(false, false, own);
        return new Child(
                String.format("c%04d", number),
                unique(() -> "LA-" + pick.digits(6)),
                unique(() -> NhsNumbers.issue(pick)),
                unique(() -> Upns.issue(pick, dateOfBirth.getYear() + 5)),
                unique(() -> "PP-" + pick.digits(7)),
                Names.given(sex, pick),
                pick.oneOf(Names.FAMILY),
                dateOfBirth,
                sex,
                Postcodes.issue(pick),
                ethnicity,
                placement,
                childProtectionPlan,
                allocated,
                exploitationWorker,
                RepeatMissing.episodesPerYear(placement != null, pick));
    }

    private Placement placement(int age, Pick pick) {
        PlacementType type = Weights.of(PlacementType.CHILDRENS_HOME, 35).and(PlacementType.FOSTER_CARE, 45)
                .and(PlacementType.SEMI_INDEPENDENT, age >= 16 ? 30 : 0).and(PlacementType.OTHER, 5)
                .draw(pick);
        String placingAuthority = pick.chance(0.75) ? Names.HOME_AUTHORITY : pick.oneOf(Names.OTHER_AUTHORITIES);
        String carerName = Names.fullName(pick);
        Professional carer = switch (type) {
            case CHILDRENS_HOME -> new Professional(carerName, "Residential care worker",
                    pick.oneOf(Names.CHILDRENS_HOMES));
            case FOSTER_CARE -> new Professional(carerName, "Foster carer", placingAuthority + " fostering service");
            case SEMI_INDEPENDENT -> new Professional(carerName, "Key worker",
                    pick.oneOf(Names.SUPPORTED_ACCOMMODATION));
            case OTHER -> new Professional(carerName, "Supported lodgings host", "Peterborough supported lodgings");
        };
        return new Placement(type, placingAuthority, !Names.HOME_AUTHORITY.equals(placingAuthority), carer);
    }

    private String unique(Supplier<String> issue) {
        while (true) {
            String identifier = issue.get();
            if (issued.add(identifier)) {
                return identifier;
            }
        }
    }
}
