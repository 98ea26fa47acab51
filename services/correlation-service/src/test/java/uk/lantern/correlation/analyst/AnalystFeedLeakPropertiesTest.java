package uk.lantern.correlation.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.analyst.AnalystFeedLeakTest.CHILD_ID;
import static uk.lantern.correlation.analyst.AnalystFeedLeakTest.FEED;
import static uk.lantern.correlation.analyst.AnalystFeedLeakTest.JSON;
import static uk.lantern.correlation.analyst.AnalystFeedLeakTest.assertCarriesNothingOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.lantern.schemas.Subject;

/**
 * The leak test for any child: random names, dates of birth, NHS numbers, UPNs, authority and police ids and
 * postcodes, typed into every free-text field of every event type. Postcode letters avoid A to F and names have at
 * least six letters, so that an identifier is most unlikely to turn up by chance inside the hex of a child reference
 * or an event id, or inside a field name, and fail the property for no reason. Values are generated from seeds, drawn
 * from a fixed seed per property so a failure names the seed that reproduces it.
 */
class AnalystFeedLeakPropertiesTest {

    private static final String POSTCODE_LETTERS = "GHJKLMNPRSTUWXYZ";
    private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static LongStream children() {
        return new Random(20261124L).longs(150, 0, 1_000_000);
    }

    static LongStream keysAndChildIds() {
        return new Random(20261125L).longs(200, 0, 1_000_000);
    }

    static LongStream identityChanges() {
        return new Random(20261127L).longs(150, 0, 1_000_000);
    }

    static LongStream setsOfChildIds() {
        return new Random(20261126L).longs(50, 0, 1_000_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("children")
    void no_analyst_event_of_any_type_carries_a_direct_identifier_of_any_child(long seed) {
        var child = child(new Random(seed));
        try {
            for (var entry : SampleEvents.registry()) {
                var received = SampleEvents.received(entry.getKey(), entry.getValue(), child);
                FEED.of(CHILD_ID, received)
                        .ifPresent(event -> assertCarriesNothingOf(child, JSON.writeValueAsString(event)));
            }
        } catch (AssertionError leak) {
            throw new AssertionError("seed " + seed + ": " + leak.getMessage(), leak);
        }
    }

    /**
     * A join or a split is told in refs alone. Here the child ids and the cause are made of the child's identifiers
     * (the real ones are derived from record ids, which hold a source's key for the child), and still none of them,
     * nor the child ids themselves, reaches the feed.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("identityChanges")
    void a_join_or_a_split_carries_only_the_two_refs_and_nothing_of_the_children(long seed) {
        var random = new Random(seed);
        var child = child(random);
        var childId = "child-" + childId(random) + "|" + child.everything();
        var formerChildId = "child-" + childId(random) + "|la:" + child.localAuthorityId() + "|" + child.upn();
        var cause = random.nextBoolean() ? childId(random) : child.fullName() + " " + child.nhsNumber();
        var at = Instant.parse("2026-11-18T10:00:00Z").plusSeconds(random.nextInt(1_000_000));
        try {
            for (var event : List.of(FEED.childRefsJoined(childId, formerChildId, cause, at),
                    FEED.childRefSplit(childId, formerChildId, cause, at))) {
                var json = JSON.writeValueAsString(event);
                assertCarriesNothingOf(child, json);
                assertThat(json).doesNotContain(childId, formerChildId, cause,
                        childId.substring(6, 42), formerChildId.substring(6, 42));
                assertThat(event.childRef()).isEqualTo(FEED.childRef(childId));
                assertThat(event.formerChildRef()).isEqualTo(FEED.childRef(formerChildId));
                assertThat(event.eventId()).matches(UUID_TEXT);
                assertThat(Arrays.asList(event.ageInYears(), event.sex(), event.place(), event.associates()))
                        .containsExactly(null, null, null, List.of());
            }
        } catch (AssertionError leak) {
            throw new AssertionError("seed " + seed + ": " + leak.getMessage(), leak);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("identityChanges")
    void the_id_of_a_join_or_a_split_is_the_same_for_the_same_inputs_and_another_for_another_cause(long seed) {
        var random = new Random(seed);
        var childId = childId(random);
        var formerChildId = childId(random);
        var cause = childId(random);
        var otherCause = childId(random);
        var at = Instant.parse("2026-11-18T10:00:00Z");

        var joined = FEED.childRefsJoined(childId, formerChildId, cause, at);
        var split = FEED.childRefSplit(childId, formerChildId, cause, at);

        assertThat(FEED.childRefsJoined(childId, formerChildId, cause, at)).as("seed %d", seed).isEqualTo(joined);
        assertThat(FEED.childRefSplit(childId, formerChildId, cause, at)).as("seed %d", seed).isEqualTo(split);
        assertThat(split.eventId()).as("seed %d", seed).isNotEqualTo(joined.eventId());
        assertThat(FEED.childRefsJoined(childId, formerChildId, otherCause, at).eventId()).as("seed %d", seed)
                .isNotEqualTo(joined.eventId());
        assertThat(FEED.childRefsJoined(formerChildId, childId, cause, at).eventId()).as("seed %d", seed)
                .isNotEqualTo(joined.eventId());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("keysAndChildIds")
    void the_child_reference_is_stable_per_key_and_distinct_across_keys_and_children(long seed) {
        var random = new Random(seed);
        var key = key(random);
        var otherKey = key(random);
        var childId = childId(random);
        var otherChildId = childId(random);
        var feed = new AnalystFeed(key, ZoneId.of("Europe/London"));
        var ref = feed.childRef(childId);

        assertThat(new AnalystFeed(key.clone(), ZoneId.of("Europe/London")).childRef(childId)).as("seed %d", seed)
                .isEqualTo(ref);
        if (!Arrays.equals(key, otherKey)) {
            assertThat(new AnalystFeed(otherKey, ZoneId.of("Europe/London")).childRef(childId)).as("seed %d", seed)
                    .isNotEqualTo(ref);
        }
        if (!childId.equals(otherChildId)) {
            assertThat(feed.childRef(otherChildId)).as("seed %d", seed).isNotEqualTo(ref);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("setsOfChildIds")
    void many_children_under_one_key_get_distinct_references(long seed) {
        var childIds = alphaIds(new Random(seed));
        var refs = new HashSet<String>();
        childIds.forEach(id -> refs.add(FEED.childRef(id)));

        assertThat(refs).as("seed %d", seed).hasSameSizeAs(childIds);
    }

    private static Child child(Random r) {
        var la = "LA-" + digits(r, 4 + r.nextInt(6));
        var nhs = digits(r, 10);
        var upn = (char) ('A' + r.nextInt(26)) + digits(r, 12);
        var police = "PN" + digits(r, 4 + r.nextInt(6));
        var given = name(r);
        var family = name(r);
        var dob = LocalDate.of(2005, 1, 1).plusDays(r.nextInt(16 * 365 + 1));
        var sex = r.nextInt(5) == 0 ? null : Subject.Sex.values()[r.nextInt(Subject.Sex.values().length)];
        return new Child(la, nhs, upn, police, given, family, dob, sex, postcode(r));
    }

    /** Six to twelve lower-case letters, the first made capital. */
    private static String name(Random r) {
        var name = letters(r, "abcdefghijklmnopqrstuvwxyz", 6 + r.nextInt(7));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** One or two area letters, district 1 to 99, sector 0 to 9, two unit letters; no letter from A to F. */
    private static String postcode(Random r) {
        var area = letters(r, POSTCODE_LETTERS, 1 + r.nextInt(2));
        return area + (1 + r.nextInt(99)) + " " + r.nextInt(10) + letters(r, POSTCODE_LETTERS, 2);
    }

    private static String digits(Random r, int length) {
        return letters(r, "0123456789", length);
    }

    private static String letters(Random r, String pool, int length) {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++) {
            text.append(pool.charAt(r.nextInt(pool.length())));
        }
        return text.toString();
    }

    /** A pseudonymisation key of 32 to 64 random bytes. */
    private static byte[] key(Random r) {
        var key = new byte[32 + r.nextInt(33)];
        r.nextBytes(key);
        return key;
    }

    /** A version 4 UUID, as {@code UUID.randomUUID()} gives, from the seeded random. */
    private static String childId(Random r) {
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** Two to two hundred distinct ids of one to forty letters, short ones most often so near neighbours are common. */
    private static Set<String> alphaIds(Random r) {
        var size = 2 + r.nextInt(199);
        var ids = new LinkedHashSet<String>();
        while (ids.size() < size) {
            ids.add(letters(r, ALPHA, 1 + r.nextInt(1 + r.nextInt(40))));
        }
        return ids;
    }
}
