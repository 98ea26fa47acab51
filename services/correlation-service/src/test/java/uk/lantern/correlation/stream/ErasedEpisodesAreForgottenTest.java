package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.childReturned;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;
import static uk.lantern.correlation.stream.SourceEvents.needToKnowRaised;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;

/**
 * An episode erased at its source (retention, or recorded against the wrong child) is forgotten by the correlation
 * service: its events leave the child's history, the alerts resting only on it are cleared, the profile is published
 * again without it (a tombstone when nothing is left), analysts get the erasure, and a redelivery changes nothing.
 */
class ErasedEpisodesAreForgottenTest {

    private static final Instant NOW = SourceEvents.NOW;
    private final TopologyHarness lantern = new TopologyHarness(NOW, false);
    private final Subject amy = SourceEvents.AMY;

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void an_erased_episode_leaves_the_history_and_the_profile_and_the_alert_resting_on_it_is_cleared() {
        // 1. Two episodes of one child; the first, on a plan, raised NEED_TO_KNOW.
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(7200), true));
        lantern.send(needToKnowRaised(amy, "ep-1", NOW.minusSeconds(7200)));
        lantern.send(episodeReported(amy, "ep-2", NOW.minusSeconds(600), false));
        lantern.send(childReturned(amy, "ep-2", NOW.minusSeconds(300), null));
        String childId = lantern.alerts("AlertRaised", "NEED_TO_KNOW").get(0).path("data").path("childId").asString();
        assertThat(lantern.profile(childId).path("episodes")).hasSize(2);

        // 2. The first is erased: it was recorded against the wrong child.
        var erasure = erasure("ep-1", EpisodeErased.Reason.WRONGLY_RECORDED);
        lantern.send(erasure);

        // 3. Forgotten: history, alert, profile; analysts told under the child's ref.
        assertThat(lantern.history(childId)).extracting(StoredEvent::eventType)
                .containsExactlyInAnyOrder("EpisodeReported", "ChildReturned");
        assertThat(lantern.history(childId)).allSatisfy(e ->
                assertThat(e.fact().path("episodeId").asString()).isEqualTo("ep-2"));
        assertThat(lantern.alerts("AlertCleared", "NEED_TO_KNOW")).hasSize(1);
        var profile = lantern.profile(childId);
        assertThat(profile.path("episodes")).hasSize(1);
        assertThat(profile.path("episodes").get(0).path("episodeId").asString()).isEqualTo("ep-2");
        assertThat(profile.path("openFlags")).isEmpty();
        lantern.drain();
        assertThat(lantern.analystLog).anySatisfy(r -> assertThat(new String(r.value()))
                .contains("\"eventType\":\"EpisodeErased\""));

        // 4. A redelivered erasure changes nothing and publishes nothing.
        int alertsBefore = lantern.alertLog.size();
        lantern.send(erasure);
        lantern.drain();
        assertThat(lantern.alertLog).hasSize(alertsBefore);
        assertThat(lantern.history(childId)).hasSize(2);
    }

    @Test
    void a_child_whose_only_episode_is_erased_has_its_profile_withdrawn_and_every_alert_cleared() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(7200), true));
        lantern.send(needToKnowRaised(amy, "ep-1", NOW.minusSeconds(7200)));
        String childId = lantern.alerts("AlertRaised", "NEED_TO_KNOW").get(0).path("data").path("childId").asString();
        assertThat(lantern.profile(childId)).isNotNull();

        lantern.send(erasure("ep-1", EpisodeErased.Reason.RETENTION));

        assertThat(lantern.history(childId)).isEmpty();
        assertThat(lantern.alerts("AlertCleared", "NEED_TO_KNOW")).hasSize(1);
        assertThat(lantern.profile(childId)).as("a tombstone").isNull();
    }

    @Test
    void an_erasure_of_an_episode_nobody_holds_changes_nothing() {
        lantern.send(episodeReported(amy, "ep-1", NOW.minusSeconds(7200), false));
        String before = lantern.profile(childOf()).toString();

        lantern.send(erasure("ep-unknown", EpisodeErased.Reason.RETENTION));

        assertThat(lantern.history(childOf())).hasSize(1);
        assertThat(lantern.deadLetterLog).isEmpty();
        assertThat(before).isNotEmpty();
    }

    private String childOf() {
        lantern.drain();
        return lantern.identityLog.get(0).path("data").path("childId").asString();
    }

    /** As the missing-episode service publishes it: the episode's key, an empty subject. */
    private SourceEvents.Message erasure(String episodeId, EpisodeErased.Reason reason) {
        var id = UUID.nameUUIDFromBytes(("erased " + episodeId).getBytes());
        var envelope = Envelope.of(MissingEpisodeEventTypes.EPISODE_ERASED, id, NOW, NOW, "missing-episode-service",
                Subject.empty(), new EpisodeErased(episodeId, NOW, reason));
        return new SourceEvents.Message(Topics.MISSING_EPISODES.name(), amy.partitionKey().orElseThrow(),
                SourceEvents.CODEC.encode(envelope), id);
    }
}
