package uk.lantern.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uk.lantern.correlation.identity.DateOfBirth;
import uk.lantern.correlation.identity.PersonRecord;

/** The records sent to the resolver while it is timed, deterministic by seed. */
public final class Probes {

    public enum Kind {
        /** A child not in the population (same generator, another seed and identifier range). */
        NEW_CHILD(0.30),
        /** A known child exactly as known (all fields, strong ids included), as another source's record. */
        EXACT_REPEAT(0.20),
        /** A known child with one or two keying errors (name edit, DOB digit or day/month swap, postcode edit,
         *  missing address), strong ids dropped. */
        TYPO_DUPLICATE(0.20),
        /** Given name, family name and date of birth of a known child, nothing else. */
        NAMES_DOB_ONLY(0.15),
        /** One strong identifier of a known child, with its names (and DOB half the time). */
        STRONG_ID(0.15),
        /** Only one strong identifier of a known child: the resolver's cheapest path (a baseline, not in the mix). */
        STRONG_ID_ONLY(0.0);

        public final double share;

        Kind(double share) {
            this.share = share;
        }
    }

    /** A probe and the known record it repeats ({@code sourceId}; null for a new child). */
    public record Probe(Kind kind, PersonRecord record, String sourceId) {
    }

    private final SplittableRandom random;
    private final List<PersonRecord> known;
    private final String prefix;
    private int next;
    private String lastSource;

    private Probes(long seed, List<PersonRecord> known, String prefix) {
        this.random = new SplittableRandom(seed);
        this.known = known;
        this.prefix = prefix;
    }

    /** {@code m} probes in the mix of {@link Kind#share}, shuffled; new children in the UK style. */
    public static List<Probe> mixed(long seed, List<PersonRecord> known, int m, String prefix, int newSerialStart) {
        return mixed(seed, known, m, prefix, newSerialStart, Population.Style.UK);
    }

    /** As {@link #mixed(long, List, int, String, int)}, with new children in the population's style. */
    public static List<Probe> mixed(long seed, List<PersonRecord> known, int m, String prefix, int newSerialStart,
                                    Population.Style style) {
        Probes p = new Probes(seed, known, prefix);
        List<Probe> out = new ArrayList<>(m);
        int newChildren = (int) Math.round(m * Kind.NEW_CHILD.share);
        List<PersonRecord> fresh = Population.generate(seed ^ 0x5DEECE66DL, newChildren, prefix + "new-",
                newSerialStart, style);
        fresh.forEach(r -> out.add(new Probe(Kind.NEW_CHILD, r, null)));
        for (Kind k : List.of(Kind.EXACT_REPEAT, Kind.TYPO_DUPLICATE, Kind.NAMES_DOB_ONLY, Kind.STRONG_ID)) {
            int count = (int) Math.round(m * k.share);
            for (int i = 0; i < count && out.size() < m; i++) {
                out.add(p.probe(k));
            }
        }
        while (out.size() < m) {
            out.add(p.probe(Kind.EXACT_REPEAT));
        }
        // Fisher–Yates with the same generator: deterministic order, kinds interleaved.
        for (int i = out.size() - 1; i > 0; i--) {
            int j = p.random.nextInt(i + 1);
            Probe t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    /** {@code m} probes carrying only one strong identifier of a known child. */
    public static List<Probe> strongIdOnly(long seed, List<PersonRecord> known, int m, String prefix) {
        Probes p = new Probes(seed, known, prefix);
        List<Probe> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            out.add(p.probe(Kind.STRONG_ID_ONLY));
        }
        return out;
    }

    private String nextId(Kind k) {
        return prefix + k.name().toLowerCase() + "-" + next++;
    }

    private Probe probe(Kind k) {
        PersonRecord r = make(k);
        return new Probe(k, r, lastSource);
    }

    private PersonRecord any() {
        PersonRecord r = known.get(random.nextInt(known.size()));
        lastSource = r.recordId();
        return r;
    }

    private PersonRecord withStrongId() {
        while (true) {
            PersonRecord r = any();
            if (!r.strongIds().isEmpty()) {
                return r;
            }
        }
    }

    PersonRecord make(Kind k) {
        String id = nextId(k);
        switch (k) {
            case EXACT_REPEAT -> {
                PersonRecord r = any();
                return new PersonRecord(id, r.localAuthorityId(), r.nhsNumber(), r.upn(), r.policeId(), r.otherIds(),
                        r.givenName(), r.familyName(), r.dateOfBirth(), r.sex(), r.postcode(), r.addressLine());
            }
            case TYPO_DUPLICATE -> {
                PersonRecord r = any();
                String given = r.givenName();
                String family = r.familyName();
                DateOfBirth dob = r.dateOfBirth();
                String postcode = r.postcode();
                String address = r.addressLine();
                int errors = 1 + random.nextInt(2);
                for (int e = 0; e < errors; e++) {
                    switch (random.nextInt(5)) {
                        case 0 -> given = typo(given);
                        case 1 -> family = typo(family);
                        case 2 -> dob = random.nextBoolean() && dob.day() <= 12
                                ? new DateOfBirth(dob.year(), dob.day(), dob.month())
                                : new DateOfBirth(dob.year(), dob.month(), dob.day() % 10 == 9 ? dob.day() - 1
                                        : dob.day() + 1);
                        case 3 -> postcode = typo(postcode);
                        default -> address = null;
                    }
                }
                return new PersonRecord(id, null, null, null, null, Map.of(), given, family, dob, r.sex(), postcode,
                        address);
            }
            case NAMES_DOB_ONLY -> {
                PersonRecord r = any();
                return new PersonRecord(id, null, null, null, null, Map.of(), r.givenName(), r.familyName(),
                        r.dateOfBirth(), null, null, null);
            }
            case STRONG_ID, STRONG_ID_ONLY -> {
                PersonRecord r = withStrongId();
                List<Map.Entry<String, String>> ids = new ArrayList<>(r.strongIds().entrySet());
                Map.Entry<String, String> chosen = ids.get(random.nextInt(ids.size()));
                String la = null, nhs = null, upn = null, police = null;
                switch (chosen.getKey()) {
                    case "LA" -> la = chosen.getValue();
                    case "NHS" -> nhs = chosen.getValue();
                    case "UPN" -> upn = chosen.getValue();
                    default -> police = chosen.getValue();
                }
                if (k == Kind.STRONG_ID_ONLY) {
                    return new PersonRecord(id, la, nhs, upn, police, Map.of(), null, null, null, null, null, null);
                }
                return new PersonRecord(id, la, nhs, upn, police, Map.of(), r.givenName(), r.familyName(),
                        random.nextBoolean() ? r.dateOfBirth() : null, r.sex(), null, null);
            }
            default -> throw new IllegalArgumentException(k.name());
        }
    }

    /** One keying error: substitution, deletion, insertion or adjacent transposition of a letter or digit. */
    private String typo(String s) {
        if (s == null || s.length() < 3) {
            return s;
        }
        char[] c = s.toCharArray();
        int i = 1 + random.nextInt(c.length - 2);
        char letter = Character.isDigit(c[i]) ? (char) ('0' + random.nextInt(10))
                : (char) ((Character.isUpperCase(c[i]) ? 'A' : 'a') + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, i) + letter + s.substring(i + 1);
            case 1 -> s.substring(0, i) + s.substring(i + 1);
            case 2 -> s.substring(0, i) + letter + s.substring(i);
            default -> s.substring(0, i) + c[i + 1] + c[i] + s.substring(i + 2);
        };
    }
}
