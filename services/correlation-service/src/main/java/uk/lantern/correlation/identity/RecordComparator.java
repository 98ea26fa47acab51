package uk.lantern.correlation.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Nysiis;
import org.apache.commons.text.similarity.LevenshteinDistance;
import uk.lantern.correlation.identity.Comparison.Field;
import uk.lantern.correlation.identity.Comparison.FieldComparison;
import uk.lantern.correlation.identity.Comparison.StrongIdOutcome;
import uk.lantern.correlation.identity.FieldModel.Level;

/** Compares two person records field by field under the Fellegi–Sunter weights of {@link MatchSettings}. */
public final class RecordComparator {
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final Nysiis NYSIIS = new Nysiis(false);

    private static final int CACHE_SIZE = 100_000;
    private static final int NAME_CACHE_SIZE = 200_000;

    private final MatchSettings settings;
    /** Normalised fields and phonetic codes of recently compared records, so each is worked out once. */
    private final Map<String, Features> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Features> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private static final Name NO_NAME = new Name("");
    private final Map<String, Name> names = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Name> eldest) {
            return size() > NAME_CACHE_SIZE;
        }
    };

    /** Each field's weight per level (indexed by {@link Level#ordinal()}), worked out once. */
    private final double[] givenWeights;
    private final double[] familyWeights;
    private final double[] dobWeights;
    private final double[] sexWeights;
    private final double[] postcodeWeights;
    private final double[] addressWeights;
    private final double namesBest;
    private final double addressBest;

    public RecordComparator(MatchSettings settings) {
        this.settings = settings;
        givenWeights = weights(settings.givenName());
        familyWeights = weights(settings.familyName());
        dobWeights = weights(settings.dateOfBirth());
        sexWeights = weights(settings.sex());
        postcodeWeights = weights(settings.postcode());
        addressWeights = weights(settings.address());
        namesBest = best(givenWeights) + best(familyWeights) + Math.max(0, -settings.swapPenalty());
        addressBest = best(addressWeights);
    }

    private static double[] weights(FieldModel model) {
        double[] w = new double[Level.values().length];
        for (Level level : Level.values()) {
            w[level.ordinal()] = model.weight(level);
        }
        return w;
    }

    /** The most a field can add: its best level, or nothing when a value is missing. */
    private static double best(double[] weights) {
        double best = 0;
        for (double w : weights) {
            best = Math.max(best, w);
        }
        return best;
    }

    /** What a comparison needs of a record, each part worked out when first needed and then kept. */
    private final class Features {
        final PersonRecord source;
        private Map<String, String> strongIds;
        private String postcode;
        private boolean postcodeDone;
        private String address;
        private String addressNoSpaces;
        private String addressSorted;
        private String houseNumbers;
        private boolean addressDone;
        private Name given;
        private Name family;
        private boolean namesDone;
        private String dobDigits;

        Features(PersonRecord r) {
            source = r;
        }

        String dobDigits() {
            if (dobDigits == null) {
                dobDigits = digits(source.dateOfBirth());
            }
            return dobDigits;
        }

        Map<String, String> strongIds() {
            if (strongIds == null) {
                PersonRecord r = source;
                strongIds = r.localAuthorityId() == null && r.nhsNumber() == null && r.upn() == null
                        && r.policeId() == null && r.otherIds().isEmpty() ? Map.of() : r.strongIds();
            }
            return strongIds;
        }

        String postcode() {
            if (!postcodeDone) {
                postcode = normalisePostcode(source.postcode());
                postcodeDone = true;
            }
            return postcode;
        }

        String address() {
            if (!addressDone) {
                address = normaliseAddress(source.addressLine());
                houseNumbers = address == null ? null : RecordComparator.houseNumbers(address);
                addressDone = true;
            }
            return address;
        }

        String houseNumbers() {
            address();
            return houseNumbers;
        }

        String addressNoSpaces() {
            if (addressNoSpaces == null && address() != null) {
                addressNoSpaces = address.replace(" ", "");
            }
            return addressNoSpaces;
        }

        String addressSorted() {
            if (addressSorted == null && address() != null) {
                addressSorted = sortedTokens(address);
            }
            return addressSorted;
        }

        Name given() {
            names();
            return given;
        }

        Name family() {
            names();
            return family;
        }

        private void names() {
            if (!namesDone) {
                given = name(source.givenName());
                family = name(source.familyName());
                namesDone = true;
            }
        }
    }

    /** Names repeat across records far more than records do: each distinct spelling is worked out once. */
    private Name name(String raw) {
        if (raw == null) {
            return null;
        }
        Name n = names.get(raw);
        if (n == null) {
            n = Name.of(raw);
            names.put(raw, n == null ? NO_NAME : n);
        }
        return n == NO_NAME ? null : n;
    }

    /** A normalised name; its phonetic codes are worked out when first asked for. */
    private static final class Name {
        final String text;
        private String metaphone;
        private String metaphoneAlt;
        private String nysiis;

        private Name(String text) {
            this.text = text;
        }

        static Name of(String raw) {
            String n = normaliseName(raw);
            return n == null ? null : new Name(n);
        }

        private void codes() {
            if (metaphone == null) {
                String compact = text.replace(" ", "");
                metaphone = DOUBLE_METAPHONE.doubleMetaphone(compact, false);
                metaphoneAlt = DOUBLE_METAPHONE.doubleMetaphone(compact, true);
                nysiis = NYSIIS.encode(compact);
            }
        }

        boolean soundsLike(Name o) {
            codes();
            o.codes();
            return metaphone.equals(o.metaphone) || metaphone.equals(o.metaphoneAlt)
                    || metaphoneAlt.equals(o.metaphone) || nysiis.equals(o.nysiis);
        }
    }

    private Features features(PersonRecord r) {
        Features f = cache.get(r.recordId());
        // A state-store index hands out a fresh copy of the record each time: equal is as good as the same.
        if (f != null && (f.source == r || f.source.equals(r))) {
            return f;
        }
        f = new Features(r);
        cache.put(r.recordId(), f);
        return f;
    }

    public Comparison compare(PersonRecord a, PersonRecord b) {
        Features fa = features(a);
        Features fb = features(b);
        List<FieldComparison> fields = new ArrayList<>(7);
        List<String> conflicts = new ArrayList<>(1);
        List<String> differences = new ArrayList<>(1);
        StrongIdOutcome strong = compareStrongIds(fa.strongIds(), fb.strongIds(), fields, conflicts, differences);
        compareNames(fa, fb, fields);
        FieldComparison dob = compareDateOfBirth(fa, fb);
        fields.add(dob);
        fields.add(compareSex(a.sex(), b.sex()));
        fields.add(comparePostcode(fa.postcode(), fb.postcode()));
        FieldComparison address = compareAddress(fa, fb);
        fields.add(address);
        double score = 0;
        for (FieldComparison f : fields) {
            score += f.weight();
        }
        return new Comparison(a.recordId(), b.recordId(), fields, score, strong, conflicts, differences,
                dob.level() == Level.CLOSE && bornTooCloseForSiblings(a.dateOfBirth(), b.dateOfBirth()),
                agrees(address.level()) && fa.houseNumbers() != null && fa.houseNumbers().equals(fb.houseNumbers()),
                spelledAlikeFromAnotherInitial(fields, fa.given(), fb.given()));
    }

    /**
     * Whether the given names agree only by their spelling (a keying error, sounding alike, similar) and yet begin
     * with different letters: Mason / Jason, Ella / Bella. Not for nicknames (Bill / William), a space, or names read
     * swapped, whose first letters say nothing.
     */
    private static boolean spelledAlikeFromAnotherInitial(List<FieldComparison> fields, Name a, Name b) {
        if (a == null || b == null || a.text.isEmpty() || b.text.isEmpty() || a.text.charAt(0) == b.text.charAt(0)) {
            return false;
        }
        for (FieldComparison f : fields) {
            if (f.field() == Field.GIVEN_NAME) {
                return (f.level() == Level.CLOSE || f.level() == Level.PARTIAL)
                        && (f.how().equals("typo") || f.how().equals("sounds alike") || f.how().equals("similar"));
            }
        }
        return false;
    }

    /**
     * The most {@link #compare} could score for this pair, worked out from the cheap fields only (strong
     * identifiers, date of birth, sex, postcode, house numbers) with the names and the rest of the address taken at
     * their best; infinite when a strong identifier is shared, since such a pair matters whatever it scores. A pair
     * whose bound is below the review threshold can be passed over without comparing the names: the outcome is the
     * same.
     */
    public double upperBound(PersonRecord a, PersonRecord b) {
        Features fa = features(a);
        Features fb = features(b);
        double bound = 0;
        if (!fa.strongIds().isEmpty() && !fb.strongIds().isEmpty()) {
            List<FieldComparison> strong = new ArrayList<>(1);
            if (compareStrongIds(fa.strongIds(), fb.strongIds(), strong, new ArrayList<>(1), new ArrayList<>(1))
                    == StrongIdOutcome.EXACT) {
                return Double.POSITIVE_INFINITY;
            }
            bound += strong.isEmpty() ? 0 : strong.get(0).weight();
        }
        bound += namesBest;
        bound += dobWeights[dateOfBirthLevel(fa, fb).ordinal()];
        bound += sexWeights[sexLevel(a.sex(), b.sex()).ordinal()];
        bound += postcodeWeights[postcodeLevel(fa.postcode(), fb.postcode()).ordinal()];
        if (fa.address() == null || fb.address() == null) {
            return bound;
        }
        if (fa.address().equals(fb.address())) {
            return bound + addressWeights[Level.EXACT.ordinal()];
        }
        if (fa.houseNumbers() != null && fb.houseNumbers() != null && !fa.houseNumbers().equals(fb.houseNumbers())) {
            return bound + (withinOneEdit(fa.houseNumbers(), fb.houseNumbers())
                    ? Math.max(addressWeights[Level.PARTIAL.ordinal()], addressWeights[Level.DISAGREE.ordinal()])
                    : addressWeights[Level.DISAGREE.ordinal()]);
        }
        return bound + addressBest;
    }

    /**
     * True when the two records hold different values of one strong-identifier scheme that can never be the same
     * child's: a scheme with a check digit, or any scheme under {@link MatchSettings.StrongIdDifference#CONFLICT}
     * (not a likely typo either way).
     */
    public boolean strongConflict(PersonRecord a, PersonRecord b) {
        return strongDifference(a, b) == StrongIdOutcome.CONFLICT;
    }

    /**
     * CONFLICT when the two records hold different values of one scheme that never link, DIFFERS when they only hold
     * different values of schemes without a check digit (see {@link MatchSettings.StrongIdDifference}), else NONE.
     * Cheaper than {@link #compare}: only the strong identifiers are looked at.
     */
    public StrongIdOutcome strongDifference(PersonRecord a, PersonRecord b) {
        Map<String, String> ib = features(b).strongIds();
        StrongIdOutcome outcome = StrongIdOutcome.NONE;
        for (var e : features(a).strongIds().entrySet()) {
            String other = ib.get(e.getKey());
            if (other != null && !other.equals(e.getValue())
                    && !(settings.strongIdTypoTolerant() && withinOneEdit(e.getValue(), other))) {
                if (hard(e.getKey(), e.getValue(), other)) {
                    return StrongIdOutcome.CONFLICT;
                }
                outcome = StrongIdOutcome.DIFFERS;
            }
        }
        return outcome;
    }

    /** Whether a difference between these two values of the scheme never links. */
    private boolean hard(String scheme, String a, String b) {
        return settings.strongIdDifference() == MatchSettings.StrongIdDifference.CONFLICT
                || StrongIds.checked(scheme, a) && StrongIds.checked(scheme, b);
    }

    // ---- strong identifiers ----

    private StrongIdOutcome compareStrongIds(Map<String, String> a, Map<String, String> b,
                                             List<FieldComparison> out, List<String> conflicts,
                                             List<String> differences) {
        Level best = Level.MISSING;
        String how = "";
        for (var e : a.entrySet()) {
            String other = b.get(e.getKey());
            if (other == null) {
                continue;
            }
            Level level;
            if (other.equals(e.getValue())) {
                level = Level.EXACT;
            } else if (settings.strongIdTypoTolerant() && withinOneEdit(e.getValue(), other)) {
                level = Level.CLOSE;
            } else {
                level = Level.DISAGREE;
                (hard(e.getKey(), e.getValue(), other) ? conflicts : differences).add(e.getKey());
            }
            if (level.ordinal() < best.ordinal() || best == Level.MISSING) {
                best = level;
                how = e.getKey() + (level == Level.CLOSE ? " typo" : "");
            }
        }
        if (!conflicts.isEmpty()) {
            out.add(new FieldComparison(Field.STRONG_ID, Level.DISAGREE, settings.strongId().weight(Level.DISAGREE),
                    "conflict " + String.join(" ", conflicts)));
            return StrongIdOutcome.CONFLICT;
        }
        if (!differences.isEmpty()) {
            out.add(new FieldComparison(Field.STRONG_ID, Level.DISAGREE, settings.strongId().weight(Level.DISAGREE),
                    String.join(" ", differences) + " differs (no check digit)"));
            return StrongIdOutcome.DIFFERS;
        }
        if (best != Level.MISSING) {
            out.add(new FieldComparison(Field.STRONG_ID, best, settings.strongId().weight(best), how));
        }
        return best == Level.EXACT ? StrongIdOutcome.EXACT : StrongIdOutcome.NONE;
    }

    // ---- names ----

    private void compareNames(Features a, Features b, List<FieldComparison> out) {
        Name ag = a.given();
        Name af = a.family();
        Name bg = b.given();
        Name bf = b.family();
        FieldComparison given = name(Field.GIVEN_NAME, givenWeights, ag, bg, true, "");
        FieldComparison family = name(Field.FAMILY_NAME, familyWeights, af, bf, false, "");
        double straight = given.weight() + family.weight();
        // Swapped, either record may be the one with its names the wrong way round, and the two readings differ
        // (the given-name rules, nicknames among them, apply to the name read as the given name). The reading that
        // agrees less is taken, so the comparison is the same whichever record came first and a sibling's swapped
        // record ("Smith John" / "Jane Smith") does not pass for the child by calling "Smith" its given name.
        FieldComparison[] swapped = swappedReading(ag, bf, af, bg);
        if (swapped[0].weight() + swapped[1].weight() - settings.swapPenalty() > straight) {
            FieldComparison[] other = swappedReading(bg, af, bf, ag);
            if (lessAgreeing(other, swapped)) {
                swapped = other;
            }
        }
        boolean swapAgrees = agrees(swapped[0].level()) || agrees(swapped[1].level());
        if (swapAgrees && swapped[0].weight() + swapped[1].weight() - settings.swapPenalty() > straight) {
            double share = settings.swapPenalty() / 2;
            out.add(penalised(swapped[0], share));
            out.add(penalised(swapped[1], share));
        } else {
            out.add(given);
            out.add(family);
        }
    }

    /** One reading of swapped names: {@code given} against {@code asGiven}, {@code family} against {@code asFamily}. */
    private FieldComparison[] swappedReading(Name given, Name asGiven, Name family, Name asFamily) {
        return new FieldComparison[] {name(Field.GIVEN_NAME, givenWeights, given, asGiven, true, "swapped"),
                name(Field.FAMILY_NAME, familyWeights, family, asFamily, false, "swapped")};
    }

    /** Whether reading {@code a} weighs less than {@code b}; on equal weight, its given then family name agree less. */
    private static boolean lessAgreeing(FieldComparison[] a, FieldComparison[] b) {
        double wa = a[0].weight() + a[1].weight();
        double wb = b[0].weight() + b[1].weight();
        if (wa != wb) {
            return wa < wb;
        }
        if (a[0].level() != b[0].level()) {
            return a[0].level().ordinal() > b[0].level().ordinal();
        }
        return a[1].level().ordinal() > b[1].level().ordinal();
    }

    private static FieldComparison penalised(FieldComparison f, double penalty) {
        return new FieldComparison(f.field(), f.level(), f.weight() - penalty, f.how());
    }

    private static boolean agrees(Level level) {
        return level == Level.EXACT || level == Level.CLOSE;
    }

    private FieldComparison name(Field field, double[] weights, Name na, Name nb, boolean given, String prefix) {
        Level level;
        String how;
        String a = na == null ? null : na.text;
        String b = nb == null ? null : nb.text;
        if (a == null || b == null) {
            level = Level.MISSING;
            how = "";
        } else if (a.equals(b)) {
            level = Level.EXACT;
            how = "";
        } else if (given && Nicknames.equivalent(a, b)) {
            level = Level.CLOSE;
            how = "nickname";
        } else if (withinOneEdit(a, b)) {
            level = Level.CLOSE;
            how = "typo";
        } else if ((a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0)
                && withinOneEdit(a.replace(" ", ""), b.replace(" ", ""))) {
            // A space put in or left out ("mary jane" / "maryjane", "yasm in" / "yasmin") is no difference of its own.
            level = Level.CLOSE;
            how = "spacing";
        } else {
            double jw = jaroWinkler(a, b);
            if (jw >= 0.94) {
                level = Level.CLOSE;
                how = "typo";
            } else {
                boolean phonetic = na.soundsLike(nb);
                if (phonetic && jw >= 0.80) {
                    level = Level.CLOSE;
                    how = "sounds alike";
                } else if (phonetic || jw >= 0.88 || sharesToken(a, b)) {
                    level = Level.PARTIAL;
                    how = phonetic ? "sounds alike" : "similar";
                } else {
                    level = Level.DISAGREE;
                    how = "";
                }
            }
        }
        if (!prefix.isEmpty()) {
            how = how.isEmpty() ? prefix : prefix + " " + how;
        }
        return new FieldComparison(field, level, weights[level.ordinal()], how);
    }

    private static boolean sharesToken(String a, String b) {
        if (a.indexOf(' ') < 0 && b.indexOf(' ') < 0) {
            return false;
        }
        List<String> tb = Arrays.asList(b.split(" "));
        return Arrays.stream(a.split(" ")).anyMatch(t -> t.length() >= 3 && tb.contains(t));
    }

    /**
     * Jaro–Winkler similarity exactly as commons-text's {@code JaroWinklerSimilarity} computes it (matching window
     * {@code max(len)/2 - 1}, prefix of up to 4 characters, scale 0.1, boost above 0.7), without its allocations.
     */
    static double jaroWinkler(String first, String second) {
        if (first.equals(second)) {
            return 1;
        }
        String max = first.length() > second.length() ? first : second;
        String min = max == first ? second : first;
        int range = Math.max(max.length() / 2 - 1, 0);
        long taken = 0; // which characters of max are matched (names are short; longer ones fall back below)
        boolean[] takenLong = max.length() > 64 ? new boolean[max.length()] : null;
        int[] matchedAt = new int[min.length()];
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            matchedAt[mi] = -1;
            char c = min.charAt(mi);
            for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, max.length()); xi < xn; xi++) {
                boolean used = takenLong == null ? (taken & (1L << xi)) != 0 : takenLong[xi];
                if (!used && c == max.charAt(xi)) {
                    matchedAt[mi] = xi;
                    if (takenLong == null) {
                        taken |= 1L << xi;
                    } else {
                        takenLong[xi] = true;
                    }
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        // Matched characters of min in its order against matched characters of max in its order.
        int halfTranspositions = 0;
        int xi = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            if (matchedAt[mi] < 0) {
                continue;
            }
            while (!(takenLong == null ? (taken & (1L << xi)) != 0 : takenLong[xi])) {
                xi++;
            }
            if (min.charAt(mi) != max.charAt(xi)) {
                halfTranspositions++;
            }
            xi++;
        }
        int prefix = 0;
        for (int i = 0; i < Math.min(4, min.length()) && first.charAt(i) == second.charAt(i); i++) {
            prefix++;
        }
        double m = matches;
        double j = (m / first.length() + m / second.length() + (m - halfTranspositions / 2.0) / m) / 3;
        return j < 0.7 ? j : j + 0.1 * prefix * (1 - j);
    }

    /** Lower case, letters only, one space between words; null when nothing is left. */
    public static String normaliseName(String name) {
        return name == null ? null : lettersAndDigits(name, false);
    }

    /** Lower-cased, every run of other characters made one space, trimmed; null when nothing is left. */
    private static String lettersAndDigits(String text, boolean digits) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || digits && c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    static String phoneticKey(String normalisedName) {
        if (normalisedName == null) {
            return null;
        }
        String code = DOUBLE_METAPHONE.doubleMetaphone(normalisedName.replace(" ", ""));
        return code == null || code.isEmpty() ? normalisedName : code;
    }

    // ---- date of birth, sex, postcode, address ----

    private FieldComparison compareDateOfBirth(Features fa, Features fb) {
        Level level = dateOfBirthLevel(fa, fb);
        DateOfBirth a = fa.source.dateOfBirth();
        DateOfBirth b = fb.source.dateOfBirth();
        String how = switch (level) {
            case CLOSE -> a.year() == b.year() && a.month() == b.day() && a.day() == b.month() ? "day/month swap"
                    : "typo";
            case PARTIAL -> "two of three parts";
            default -> "";
        };
        return new FieldComparison(Field.DATE_OF_BIRTH, level, dobWeights[level.ordinal()], how);
    }

    private static Level dateOfBirthLevel(Features fa, Features fb) {
        DateOfBirth a = fa.source.dateOfBirth();
        DateOfBirth b = fb.source.dateOfBirth();
        if (a == null || b == null) {
            return Level.MISSING;
        }
        if (a.equals(b)) {
            return Level.EXACT;
        }
        if (a.year() == b.year() && a.month() == b.day() && a.day() == b.month()
                || withinOneEdit(fa.dobDigits(), fb.dobDigits())) {
            return Level.CLOSE;
        }
        return (a.year() == b.year() ? 1 : 0) + (a.month() == b.month() ? 1 : 0) + (a.day() == b.day() ? 1 : 0) >= 2
                ? Level.PARTIAL : Level.DISAGREE;
    }

    private static boolean bornTooCloseForSiblings(DateOfBirth a, DateOfBirth b) {
        long days = a.daysApart(b).orElse(-1);
        return days > Comparison.TWIN_BIRTHS_MAX_DAYS_APART && days < Comparison.SIBLING_BIRTHS_MIN_DAYS_APART;
    }

    /** {@link DateOfBirth#digits()} without the formatter, for the dates a parser can produce. */
    private static String digits(DateOfBirth d) {
        if (d.year() < 0 || d.year() > 9999 || d.month() < 0 || d.month() > 99 || d.day() < 0 || d.day() > 99) {
            return d.digits();
        }
        int y = d.year();
        return new String(new char[] {
            (char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10), (char) ('0' + y % 10),
            (char) ('0' + d.month() / 10), (char) ('0' + d.month() % 10),
            (char) ('0' + d.day() / 10), (char) ('0' + d.day() % 10)});
    }

    private FieldComparison compareSex(PersonRecord.Sex a, PersonRecord.Sex b) {
        Level level = sexLevel(a, b);
        return new FieldComparison(Field.SEX, level, sexWeights[level.ordinal()], "");
    }

    private static Level sexLevel(PersonRecord.Sex a, PersonRecord.Sex b) {
        return a == null || b == null ? Level.MISSING : a == b ? Level.EXACT : Level.DISAGREE;
    }

    /** Upper-cased without white space; null when nothing is left. */
    static String normalisePostcode(String postcode) {
        if (postcode == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(postcode.length());
        for (int i = 0; i < postcode.length(); i++) {
            char c = postcode.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString().toUpperCase(Locale.ROOT);
    }

    private FieldComparison comparePostcode(String a, String b) {
        Level level = postcodeLevel(a, b);
        String how = level == Level.CLOSE ? "typo" : level == Level.PARTIAL ? "same outward code" : "";
        return new FieldComparison(Field.POSTCODE, level, postcodeWeights[level.ordinal()], how);
    }

    private static Level postcodeLevel(String a, String b) {
        if (a == null || b == null) {
            return Level.MISSING;
        }
        if (a.equals(b)) {
            return Level.EXACT;
        }
        if (withinOneEdit(a, b)) {
            return Level.CLOSE;
        }
        return a.length() >= 5 && a.length() == b.length() && Character.isLetter(a.charAt(0))
                && a.regionMatches(0, b, 0, a.length() - 3) ? Level.PARTIAL : Level.DISAGREE;
    }

    private FieldComparison compareAddress(Features fa, Features fb) {
        String a = fa.address();
        String b = fb.address();
        if (a == null || b == null) {
            return new FieldComparison(Field.ADDRESS, Level.MISSING, 0, "");
        }
        Level level;
        String how = "";
        if (a.equals(b)) {
            level = Level.EXACT;
        } else if (fa.houseNumbers() != null && fb.houseNumbers() != null
                && !fa.houseNumbers().equals(fb.houseNumbers())
                && !withinOneEdit(fa.houseNumbers(), fb.houseNumbers())) {
            // Another house in a street of the same name is no evidence: there are High Streets everywhere.
            level = Level.DISAGREE;
            how = "other house number";
        } else {
            double sim = Math.max(similarity(fa.addressNoSpaces(), fb.addressNoSpaces()),
                    similarity(fa.addressSorted(), fb.addressSorted()));
            level = sim >= 0.85 ? Level.CLOSE : sim >= 0.65 ? Level.PARTIAL : Level.DISAGREE;
            if (fa.houseNumbers() != null && fb.houseNumbers() != null
                    && !fa.houseNumbers().equals(fb.houseNumbers()) && level == Level.CLOSE) {
                level = Level.PARTIAL; // the same street, a house number one keystroke away
                how = "house number typo";
            } else if (level != Level.CLOSE && fa.houseNumbers() != null
                    && fa.houseNumbers().equals(fb.houseNumbers())
                    && postcodeLevel(fa.postcode(), fb.postcode()).ordinal() <= Level.PARTIAL.ordinal()
                    && (holdsWithOneMorePart(a, fb.addressNoSpaces())
                            || holdsWithOneMorePart(b, fa.addressNoSpaces()))) {
                // One line names a building, an estate or a locality the other leaves out ("12 High Street,
                // Headington, Oxford" / "12 High Street, Oxford"): the same house, if the postcodes place it in
                // the same area (a village's Church Lane and the post town's are two streets).
                level = Level.CLOSE;
                how = "one more part";
            }
        }
        return new FieldComparison(Field.ADDRESS, level, addressWeights[level.ordinal()], how);
    }

    /**
     * Whether {@code longer} less one run of words inside it (neither its first nor its last word, letters only)
     * agrees closely with {@code shorterNoSpaces}, at least three words of letters being left. So "12 high street
     * headington oxford" holds "12 high street oxford", and "12 oxford" or "12 high street" hold nothing.
     */
    private static boolean holdsWithOneMorePart(String longer, String shorterNoSpaces) {
        String[] words = longer.split(" ");
        for (int i = 1; i < words.length - 1; i++) {
            for (int j = i; j < words.length - 1 && isLetters(words[j]); j++) {
                StringBuilder kept = new StringBuilder();
                int letterWords = 0;
                for (int k = 0; k < words.length; k++) {
                    if (k < i || k > j) {
                        kept.append(words[k]);
                        letterWords += isLetters(words[k]) ? 1 : 0;
                    }
                }
                if (letterWords >= 3 && similarity(kept.toString(), shorterNoSpaces) >= 0.85) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLetters(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLetter);
    }

    /** The tokens of a normalised address that hold a digit (house and flat numbers), or null when there are none. */
    static String houseNumbers(String normalisedAddress) {
        StringBuilder out = null;
        for (String t : normalisedAddress.split(" ")) {
            boolean number = false;
            for (int i = 0; i < t.length() && !number; i++) {
                number = Character.isDigit(t.charAt(i));
            }
            if (number) {
                out = out == null ? new StringBuilder(t) : out.append(' ').append(t);
            }
        }
        return out == null ? null : out.toString();
    }

    static String normaliseAddress(String address) {
        return address == null ? null : lettersAndDigits(address, true);
    }

    private static String sortedTokens(String s) {
        String[] t = s.split(" ");
        Arrays.sort(t);
        return String.join("", t);
    }

    private static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1;
        }
        // Below 0.65 the exact figure does not matter (DISAGREE), so the bounded distance is enough and cheaper.
        int distance = new LevenshteinDistance((int) Math.ceil(max * 0.35)).apply(a, b);
        return distance < 0 ? 0 : 1.0 - (double) distance / max;
    }

    /** One insertion, deletion or substitution, or one transposition of adjacent characters. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diffs == 0) {
                        first = i;
                    }
                    diffs++;
                }
            }
            if (diffs <= 1) {
                return true;
            }
            return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
        }
        // Lengths differ by one: the longer is the shorter with one character inserted.
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }
}
