package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.childReturned;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.schemas.Subject;

/**
 * A profile over lantern.correlation.profile-max-bytes is held back, said so on the dead-letter topic, and the
 * topology goes on: the child's last profile that fitted stays, its alerts still go out, other children's profiles
 * too. (A profile the producer refused would stop the topology for every child.)
 */
class ProfileTooLargeTest {

    private static final Instant NOW = SourceEvents.NOW;
    private static final int MAX_BYTES = 6_000;

    /** Old facts judged as they are read, as in {@link TopologyHarness}'s rule tests. */
    private final TopologyHarness lantern = new TopologyHarness(NOW, new CorrelationSettings(MatchSettings.defaults(),
            PatternSettings.defaults(), TopologyHarness.ANALYST_KEY, Duration.ofSeconds(1), false, MAX_BYTES, true,
            uk.lantern.correlation.analyst.AnalystFeed.DEFAULT_TIME_PRECISION,
            uk.lantern.correlation.profile.ProfileSettings.defaults(), Duration.ofDays(3650)));
    private final Subject amy = SourceEvents.AMY;
    private final Subject ben = SourceEvents.BEN;

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void aProfileOverTheLimitIsHeldBackWithItsReasonAndTheChildsAlertsAndOtherProfilesGoOn() {
        String amysChild = null;
        for (int i = 0; i < 20; i++) {
            Instant missing = NOW.minus(Duration.ofDays(400 - 10L * i));
            lantern.send(episodeReported(amy, "ep-" + i, missing, false));
            lantern.send(childReturned(amy, "ep-" + i, missing.plus(Duration.ofHours(5)), null));
            lantern.send(SourceEvents.interviewCaseOpened(amy, "ep-" + i, missing.plus(Duration.ofHours(5))));
            if (i == 0) {
                amysChild = lantern.identityLog.get(0).path("data").path("childId").asString();
                assertThat(lantern.profile(amysChild)).as("small enough").isNotNull();
            }
        }
        var published = lantern.profile(amysChild);
        assertThat(published.path("episodes").size()).as("the last that fitted, not all 20 episodes")
                .isLessThan(20);
        assertThat(lantern.profileLog).allSatisfy(r -> assertThat(r.value().length).isLessThanOrEqualTo(MAX_BYTES));

        assertThat(lantern.deadLetterLog).isNotEmpty().allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(published.path("childId").asString());
            String reason = new String(r.headers().lastHeader(IdentityProcessor.REASON_HEADER).value(),
                    StandardCharsets.UTF_8);
            assertThat(reason).contains("over lantern.correlation.profile-max-bytes (6000)");
            var held = InternalJson.MAPPER.readTree(r.value());
            assertThat(held.path("bytes").asInt()).isGreaterThan(MAX_BYTES);
            assertThat(held.path("episodes").asInt()).isGreaterThan(published.path("episodes").size());
        });

        int raisedBefore = lantern.alertLog.size();
        lantern.send(episodeReported(amy, "ep-now", NOW.minusSeconds(600), true));
        lantern.send(SourceEvents.needToKnowRaised(amy, "ep-now", NOW.minusSeconds(600)));
        assertThat(lantern.alertLog.size()).as("her alerts still go out").isGreaterThan(raisedBefore);
        lantern.send(episodeReported(ben, "ep-ben", NOW.minusSeconds(600), false));
        String bensChild = lantern.identityLog.get(lantern.identityLog.size() - 1).path("data").path("childId")
                .asString();
        assertThat(lantern.profile(bensChild)).as("other children's profiles go on").isNotNull();
    }
}
