package uk.lantern.benchmarks.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;

/** The benchmark's input is only worth measuring if the topology would accept it: these check the generator. */
class EventMixTest {

    private static final Instant TO = Instant.parse("2026-11-21T00:00:00Z");
    private static final Instant FROM = TO.minus(Duration.ofDays(180));
    private static final Map<String, Topic<?>> TOPICS = Topics.all().stream()
            .collect(Collectors.toMap(Topic::name, Function.identity()));

    @Test
    void everyGeneratedMessageIsAValidEnvelopeForItsTopicKeyedAsTheTopicSays() {
        var children = EventMix.children(7, 200, "known-", 0);
        var messages = new EventMix(8, children, FROM, TO, 0.1).generate(3_000);

        assertThat(messages).hasSize(3_000);
        for (var m : messages) {
            var envelope = SourceMessages.CODEC.decode(TOPICS.get(m.topic()), m.value());
            assertThat(envelope.eventId()).isEqualTo(m.eventId());
            assertThat(envelope.source()).isEqualTo(TOPICS.get(m.topic()).owner());
            assertThat(m.key()).isEqualTo(envelope.subject().partitionKey().orElse(m.key()));
            assertThat(m.key()).matches("(la|nhs|upn|police|episode|cme|cse):.+");
            assertThat(envelope.subject().givenName()).isNotBlank();
            assertThat(envelope.subject().dateOfBirth()).isNotNull();
        }
    }

    @Test
    void theMixIsMostlyEpisodesWithSomeCmeAndConcernsAndTheSameForTheSameSeed() {
        var children = EventMix.children(7, 500, "known-", 0);
        var mix = new EventMix(8, children, FROM, TO, 0);
        mix.generate(10_000);
        var counts = mix.counts();

        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
        assertThat(counts.get("EpisodeReported")).isBetween(3_000, 4_000);
        assertThat(counts.get("ChildReturned")).isLessThan(counts.get("EpisodeReported"));
        assertThat(counts.get("InterviewOffered")).isLessThan(counts.get("ChildReturned"));
        assertThat(counts.get("ChildAddedToRegister")).isBetween(50, 500);
        assertThat(counts.get("ConcernRaised")).isBetween(100, 600);

        var again = new EventMix(8, children, FROM, TO, 0);
        again.generate(10_000);
        assertThat(again.counts()).isEqualTo(counts);
    }

    @Test
    void aSourceSeesOnlyTheIdentifiersItWouldHold() {
        var child = EventMix.children(7, 50, "known-", 0).stream()
                .filter(c -> c.nhsNumber() != null && c.localAuthorityId() != null && c.upn() != null)
                .findFirst().orElseThrow();

        var police = SourceMessages.subject(child, SourceMessages.View.POLICE);
        var school = SourceMessages.subject(child, SourceMessages.View.SCHOOL);

        assertThat(police.nhsNumber()).isEqualTo(child.nhsNumber());
        assertThat(police.localAuthorityPersonId()).isNull();
        assertThat(police.upn()).isNull();
        assertThat(school.upn()).isEqualTo(child.upn());
        assertThat(school.nhsNumber()).isNull();
        assertThat(school.familyName()).isEqualTo(child.familyName());
    }
}
