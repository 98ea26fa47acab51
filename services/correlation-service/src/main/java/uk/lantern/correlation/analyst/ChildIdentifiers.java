package uk.lantern.correlation.analyst;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.patterns.LinkNormaliser;
import uk.lantern.schemas.Subject;

/**
 * The direct identifiers of the child as every source holds them (the event's subject and each record resolved to
 * the child), to keep out of whatever text the analyst feed carries. A value is withheld when one of its words is one of the child's names (or that name with an "s", as
 * "Jade's" becomes "jades"), or when its letters and digits contain the child's postcode, date of birth (as
 * yyyymmdd or ddmmyyyy), whole name run together, or an identifier. Codes shorter than four characters are matched
 * as whole words only, so that a one-character id does not withhold everything.
 */
final class ChildIdentifiers {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("ddMMyyyy");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> names = new HashSet<>();
    private final Set<String> codes = new HashSet<>();

    ChildIdentifiers(Subject subject) {
        this(subject, List.of());
    }

    /** The subject's identifiers and those of every record of the child (names, ids, dates of birth, addresses). */
    ChildIdentifiers(Subject subject, Collection<PersonRecord> records) {
        add(subject);
        records.forEach(this::add);
    }

    private void add(PersonRecord record) {
        words(record.givenName()).forEach(names::add);
        words(record.familyName()).forEach(names::add);
        var ids = new ArrayList<String>(List.of(nonNull(record.postcode()), nonNull(record.addressLine()),
                nonNull(join(record.givenName(), record.familyName())),
                nonNull(join(record.familyName(), record.givenName()))));
        ids.addAll(record.strongIds().values());
        ids.addAll(record.otherIds().values());
        Stream.of(record.localAuthorityId(), record.nhsNumber(), record.upn(), record.policeId())
                .map(ChildIdentifiers::nonNull).forEach(ids::add);
        ids.stream().map(ChildIdentifiers::code).filter(code -> !code.isEmpty()).forEach(codes::add);
        if (record.dateOfBirth() != null) {
            var dob = record.dateOfBirth();
            codes.add(dob.digits());
            codes.add(String.format("%02d%02d%04d", dob.day(), dob.month(), dob.year()));
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private void add(Subject subject) {
        words(subject.givenName()).forEach(names::add);
        words(subject.familyName()).forEach(names::add);
        Stream.of(subject.postcode(), subject.nhsNumber(), subject.upn(), subject.localAuthorityPersonId(),
                        subject.policePersonId(), join(subject.givenName(), subject.familyName()),
                        join(subject.familyName(), subject.givenName()))
                .map(ChildIdentifiers::code)
                .filter(code -> !code.isEmpty())
                .forEach(codes::add);
        if (subject.dateOfBirth() != null) {
            codes.add(code(subject.dateOfBirth().toString()));
            codes.add(subject.dateOfBirth().format(DAY_MONTH_YEAR));
        }
    }

    /** The value, or null when it would identify the child. */
    String unlessNamed(String value) {
        if (value == null) {
            return null;
        }
        var words = words(value);
        var named = words.stream().anyMatch(word -> names.contains(word)
                || word.endsWith("s") && names.contains(word.substring(0, word.length() - 1)));
        var code = code(value);
        var coded = codes.stream().anyMatch(c -> c.length() >= 4
                ? code.contains(c)
                : words.stream().anyMatch(word -> word.equalsIgnoreCase(c)));
        return named || coded ? null : value;
    }

    private static List<String> words(String text) {
        return LinkNormaliser.placeName(text).map(t -> Arrays.asList(t.split(" "))).orElse(List.of());
    }

    private static String code(String text) {
        return text == null ? "" : NOT_LETTER_OR_DIGIT.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    private static String join(String first, String second) {
        return first == null || second == null ? null : first + second;
    }

    /** Never the identifiers themselves, should this ever be logged. */
    @Override
    public String toString() {
        return "ChildIdentifiers[" + names.size() + " names, " + codes.size() + " codes]";
    }
}
