package uk.lantern.correlation.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Nysiis;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import uk.lantern.correlation.identity.Comparison.Field;
import uk.lantern.correlation.identity.Comparison.FieldComparison;
import uk.lantern.correlation.identity.Comparison.StrongIdOutcome;
import uk.lantern.correlation.identity.FieldModel.Level;

/** Compares two person records field by field under the Fellegi–Sunter weights of {@link MatchSettings}. */
public final class RecordComparator {
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final Nysiis NYSIIS = new Nysiis(false);
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private static final int CACHE_SIZE = 100_000;

    private final MatchSettings settings;
    /** Normalised fields and phonetic codes of recently compared records, so each is worked out once. */
    private final Map<String, Features> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Features> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public RecordComparator(MatchSettings settings) {
        this.settings = settings;
    }

    /** What a comparison needs of a record, worked out once. */
    private record Features(PersonRecord source, Map<String, String> strongIds, Name given, Name family,
                            String postcode, String address, String addressNoSpaces, String addressSorted) {
    }

    /** A normalised name with its phonetic codes. */
    private record Name(String text, String noSpaces, String metaphone, String metaphoneAlt, String nysiis) {
        static Name of(String raw) {
            String n = normaliseName(raw);
            if (n == null) {
                return null;
            }
            String compact = n.replace(" ", "");
            return new Name(n, compact, DOUBLE_METAPHONE.doubleMetaphone(compact, false),
                    DOUBLE_METAPHONE.doubleMetaphone(compact, true), NYSIIS.encode(compact));
        }

        boolean soundsLike(Name o) {
            return metaphone.equals(o.metaphone) || metaphone.equals(o.metaphoneAlt)
                    || metaphoneAlt.equals(o.metaphone) || nysiis.equals(o.nysiis);
        }
    }

    private Features features(PersonRecord r) {
        Features f = cache.get(r.recordId());
        if (f != null && f.source() == r) {
            return f;
        }
        String address = normaliseAddress(r.addressLine());
        f = new Features(r, r.strongIds(), Name.of(r.givenName()), Name.of(r.familyName()),
                normalisePostcode(r.postcode()), address, address == null ? null : address.replace(" ", ""),
                address == null ? null : sortedTokens(address));
        cache.put(r.recordId(), f);
        return f;
    }

    public Comparison compare(PersonRecord a, PersonRecord b) {
        Features fa = features(a);
        Features fb = features(b);
        List<FieldComparison> fields = new ArrayList<>(7);
        List<String> conflicts = new ArrayList<>(1);
        StrongIdOutcome strong = compareStrongIds(fa.strongIds(), fb.strongIds(), fields, conflicts);
        compareNames(fa, fb, fields);
        fields.add(compareDateOfBirth(a.dateOfBirth(), b.dateOfBirth()));
        fields.add(compareSex(a.sex(), b.sex()));
        fields.add(comparePostcode(fa.postcode(), fb.postcode()));
        fields.add(compareAddress(fa, fb));
        double score = fields.stream().mapToDouble(FieldComparison::weight).sum();
        return new Comparison(a.recordId(), b.recordId(), fields, score, strong, conflicts);
    }

    /** True when the two records hold different values of one strong-identifier scheme (not a likely typo). */
    public boolean strongConflict(PersonRecord a, PersonRecord b) {
        Map<String, String> ib = features(b).strongIds();
        for (var e : features(a).strongIds().entrySet()) {
            String other = ib.get(e.getKey());
            if (other != null && !other.equals(e.getValue())
                    && !(settings.strongIdTypoTolerant() && withinOneEdit(e.getValue(), other))) {
                return true;
            }
        }
        return false;
    }

    // ---- strong identifiers ----

    private StrongIdOutcome compareStrongIds(Map<String, String> a, Map<String, String> b,
                                             List<FieldComparison> out, List<String> conflicts) {
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
                conflicts.add(e.getKey());
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
        FieldComparison given = name(Field.GIVEN_NAME, settings.givenName(), ag, bg, true, "");
        FieldComparison family = name(Field.FAMILY_NAME, settings.familyName(), af, bf, false, "");
        double straight = given.weight() + family.weight();
        FieldComparison givenSwapped = name(Field.GIVEN_NAME, settings.givenName(), ag, bf, true, "swapped");
        FieldComparison familySwapped = name(Field.FAMILY_NAME, settings.familyName(), af, bg, false, "swapped");
        boolean swapAgrees = agrees(givenSwapped.level()) || agrees(familySwapped.level());
        double swapped = givenSwapped.weight() + familySwapped.weight() - settings.swapPenalty();
        if (swapAgrees && swapped > straight) {
            double share = settings.swapPenalty() / 2;
            out.add(penalised(givenSwapped, share));
            out.add(penalised(familySwapped, share));
        } else {
            out.add(given);
            out.add(family);
        }
    }

    private static FieldComparison penalised(FieldComparison f, double penalty) {
        return new FieldComparison(f.field(), f.level(), f.weight() - penalty, f.how());
    }

    private static boolean agrees(Level level) {
        return level == Level.EXACT || level == Level.CLOSE;
    }

    private FieldComparison name(Field field, FieldModel model, Name na, Name nb, boolean given, String prefix) {
        Level level;
        String how;
        String a = na == null ? null : na.text();
        String b = nb == null ? null : nb.text();
        if (a == null || b == null) {
            level = Level.MISSING;
            how = "";
        } else if (a.equals(b)) {
            level = Level.EXACT;
            how = "";
        } else if (given && Nicknames.equivalent(a, b)) {
            level = Level.CLOSE;
            how = "nickname";
        } else {
            double jw = JARO_WINKLER.apply(a, b);
            boolean phonetic = na.soundsLike(nb);
            if (withinOneEdit(a, b) || jw >= 0.94) {
                level = Level.CLOSE;
                how = "typo";
            } else if (phonetic && jw >= 0.80) {
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
        if (!prefix.isEmpty()) {
            how = how.isEmpty() ? prefix : prefix + " " + how;
        }
        return new FieldComparison(field, level, model.weight(level), how);
    }

    private static boolean sharesToken(String a, String b) {
        if (a.indexOf(' ') < 0 && b.indexOf(' ') < 0) {
            return false;
        }
        List<String> tb = Arrays.asList(b.split(" "));
        return Arrays.stream(a.split(" ")).anyMatch(t -> t.length() >= 3 && tb.contains(t));
    }

    static String normaliseName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        return n.isEmpty() ? null : n;
    }

    static String phoneticKey(String normalisedName) {
        if (normalisedName == null) {
            return null;
        }
        String code = DOUBLE_METAPHONE.doubleMetaphone(normalisedName.replace(" ", ""));
        return code == null || code.isEmpty() ? normalisedName : code;
    }

    // ---- date of birth, sex, postcode, address ----

    private FieldComparison compareDateOfBirth(DateOfBirth a, DateOfBirth b) {
        FieldModel model = settings.dateOfBirth();
        if (a == null || b == null) {
            return new FieldComparison(Field.DATE_OF_BIRTH, Level.MISSING, 0, "");
        }
        Level level;
        String how = "";
        if (a.equals(b)) {
            level = Level.EXACT;
        } else if (a.year() == b.year() && a.month() == b.day() && a.day() == b.month()) {
            level = Level.CLOSE;
            how = "day/month swap";
        } else if (withinOneEdit(a.digits(), b.digits())) {
            level = Level.CLOSE;
            how = "typo";
        } else if ((a.year() == b.year() ? 1 : 0) + (a.month() == b.month() ? 1 : 0) + (a.day() == b.day() ? 1 : 0)
                >= 2) {
            level = Level.PARTIAL;
            how = "two of three parts";
        } else {
            level = Level.DISAGREE;
        }
        return new FieldComparison(Field.DATE_OF_BIRTH, level, model.weight(level), how);
    }

    private FieldComparison compareSex(PersonRecord.Sex a, PersonRecord.Sex b) {
        if (a == null || b == null) {
            return new FieldComparison(Field.SEX, Level.MISSING, 0, "");
        }
        Level level = a == b ? Level.EXACT : Level.DISAGREE;
        return new FieldComparison(Field.SEX, level, settings.sex().weight(level), "");
    }

    static String normalisePostcode(String postcode) {
        if (postcode == null) {
            return null;
        }
        String p = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return p.isEmpty() ? null : p;
    }

    private FieldComparison comparePostcode(String a, String b) {
        if (a == null || b == null) {
            return new FieldComparison(Field.POSTCODE, Level.MISSING, 0, "");
        }
        Level level;
        String how = "";
        if (a.equals(b)) {
            level = Level.EXACT;
        } else if (withinOneEdit(a, b)) {
            level = Level.CLOSE;
            how = "typo";
        } else if (a.length() >= 5 && b.length() >= 5 && Character.isLetter(a.charAt(0))
                && a.substring(0, a.length() - 3).equals(b.substring(0, b.length() - 3))) {
            level = Level.PARTIAL;
            how = "same outward code";
        } else {
            level = Level.DISAGREE;
        }
        return new FieldComparison(Field.POSTCODE, level, settings.postcode().weight(level), how);
    }

    private FieldComparison compareAddress(Features fa, Features fb) {
        String a = fa.address();
        String b = fb.address();
        if (a == null || b == null) {
            return new FieldComparison(Field.ADDRESS, Level.MISSING, 0, "");
        }
        Level level;
        if (a.equals(b)) {
            level = Level.EXACT;
        } else {
            double sim = Math.max(similarity(fa.addressNoSpaces(), fb.addressNoSpaces()),
                    similarity(fa.addressSorted(), fb.addressSorted()));
            level = sim >= 0.85 ? Level.CLOSE : sim >= 0.65 ? Level.PARTIAL : Level.DISAGREE;
        }
        return new FieldComparison(Field.ADDRESS, level, settings.address().weight(level), "");
    }

    private static String normaliseAddress(String address) {
        if (address == null) {
            return null;
        }
        String n = address.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return n.isEmpty() ? null : n;
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
        return LEVENSHTEIN.apply(a, b) <= 1;
    }
}
