package uk.lantern.console.figures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The lists inspectors and the DfE ask for by name, as the reporting service gives them (FIGURES.md, "The lists"):
 * where each is, what it is called in a file name, and whether it is for a collection year (SSDA903) or the twelve
 * months up to the as-at date (Ofsted's Annex A).
 */
public enum StatutoryList {
    OFSTED_MISSING_EPISODES("ofsted-missing-episodes", "/lists/ofsted-missing-episodes",
            "Ofsted Annex A: missing episodes",
            "Every missing or absent episode that started in the 12 months up to the date, one line per episode.", false),
    OFSTED_LOOKED_AFTER_CHILDREN("ofsted-looked-after-children", "/lists/ofsted-looked-after-children",
            "Ofsted Annex A: looked-after children",
            "Each looked-after child who went missing or absent in the 12 months up to the date, with their counts.", false),
    SSDA903_MISSING("ssda903-missing", "/lists/ssda903-missing", "SSDA903 missing table",
            "Every episode of a looked-after child open in the collection year (1 April to 31 March).", true),
    SSDA903_VALIDATION("ssda903-missing-validation", "/lists/ssda903-missing/validation",
            "SSDA903 missing table: validation report",
            "What would fail the DfE's checks: end before start, overlapping episodes, missing ids, dates of birth "
                    + "or ethnicity.", true);

    private final String slug;
    private final String path;
    private final String title;
    private final String description;
    private final boolean byCollectionYear;

    StatutoryList(String slug, String path, String title, String description, boolean byCollectionYear) {
        this.slug = slug;
        this.path = path;
        this.title = title;
        this.description = description;
        this.byCollectionYear = byCollectionYear;
    }

    public static Optional<StatutoryList> named(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public boolean byCollectionYear() {
        return byCollectionYear;
    }

    /** {@code ssda903-missing-2026-27-as-at-2026-12-01.csv}, {@code ofsted-missing-episodes-as-at-2026-12-01.csv}. */
    public String fileName(LocalDate asAt) {
        return slug + (byCollectionYear ? "-" + collectionYear(asAt) : "") + "-as-at-" + asAt + ".csv";
    }

    /** The DfE collection year (1 April to 31 March) that holds the date, as {@code 2026-27}. */
    public static String collectionYear(LocalDate date) {
        int first = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return first + "-" + String.format("%02d", (first + 1) % 100);
    }
}
