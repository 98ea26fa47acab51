package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.support.ApiWithoutTopology;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.testsupport.Api;

/**
 * The two reads the console's alerts board and daily review need: alerts filtered by severity, and the children who
 * went missing or came back since the last review. On the real broker and store, the topology not running.
 */
@WithoutTopology
class BoardQueriesTest extends ApiWithoutTopology {



    String raisedAlert(String code, String severity, String child) {
        return raisedAlert(Correlated.raised(UUID.randomUUID().toString(), code, severity, child,
                WithoutTopology.START.minusSeconds(600)));
    }

    @Test
    void alerts_are_filtered_by_severity_and_an_unknown_severity_is_a_400_naming_it() {
        String child = Correlated.uniqueChildId();
        String urgent = raisedAlert("MISSING_WITH_EXPLOITATION_RISK", "URGENT", child);
        String low = raisedAlert("SCREENING_GAP", "LOW", child);

        JsonNode urgentOnes = api().get("/alerts?childId=" + child + "&severity=urgent").body().path("alerts");
        assertThat(urgentOnes).extracting(a -> a.path("alertId").asString()).containsExactly(urgent);
        JsonNode lowOpen = api().get("/alerts?childId=" + child + "&severity=LOW&status=OPEN").body().path("alerts");
        assertThat(lowOpen).extracting(a -> a.path("alertId").asString()).containsExactly(low);

        Api.Response bad = api().get("/alerts?severity=SEVERE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body().at("/errors/0/field").asString()).isEqualTo("severity");
    }

    String raisedAlert(String code, String severity, String child, Instant publishedAt) {
        return raisedAlert(Correlated.raised(UUID.randomUUID().toString(), code, severity, child, publishedAt));
    }

    /**
     * A board shows the most urgent alerts first; when more match than one page holds, the page must be the most
     * urgent ones, not the latest raised (an urgent alert that has waited longest would otherwise drop off the board).
     */
    @Test
    void sorted_by_urgency_a_page_is_the_most_severe_then_the_longest_waiting_and_pages_run_on_across_severities() {
        String child = Correlated.uniqueChildId();
        Instant t = WithoutTopology.START.minus(Duration.ofDays(3));
        String lowOldest = raisedAlert("SCREENING_GAP", "LOW", child, t);
        String urgentOld = raisedAlert("NEED_TO_KNOW", "URGENT", child, t.plusSeconds(60));
        String high = raisedAlert("RHI_OVERDUE", "HIGH", child, t.plusSeconds(120));
        String urgentNew = raisedAlert("MISSING_WITH_EXPLOITATION_RISK", "URGENT", child, t.plusSeconds(180));
        String mediumNewest = raisedAlert("REPEAT_MISSING", "MEDIUM", child, t.plusSeconds(240));

        JsonNode all = api().get("/alerts?childId=" + child + "&sort=urgency").body();
        assertThat(all.path("alerts")).extracting(a -> a.path("alertId").asString())
                .containsExactly(urgentOld, urgentNew, high, mediumNewest, lowOldest);
        // the first page of two is the two urgent ones, however long ago the latest was raised
        JsonNode first = api().get("/alerts?childId=" + child + "&sort=urgency&size=2").body();
        assertThat(first.path("alerts")).extracting(a -> a.path("alertId").asString())
                .containsExactly(urgentOld, urgentNew);
        assertThat(first.path("total").asLong()).isEqualTo(5);
        JsonNode second = api().get("/alerts?childId=" + child + "&sort=urgency&size=2&page=1").body();
        assertThat(second.path("alerts")).extracting(a -> a.path("alertId").asString())
                .containsExactly(high, mediumNewest);
        JsonNode third = api().get("/alerts?childId=" + child + "&sort=URGENCY&size=2&page=2").body();
        assertThat(third.path("alerts")).extracting(a -> a.path("alertId").asString()).containsExactly(lowOldest);
        // the default stays the latest raised first
        assertThat(api().get("/alerts?childId=" + child + "&size=2").body().path("alerts"))
                .extracting(a -> a.path("alertId").asString()).containsExactly(mediumNewest, urgentNew);

        Api.Response bad = api().get("/alerts?sort=loudest");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().at("/errors/0/field").asString()).isEqualTo("sort");
    }

    /**
     * The race the real stack lost in CI: the console hears an alert's event and asks for the board's rows before
     * this service's projection has stored it. Asked "after alert X changed at T", the list waits for that change.
     */
    @Test
    void a_board_told_an_alert_was_raised_gets_rows_that_have_it_even_when_it_asks_before_the_projection()
            throws Exception {
        String child = Correlated.uniqueChildId();
        raisedAlert("SCREENING_GAP", "LOW", Correlated.uniqueChildId()); // the projection is running
        String alertId = UUID.randomUUID().toString();
        Instant recordedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        var asking = java.util.concurrent.CompletableFuture.supplyAsync(() -> api().get("/alerts?childId=" + child
                + "&status=OPEN&changed=" + alertId + "&changedAt=" + recordedAt));
        Thread.sleep(1_000); // the board is already waiting when the event is published
        assertThat(asking).isNotDone();
        feed().send(CorrelationTopics.ALERTS.name(), child,
                Correlated.raised(alertId, "NEED_TO_KNOW", "URGENT", child, recordedAt));

        Thread.sleep(1_000);
        assertThat(asking).as("the alert is stored, but its child's profile is not yet: the row could not name them")
                .isNotDone();
        published(Correlated.profile(child, 1, Correlated.uniqueNhsNumber()));

        Api.Response rows = asking.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(rows.status()).isEqualTo(200);
        assertThat(rows.body().path("caughtUp").asBoolean()).as(rows.body().toString()).isTrue();
        assertThat(rows.body().path("alerts")).extracting(a -> a.path("alertId").asString()).containsExactly(alertId);

        // the same change asked for again: answered at once; a later one it never had: after the wait, saying so
        assertThat(api().get("/alerts?childId=" + child + "&changed=" + alertId + "&changedAt=" + recordedAt).body()
                .path("caughtUp").asBoolean()).isTrue();
        Api.Response behind = api().get("/alerts?childId=" + child + "&changed=" + alertId + "&changedAt="
                + recordedAt.plusSeconds(60));
        assertThat(behind.status()).isEqualTo(200);
        assertThat(behind.body().path("caughtUp").asBoolean(true)).isFalse();
        assertThat(behind.body().path("alerts")).hasSize(1);
        // not asked: not said
        assertThat(api().get("/alerts?childId=" + child).body().has("caughtUp")).isFalse();
    }

    @Test
    void a_change_without_its_time_or_with_a_time_that_is_not_one_is_a_400_naming_the_field() {
        for (String query : List.of("changed=a1", "changed=a1&changedAt=yesterday")) {
            Api.Response bad = api().get("/alerts?" + query);
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.body().at("/errors/0/field").asString()).as(query).isEqualTo("changedAt");
        }
    }

    @Test
    void the_daily_review_lists_the_children_who_went_missing_or_came_back_since_it_began() {
        Instant since = WithoutTopology.START.minus(Duration.ofHours(24));
        ChildProfile wentMissing = withEpisodes(Correlated.profile(Correlated.uniqueChildId(), 1,
                Correlated.uniqueNhsNumber(), "Amelia", List.of(), List.of(), List.of()), true,
                new ChildProfile.EpisodeSummary("ep-a", "MISSING_FROM_CARE", since.plus(Duration.ofHours(3)), null,
                        false, "HIGH", "NOT_DUE"));
        ChildProfile cameBack = withEpisodes(Correlated.profile(Correlated.uniqueChildId(), 1,
                Correlated.uniqueNhsNumber(), "Kai", List.of(), List.of(), List.of()), false,
                new ChildProfile.EpisodeSummary("ep-old", "MISSING_FROM_HOME", since.minus(Duration.ofDays(40)),
                        since.minus(Duration.ofDays(39)), true, "LOW", "COMPLETED"),
                new ChildProfile.EpisodeSummary("ep-b", "MISSING_FROM_HOME", since.minus(Duration.ofHours(5)),
                        since.plus(Duration.ofHours(2)), false, "MEDIUM", "AWAITING_OFFER"));
        ChildProfile quiet = withEpisodes(Correlated.profile(Correlated.uniqueChildId(), 1,
                Correlated.uniqueNhsNumber(), "Zoe", List.of(), List.of(), List.of()), false,
                new ChildProfile.EpisodeSummary("ep-c", "MISSING_FROM_HOME", since.minus(Duration.ofDays(3)),
                        since.minus(Duration.ofDays(2)), true, "LOW", "COMPLETED"));
        for (ChildProfile profile : List.of(wentMissing, cameBack, quiet)) {
            feed().send(CorrelationTopics.CHILD_PROFILES.name(), profile);
        }
        Awaitility.await().atMost(WAIT).until(() -> List.of(wentMissing, cameBack, quiet).stream()
                .allMatch(p -> api().get("/children/" + p.childId()).status() == 200));

        Api.Response review = api().withHeaders("Lantern-Purpose", "Daily missing review with the police")
                .get("/children/movements?since=" + since);

        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body().path("since").asString()).isEqualTo(since.toString());
        List<String> ours = List.of(wentMissing.childId(), cameBack.childId(), quiet.childId());
        List<JsonNode> moved = review.body().path("children").valueStream()
                .filter(c -> ours.contains(c.path("childId").asString())).toList();
        assertThat(moved).extracting(c -> c.path("childId").asString())
                .containsExactlyInAnyOrder(wentMissing.childId(), cameBack.childId());
        JsonNode amelia = moved.stream().filter(c -> c.path("childId").asString().equals(wentMissing.childId()))
                .findFirst().orElseThrow();
        assertThat(amelia.path("missingNow").asBoolean()).isTrue();
        assertThat(amelia.path("names").get(0).asString()).isEqualTo("Amelia Jones");
        assertThat(amelia.path("episodes")).singleElement().satisfies(e -> {
            assertThat(e.path("wentMissing").asBoolean()).isTrue();
            assertThat(e.path("cameBack").asBoolean()).isFalse();
        });
        JsonNode kai = moved.stream().filter(c -> c.path("childId").asString().equals(cameBack.childId()))
                .findFirst().orElseThrow();
        assertThat(kai.path("episodes")).singleElement().satisfies(e -> {
            assertThat(e.path("episodeId").asString()).isEqualTo("ep-b");
            assertThat(e.path("wentMissing").asBoolean()).isFalse();
            assertThat(e.path("cameBack").asBoolean()).isTrue();
            assertThat(e.path("returnedAt").asString()).isEqualTo(since.plus(Duration.ofHours(2)).toString());
            assertThat(e.path("interviewStatus").asString()).isEqualTo("AWAITING_OFFER");
        });

        // the read is logged under each child it named, with its purpose
        JsonNode logged = new Api(port).as("manager").get("/access-log?child=" + cameBack.childId()).body().get(0);
        assertThat(logged.path("operation").asString()).isEqualTo("GET /children/movements");
        assertThat(logged.path("who").path("subject").asString()).isEqualTo("coordinator");
        assertThat(logged.path("purpose").asString()).isEqualTo("Daily missing review with the police");
    }

    @Test
    void the_daily_review_needs_a_start_that_is_a_date_or_instant_and_not_in_the_future() {
        for (String bad : List.of("", "yesterday", "2026-13-01", WithoutTopology.START.plusSeconds(3600).toString())) {
            Api.Response refused = api().get("/children/movements?since=" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body().at("/errors/0/field").asString()).as(bad).isEqualTo("since");
        }
        assertThat(api().get("/children/movements").status()).isEqualTo(400);
        assertThat(new Api(port).as("mace").get("/children/movements?since=2026-11-20").status()).isEqualTo(403);
    }

    private static ChildProfile withEpisodes(ChildProfile p, boolean missingNow,
                                             ChildProfile.EpisodeSummary... episodes) {
        return new ChildProfile(p.childId(), p.version(), p.asOf(), p.records(), p.identifiers(), p.names(),
                p.dateOfBirth(), p.sex(), p.postcodes(), missingNow, p.missingSince(), p.episodesLast30Days(),
                p.episodesLast90Days(), p.episodesLast365Days(), p.homeOrCare(), List.of(episodes), p.cme(),
                p.exploitation(), p.openFlags(), p.maceScore(), p.associates(), p.places(), p.linkKeys(),
                p.mergedInto(), p.links());
    }
}
