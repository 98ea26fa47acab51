package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import uk.lantern.correlation.analyst.Child;
import uk.lantern.correlation.analyst.SampleEvents;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeContext;

/**
 * The demand: the analyst feed cannot be joined back. A small city goes through the whole topology: every
 * event type of every source topic (the registry's), each under its own id at a time as systems record them, for a
 * child two sources know under different names and identifiers (and whose free text is typed from the other source's
 * record), and for another child who is named as her associate. Then every leaf of every source message (envelope
 * and payload: event ids, exact times, the subject's identifiers and names, every typed string and number, the record
 * key) and every leaf of what the identity stage published (Lantern child and record ids) is joined with every leaf
 * of both feed versions (v1 and v2, keys included), and no value may match.
 *
 * <p>Two kinds of feed field match source values by design, and the join leaves them out: the closed vocabularies
 * (source, eventType, sex, context, riskGrade, riskCategory, and the age in years), which identify nobody; and the
 * adults and places analysts are given, which may match the same associate or place field of a source, and only
 * that. Values are compared as letters and digits, case ignored; a subject's value is also looked for inside the
 * feed's typed text.
 */
class AnalystFeedJoinTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:23:51.207Z");
    private static final Set<String> VOCABULARY = Set.of("source", "eventType", "sex", "context", "riskGrade",
            "riskCategory", "ageInYears");
    /** Source fields whose values the feed carries by design, normalised, in its associates or place. */
    private static final Pattern ADULTS_AND_PLACES = Pattern.compile(
            "\\$\\.data\\.(associates\\[]\\.(name|phone|vehicleRegistration)|(location|whereabouts)\\.placeName)");
    private static final Pattern FEED_ADULTS_AND_PLACES = Pattern.compile(
            "\\$\\.(associates\\[]\\.(name|phone|vehicleRegistration)|place\\.name)");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Jade as the police know her: NHS number and police id. */
    private static final Child JADE_AT_THE_POLICE = new Child(null, "9434765919", null, "PN-20-55123", "Jade",
            "Whitlock", LocalDate.parse("2011-05-14"), Subject.Sex.FEMALE, "PE1 4LZ");
    /** Jade as the school and the council know her: another given name, a double-barrelled family name, the UPN. */
    private static final Child JADE_AT_SCHOOL = new Child("PCC-4471823", "9434765919", "H801200001001", null, "Jayde",
            "Whitlock-Marsh", LocalDate.parse("2011-05-14"), Subject.Sex.FEMALE, "PE1 4LZ");
    /** Another child, known to the police, whom Jade was found with. */
    private static final Child KYLE = new Child(null, "9434765870", null, "PN-20-77310", "Kyle", "Ashworth",
            LocalDate.parse("2010-02-03"), Subject.Sex.MALE, "PE3 9JX");

    private TopologyHarness lantern;
    private final List<Sent> sent = new ArrayList<>();

    private record Sent(String topic, String key, JsonNode message) {
    }

    private record Leaf(String source, String path, String value) {
    }

    @BeforeEach
    void aCityGoesThroughTheTopology() {
        lantern = new TopologyHarness(NOW, false);
        var at = Instant.parse("2026-11-02T09:17:42.315Z");
        int n = 0;
        // 1. Kyle first, so that identity resolution knows him when Jade's return names him.
        send(Topics.MISSING_EPISODES, "EpisodeReported", KYLE, KYLE, at.minusSeconds(86_400 + 611));
        // 2. Every event type of every source topic: the police and the interview provider hold Jade's police
        //    record, the school, council and CSE team her school record; the free text is typed from the other one.
        for (var entry : SampleEvents.registry()) {
            boolean police = entry.getKey().equals(Topics.MISSING_EPISODES)
                    || entry.getKey().equals(Topics.RETURN_INTERVIEWS);
            var subject = police ? JADE_AT_THE_POLICE : JADE_AT_SCHOOL;
            var typed = police ? JADE_AT_SCHOOL : JADE_AT_THE_POLICE;
            var envelope = SampleEvents.sent(entry.getKey(), entry.getValue(), subject, typed,
                    UUID.nameUUIDFromBytes(("event-" + n).getBytes()), at.plusSeconds(3_607L * n + 13));
            send(entry.getKey().name(), envelope);
            n++;
        }
        // 3. Jade's return with Kyle, by the name the police typed; the place and an aunt named as only the
        //    school's record names her.
        var withKyle = new ChildReturned("ep-kyle", at.plusSeconds(5_419),
                new ChildReturned.Location("Jayde's mates flat, Queensgate", "PE1 1NT", 52.5749, -0.2436),
                List.of(new ChildReturned.Associate("Kyle ASHWORTH", "07700 900999", null),
                        new ChildReturned.Associate("Mandy Marsh", "07700 900555", null),
                        new ChildReturned.Associate("Dean Walsh", "07700 900123", "AB12 CDE")),
                ChildReturned.How.FOUND_BY_POLICE, new Professional("PC Amanda Hughes", "officer", "Cambs Police"),
                new EpisodeContext(EpisodeContext.Type.MISSING_FROM_HOME, null, null, null));
        send(Topics.MISSING_EPISODES.name(), new Envelope<>(UUID.nameUUIDFromBytes("event-kyle".getBytes()),
                "ChildReturned", 1, at.plusSeconds(5_419), at.plusSeconds(5_423), "missing-episode-service",
                JADE_AT_THE_POLICE.subject(), withKyle));
    }

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void no_leaf_of_either_feed_version_matches_a_leaf_of_any_source_event_or_of_lantern_s_own_ids() {
        // The city resolved as intended: Jade's two records are one child, Kyle another, and he is on the feed by ref.
        var resolved = identityLeaves().stream().filter(l -> l.path().equals("$.data.childId")).map(Leaf::value)
                .distinct().toList();
        assertThat(resolved).as("Jade and Kyle, one child each").hasSize(2);
        assertThat(feed(lantern.analystLog)).anySatisfy(e -> assertThat(e.path("associates").findValues("childRef"))
                .isNotEmpty());
        assertThat(lantern.analystLog).hasSizeGreaterThan(15);
        assertThat(lantern.analystV1Log).hasSizeGreaterThan(15);

        assertThat(join(feedLeaves())).isEmpty();
    }

    /** A control: the join finds what the feed used to carry (the source's id and time, a name from another record). */
    @Test
    void the_join_finds_a_source_events_id_its_exact_time_or_a_name_from_another_record() {
        var source = sent.get(3).message();
        var doctored = (ObjectNode) feed(lantern.analystLog).get(3).deepCopy();
        doctored.put("eventId", source.path("eventId").asString());
        doctored.put("occurredAt", source.path("occurredAt").asString());
        doctored.putObject("place").put("name", "jaydes nans");
        var leaves = new ArrayList<Leaf>();
        collect("feed", "$", doctored, leaves);

        assertThat(join(leaves)).extracting(m -> m.split(" = ")[0]).contains("feed $.eventId", "feed $.occurredAt",
                "feed $.place.name");
    }

    /** Each match as "feed path = source path: value"; empty when the feed cannot be joined back. */
    private List<String> join(List<Leaf> feed) {
        var sources = sourceLeaves();
        // Each subject's value whole, and each word of a name on its own (Whitlock-Marsh is also Marsh).
        var subjects = new ArrayList<String>();
        for (var l : sources) {
            if (l.path().startsWith("$.subject.") && !l.path().equals("$.subject.sex")) {
                subjects.add(normal(l.value()));
                if (l.path().endsWith("Name")) {
                    subjects.addAll(List.of(NOT_LETTER_OR_DIGIT.split(l.value().toLowerCase(Locale.ROOT))));
                }
            }
        }
        subjects.removeIf(v -> v.length() < 4);
        var matches = new ArrayList<String>();
        for (var leaf : feed) {
            var field = leaf.path().substring(leaf.path().lastIndexOf('.') + 1);
            if (VOCABULARY.contains(field)) {
                continue;
            }
            var value = normal(leaf.value());
            boolean adultOrPlace = FEED_ADULTS_AND_PLACES.matcher(leaf.path()).matches();
            for (var s : sources) {
                if (normal(s.value()).equals(value)
                        && !(adultOrPlace && ADULTS_AND_PLACES.matcher(s.path()).matches())) {
                    matches.add(leaf.source() + " " + leaf.path() + " = " + s.source() + " " + s.path() + ": "
                            + leaf.value());
                }
            }
            if (adultOrPlace || leaf.path().equals("$.place.postcodeDistrict")) {
                for (var identifier : subjects) {
                    if (value.contains(identifier)) {
                        matches.add(leaf.source() + " " + leaf.path() + " = a subject's " + identifier + ": "
                                + leaf.value());
                    }
                }
            }
        }
        return matches;
    }

    private List<Leaf> sourceLeaves() {
        var leaves = new ArrayList<Leaf>();
        for (var s : sent) {
            collect(s.topic(), "$", s.message(), leaves);
            leaves.add(new Leaf(s.topic(), "key", s.key()));
        }
        leaves.addAll(identityLeaves());
        return leaves;
    }

    private List<Leaf> identityLeaves() {
        var leaves = new ArrayList<Leaf>();
        lantern.identityLog.forEach(m -> collect(CorrelationTopology.IDENTITY, "$", m, leaves));
        return leaves;
    }

    private List<Leaf> feedLeaves() {
        var leaves = new ArrayList<Leaf>();
        for (var version : Map.of(CorrelationTopology.ANALYST_FEED_V2, lantern.analystLog,
                CorrelationTopology.ANALYST_FEED, lantern.analystV1Log).entrySet()) {
            for (var record : version.getValue()) {
                collect(version.getKey(), "$", InternalJson.MAPPER.readTree(record.value()), leaves);
                leaves.add(new Leaf(version.getKey(), "key", record.key()));
            }
        }
        return leaves;
    }

    private static void collect(String source, String path, JsonNode node, List<Leaf> leaves) {
        if (node.isObject()) {
            node.properties().forEach(p -> collect(source, path + "." + p.getKey(), p.getValue(), leaves));
        } else if (node.isArray()) {
            node.forEach(item -> collect(source, path + "[]", item, leaves));
        } else if (node.isString() || node.isNumber()) {
            leaves.add(new Leaf(source, path, node.asString()));
        }
    }

    private static String normal(String value) {
        return NOT_LETTER_OR_DIGIT.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static List<JsonNode> feed(List<TestRecord<String, byte[]>> records) {
        return records.stream().map(r -> InternalJson.MAPPER.readTree(r.value())).toList();
    }

    private void send(uk.lantern.schemas.Topic<?> topic, String type, Child subject, Child typed, Instant at) {
        var eventType = topic.eventTypes().stream().filter(t -> t.name().equals(type)).findFirst().orElseThrow();
        send(topic.name(), SampleEvents.sent(topic, eventType, subject, typed,
                UUID.nameUUIDFromBytes((type + "-" + subject.givenName()).getBytes()), at));
    }

    private void send(String topic, Envelope<?> envelope) {
        var key = envelope.subject().partitionKey().orElseThrow();
        var bytes = SourceEvents.CODEC.encode(envelope);
        sent.add(new Sent(topic, key, InternalJson.MAPPER.readTree(bytes)));
        lantern.send(topic, key, bytes);
    }
}
