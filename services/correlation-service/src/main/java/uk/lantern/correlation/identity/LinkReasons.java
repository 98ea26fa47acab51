package uk.lantern.correlation.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lantern.correlation.identity.Comparison.Field;
import uk.lantern.correlation.identity.FieldModel.Level;

/**
 * Why two records were linked, in a coordinator's words, from what the link keeps: its reason, its score and its
 * explanation (each field's comparison as {@link Comparison#explanation()} writes it, and from now on the link
 * threshold in force when the link was made, as {@link IdentityResolver} appends it). Reading the explanation back
 * rather than carrying the fields a second time keeps the released {@code RecordResolved v1} as it is, and explains
 * every link made since that event existed.
 */
public final class LinkReasons {

    /** One field of a comparison: how it came out and how (nickname, typo, day/month swap...). */
    public record FieldVerdict(Field field, Level level, String how, double weight) {

        /** The field in words, with how it agreed or differed: "date of birth (day and month swapped)". */
        public String words() {
            String name = FIELD_WORDS.get(field);
            if (field == Field.STRONG_ID && !how.isBlank()) {
                name = schemeWords(how.split(" ")[0]);
            }
            String qualifier = HOW_WORDS.getOrDefault(how, how.endsWith(" typo") ? "one keying error apart"
                    : how.contains("differs") || how.startsWith("conflict") || field == Field.STRONG_ID ? ""
                    : how);
            if (level == Level.PARTIAL) {
                qualifier = qualifier.isBlank() ? "partly" : "partly: " + qualifier;
            }
            return qualifier.isBlank() ? name : name + " (" + qualifier + ")";
        }
    }

    /**
     * A link in words. {@code how} is one of SAME_NHS_NUMBER, SAME_LA_PERSON_ID, SAME_UPN, SAME_POLICE_PERSON_ID,
     * SAME_IDENTIFIER, MATCHED (a score over the threshold), CONFIRMED (by a person in review).
     */
    public record Explained(String how, String summary, Double threshold, List<String> agreed, List<String> differed,
                            List<String> notCompared) {
    }

    private static final Pattern FIELD = Pattern.compile(
            "(STRONG_ID|GIVEN_NAME|FAMILY_NAME|DATE_OF_BIRTH|SEX|POSTCODE|ADDRESS)=(EXACT|CLOSE|PARTIAL|DISAGREE|MISSING)"
                    + "(?:\\(([^)]*)\\))?:([+-]?[0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern THRESHOLD = Pattern.compile("link threshold ([+-]?[0-9]+(?:\\.[0-9]+)?)");
    private static final String THRESHOLD_TEXT = "; link threshold ";

    private static final Map<Field, String> FIELD_WORDS = Map.of(
            Field.STRONG_ID, "identifier",
            Field.GIVEN_NAME, "given name",
            Field.FAMILY_NAME, "family name",
            Field.DATE_OF_BIRTH, "date of birth",
            Field.SEX, "sex",
            Field.POSTCODE, "postcode",
            Field.ADDRESS, "address");
    private static final Map<String, String> HOW_WORDS = Map.ofEntries(
            Map.entry("nickname", "a nickname"),
            Map.entry("typo", "one keying error apart"),
            Map.entry("swapped", "given and family names swapped"),
            Map.entry("day/month swap", "day and month swapped"),
            Map.entry("sounds alike", "sounds alike"),
            Map.entry("similar", "spelled similarly"),
            Map.entry("spacing", "spaced differently"),
            Map.entry("one more part", "one has a further name"),
            Map.entry("two of three parts", "two of three names the same"),
            Map.entry("same outward code", "same area"),
            Map.entry("house number typo", "house number one keying error apart"),
            Map.entry("other house number", "another house number"));

    private LinkReasons() {
    }

    /** The explanation of a link made on a score, with the link threshold it was made against. */
    static String withThreshold(String explanation, double linkThreshold) {
        return explanation + THRESHOLD_TEXT + Comparison.fixed(linkThreshold, 2, false);
    }

    /** Each field's comparison as the explanation gives it, in the order it gives them. */
    public static List<FieldVerdict> fields(String explanation) {
        List<FieldVerdict> fields = new ArrayList<>();
        if (explanation == null) {
            return fields;
        }
        Matcher m = FIELD.matcher(explanation);
        while (m.find()) {
            fields.add(new FieldVerdict(Field.valueOf(m.group(1)), Level.valueOf(m.group(2)),
                    m.group(3) == null ? "" : m.group(3), Double.parseDouble(m.group(4))));
        }
        return fields;
    }

    /** The link threshold the explanation says the link was made against; empty for a link made before it was kept. */
    public static Optional<Double> threshold(String explanation) {
        if (explanation == null) {
            return Optional.empty();
        }
        Matcher m = THRESHOLD.matcher(explanation);
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    /**
     * A link made by resolution: {@code reason} STRONG_ID or PROBABILISTIC (or CONFIRMED, for a confirmed link the
     * index keeps), with its score and explanation.
     */
    public static Explained explain(String reason, double score, String explanation) {
        List<FieldVerdict> fields = fields(explanation);
        List<String> agreed = new ArrayList<>();
        List<String> differed = new ArrayList<>();
        List<String> notCompared = new ArrayList<>();
        for (FieldVerdict f : fields) {
            switch (f.level()) {
                case EXACT, CLOSE, PARTIAL -> agreed.add(f.words());
                case DISAGREE -> differed.add(f.words());
                case MISSING -> notCompared.add(FIELD_WORDS.get(f.field()));
            }
        }
        Double threshold = threshold(explanation).orElse(null);
        if ("STRONG_ID".equals(reason)) {
            String scheme = fields.stream().filter(f -> f.field() == Field.STRONG_ID && f.level() == Level.EXACT)
                    .map(f -> f.how().split(" ")[0]).findFirst().orElse("");
            String how = switch (scheme) {
                case StrongIds.NHS -> "SAME_NHS_NUMBER";
                case StrongIds.LOCAL_AUTHORITY -> "SAME_LA_PERSON_ID";
                case StrongIds.UPN -> "SAME_UPN";
                case StrongIds.POLICE -> "SAME_POLICE_PERSON_ID";
                default -> "SAME_IDENTIFIER";
            };
            String words = scheme.isEmpty() ? "an identifier" : "the " + schemeWords(scheme);
            return new Explained(how, "Both records hold " + words + ": the same child",
                    null, agreed, differed, notCompared);
        }
        String summary = "Matched on " + (agreed.isEmpty() ? "their details" : list(agreed))
                + " with score " + number(score)
                + (threshold != null ? ", over the link threshold of " + number(threshold) + " that applied then"
                        : " (the link threshold that applied then was not kept)")
                + (differed.isEmpty() ? "" : "; " + list(differed) + " differed");
        return new Explained("MATCHED", summary, threshold, agreed, differed, notCompared);
    }

    /** A strong identifier scheme in words: "NHS number", "local authority person id", "UPN", "police person id". */
    public static String schemeWords(String scheme) {
        return switch (scheme.toUpperCase(Locale.ROOT)) {
            case StrongIds.NHS -> "NHS number";
            case StrongIds.LOCAL_AUTHORITY -> "local authority person id";
            case StrongIds.UPN -> "UPN";
            case StrongIds.POLICE -> "police person id";
            default -> scheme + " identifier";
        };
    }

    /**
     * Why a possible match went to a person rather than being linked, in words, from the review's {@code reason} as
     * {@link IdentityResolver} gives it.
     */
    public static String whyReviewed(String reason) {
        if (reason == null) {
            return "A person must decide whether they are the same child.";
        }
        if (reason.startsWith("household guard")) {
            return "Their details agree well enough to link, but they could be brothers, sisters or twins of one "
                    + "household (the same family name and address; twins share a date of birth too), so Lantern "
                    + "does not join them without a person's decision.";
        }
        if (reason.startsWith("strong identifier conflict")) {
            return "They hold different NHS numbers or UPNs, which cannot differ by a typing error.";
        }
        if (reason.startsWith("strong identifier differs")) {
            return "They hold different identifiers of a kind that can be duplicated or mistyped ("
                    + list(schemes(reason)) + "), and their other details do not agree in full.";
        }
        if (reason.startsWith("same strong identifier")) {
            return "They share an identifier, but their names, date of birth or address disagree.";
        }
        if (reason.startsWith("joining would conflict")) {
            return "Joining them would put two different identifiers, or two records a person kept apart, into one "
                    + "child.";
        }
        if (reason.startsWith("below link threshold")) {
            return "Their details agree in part: the score is below the threshold for joining them without a "
                    + "person's decision.";
        }
        return "A person must decide whether they are the same child (" + reason + ").";
    }

    private static List<String> schemes(String reason) {
        int colon = reason.indexOf(':');
        String rest = colon < 0 ? "" : reason.substring(colon + 1).replace("(no check digit)", "").strip();
        return rest.isEmpty() ? List.of("an identifier")
                : List.of(rest.split("\\s+")).stream().map(LinkReasons::schemeWords).toList();
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String number(double value) {
        return Comparison.fixed(value, 1, false);
    }
}
