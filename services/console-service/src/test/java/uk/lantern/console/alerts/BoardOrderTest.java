package uk.lantern.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The board's order, filter and words, and the daily review's default start and what it says is owed. */
class BoardOrderTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    static Alert alert(String id, String severity, String status, Instant publishedAt) {
        return Alert.of(JSON.readTree("{\"alertId\":\"" + id + "\",\"code\":\"REPEAT_MISSING\",\"severity\":\""
                + severity + "\",\"status\":\"" + status + "\",\"publishedAt\":\"" + publishedAt + "\"}"));
    }

    @Test
    void the_most_severe_come_first_then_the_longest_waiting() {
        Alert lowOld = alert("a", "LOW", "OPEN", NOW.minus(Duration.ofDays(3)));
        Alert urgentNew = alert("b", "URGENT", "OPEN", NOW.minusSeconds(60));
        Alert urgentOld = alert("c", "URGENT", "ESCALATED", NOW.minus(Duration.ofHours(5)));
        Alert high = alert("d", "HIGH", "OPEN", NOW.minus(Duration.ofHours(1)));

        assertThat(List.of(lowOld, urgentNew, urgentOld, high).stream().sorted(Alert.MOST_URGENT_FIRST)
                .map(Alert::alertId)).containsExactly("c", "b", "d", "a");
        assertThat(AlertsController.counts(List.of(lowOld, urgentNew, urgentOld, high)))
                .isEqualTo("4 alerts: 2 urgent, 1 high, 1 low");
        assertThat(urgentOld.waited(NOW)).isEqualTo("5 hours");
        assertThat(lowOld.waited(NOW)).isEqualTo("3 days");
    }

    static Alert due(String raisedAt, String dueBy) {
        return Alert.of(JSON.readTree("{\"alertId\":\"n\",\"code\":\"NEED_TO_KNOW\",\"severity\":\"URGENT\","
                + "\"status\":\"OPEN\",\"raisedAt\":\"" + raisedAt + "\",\"dueBy\":\"" + dueBy + "\"}"));
    }

    @Test
    void an_alert_due_the_moment_it_is_raised_is_due_now_not_overdue_a_minute_later() {
        Alert needToKnow = due("2026-12-07T09:59:00Z", "2026-12-07T09:59:00Z");
        assertThat(needToKnow.dueAtOnce()).isTrue();
        assertThat(needToKnow.dueWords()).isEqualTo("Now");
        assertThat(needToKnow.overdue(NOW)).isFalse();

        Alert interviewOwed = due("2026-12-04T10:00:00Z", "2026-12-07T09:00:00Z");
        assertThat(interviewOwed.dueAtOnce()).isFalse();
        assertThat(interviewOwed.dueWords()).isEqualTo("Mon 7 Dec, 09:00");
        assertThat(interviewOwed.overdue(NOW)).isTrue();
        assertThat(due("2026-12-04T10:00:00Z", "2026-12-07T10:00:01Z").overdue(NOW)).as("not yet due").isFalse();
    }

    @Test
    void an_escalation_says_to_whom_and_how_long_ago_when_the_alert_names_them() {
        Alert plain = Alert.of(JSON.readTree("{\"alertId\":\"a\",\"status\":\"ESCALATED\",\"escalatedAt\":\""
                + NOW.minus(Duration.ofHours(2)) + "\"}"));
        Alert chained = Alert.of(JSON.readTree("{\"alertId\":\"a\",\"status\":\"ESCALATED\",\"escalatedAt\":\""
                + NOW.minus(Duration.ofHours(2)) + "\",\"escalationLevel\":2,\"escalatedTo\":\"the head of service\"}"));

        assertThat(plain.escalationWords(NOW)).isEqualTo("Escalated 2 hours ago");
        assertThat(chained.escalationWords(NOW)).isEqualTo("Escalated to the head of service, 2 hours ago (step 2)");
        assertThat(plain.escalated()).isTrue();
    }

    @Test
    void the_filter_defaults_to_open_and_escalated_drops_what_it_does_not_know_and_keeps_the_team() {
        BoardFilter none = new BoardFilter(null, "", null, " ", " ");
        assertThat(none.statuses()).containsExactly("OPEN", "ESCALATED");
        assertThat(none.query()).isEqualTo("status=OPEN&status=ESCALATED");

        BoardFilter odd = new BoardFilter("LOOKS_ODD", "urgent", List.of("assigned", "SNOOZED"), "North Team", null);
        assertThat(odd.code()).isNull();
        assertThat(odd.severity()).isEqualTo("URGENT");
        assertThat(odd.statuses()).containsExactly("ASSIGNED");
        assertThat(odd.query()).isEqualTo("severity=URGENT&status=ASSIGNED&team=North%20Team");

        Alert north = Alert.of(JSON.readTree("{\"alertId\":\"a\",\"allocatedWorker\":{\"team\":\"North team\"}}"));
        Alert unknown = Alert.of(JSON.readTree("{\"alertId\":\"b\"}"));
        assertThat(odd.keeps(north)).isTrue();
        assertThat(odd.keeps(unknown)).isFalse();
        assertThat(none.keeps(unknown)).isTrue();

        BoardFilter inArea = new BoardFilter(null, null, null, null, " North West ");
        assertThat(inArea.area()).isEqualTo("North West");
        assertThat(inArea.query()).isEqualTo("area=North%20West&status=OPEN&status=ESCALATED");
    }

    @Test
    void an_alert_names_its_child_first_then_what_was_found() {
        Alert kai = Alert.of(JSON.readTree("""
                {"alertId":"a","code":"NEED_TO_KNOW","childId":"c-old","area":"North",
                 "child":{"childId":"c-1","name":"Kai Brown","age":14},
                 "summary":"Missing from care since 3 Nov 2026 21:40, on a child protection plan: senior managers need to know until the child is found"}"""));
        assertThat(kai.headline()).isEqualTo("Kai Brown, 14 — missing from care since 3 Nov 2026 21:40, on a child "
                + "protection plan: senior managers need to know until the child is found");
        assertThat(kai.childId()).as("the child it is now, after a merge").isEqualTo("c-1");
        assertThat(kai.area()).isEqualTo("North");

        Alert drift = Alert.of(JSON.readTree("""
                {"alertId":"b","code":"MACE_DRIFT","child":{"name":"Zoe Smith"},"summary":"MACE drift: an action"}"""));
        assertThat(drift.headline()).isEqualTo("Zoe Smith — MACE drift: an action");

        Alert same = Alert.of(JSON.readTree("""
                {"alertId":"c","code":"POSSIBLE_SAME_CHILD","child":{"name":"Kai Brown","age":14},
                 "relatedChild":{"childId":"c-2","name":"Kay Brown","age":14},
                 "summary":"Kai Brown (14) and Kay Brown (14) may be the same child (score 9.3): below link threshold"}"""));
        assertThat(same.headline()).startsWith("Kai Brown (14) and Kay Brown (14) may be");
        assertThat(same.relatedWho()).isEqualTo("Kay Brown, 14");
        assertThat(same.relatedChildId()).isEqualTo("c-2");

        Alert unnamed = Alert.of(JSON.readTree("""
                {"alertId":"d","code":"RHI_OVERDUE","childId":"c-3","summary":"Returned 3 days ago"}"""));
        assertThat(unnamed.headline()).isEqualTo("Returned 3 days ago");
        assertThat(unnamed.who()).isNull();
    }

    @Test
    void a_shared_adults_alert_links_each_other_child_the_service_names_and_a_possible_same_child_its_other() {
        Alert shared = Alert.of(JSON.readTree("""
                {"alertId":"a","code":"SHARED_ASSOCIATE","status":"OPEN","childId":"c-old","relatedChildId":null,
                 "relatedChildIds":["c-leah","c-gone","c-jay"],
                 "summary":"Seen with the same associate (Dean Marsh) as Leah Smith (13), Jay Jones and 1 other child, on 20 Nov 2026",
                 "child":{"childId":"c-kai","name":"Kai Brown","age":14},
                 "relatedChildren":[{"childId":"c-leah","name":"Leah Smith","age":13},
                                    {"childId":"c-jay","name":"Jay Jones","age":null},
                                    {"childId":"c-nameless","name":null,"age":9}]}"""));
        assertThat(shared.headline()).isEqualTo("Kai Brown, 14 — seen with the same associate (Dean Marsh) as "
                + "Leah Smith (13), Jay Jones and 1 other child, on 20 Nov 2026");
        assertThat(shared.otherChildren()).extracting(Alert.Child::childId, Alert.Child::who).containsExactly(
                org.assertj.core.groups.Tuple.tuple("c-leah", "Leah Smith, 13"),
                org.assertj.core.groups.Tuple.tuple("c-jay", "Jay Jones"),
                org.assertj.core.groups.Tuple.tuple("c-nameless", "A child not named in any record"));

        Alert same = Alert.of(JSON.readTree("""
                {"alertId":"b","code":"POSSIBLE_SAME_CHILD","status":"OPEN","childId":"c-kai","relatedChildId":"c-kay",
                 "relatedChild":{"childId":"c-kay-now","name":"Kay Brown","age":14}}"""));
        assertThat(same.relatedChildren()).isEmpty();
        assertThat(same.otherChildren()).extracting(Alert.Child::childId).containsExactly("c-kay-now");
        assertThat(alert("c", "LOW", "OPEN", NOW).otherChildren()).as("from before names").isEmpty();
    }

    @Test
    void the_area_filter_offers_the_services_areas_then_area_not_known_last_and_nothing_when_it_names_none() {
        assertThat(AlertsController.areas(List.of("Central", "North"))).containsExactly("Central", "North",
                "Area not known");
        assertThat(AlertsController.areas(List.of())).isEmpty();
        assertThat(new BoardFilter(null, null, null, null, "Area not known").query())
                .isEqualTo("area=Area%20not%20known&status=OPEN&status=ESCALATED");
    }

    @Test
    void who_acted_is_named_and_an_alert_from_before_names_shows_the_user_name() {
        Instant at = Instant.parse("2026-12-07T10:42:00Z");
        Alert named = Alert.of(JSON.readTree("{\"alertId\":\"a\",\"acknowledgedAt\":\"" + at
                + "\",\"acknowledgedBy\":\"coordinator\",\"acknowledgedByName\":\"Amira Khan\",\"assignedAt\":\"" + at
                + "\",\"assignedTo\":\"North team\",\"assignee\":\"TEAM\",\"assignedBy\":\"coordinator\","
                + "\"assignedByName\":\"Amira Khan\"}"));
        assertThat(named.acknowledgedWords(at.plus(Duration.ofHours(1)))).isEqualTo("Acknowledged by Amira Khan at 10:42");
        assertThat(named.acknowledgedWords(at.plus(Duration.ofDays(2))))
                .isEqualTo("Acknowledged by Amira Khan at Mon 7 Dec, 10:42");
        assertThat(named.history()).extracting(Alert.Step::what)
                .containsExactly("Acknowledged by Amira Khan", "Assigned to North team (a team) by Amira Khan");

        Alert old = Alert.of(JSON.readTree("{\"alertId\":\"a\",\"acknowledgedAt\":\"" + at
                + "\",\"acknowledgedBy\":\"coordinator\"}"));
        assertThat(old.acknowledgedWords(at)).isEqualTo("Acknowledged by coordinator at 10:42");
    }

    @Test
    void going_back_after_an_action_stays_within_the_alerts() {
        assertThat(AlertsController.back("/alerts?status=OPEN", "x")).isEqualTo("/alerts?status=OPEN");
        assertThat(AlertsController.back("//evil.example/alerts", "x")).isEqualTo("/alerts/x");
        assertThat(AlertsController.back("https://evil.example", "x")).isEqualTo("/alerts/x");
        assertThat(AlertsController.back(null, "x")).isEqualTo("/alerts/x");
    }

    @Test
    void a_notice_is_read_from_any_envelope_naming_an_alert_and_anything_else_is_ignored() {
        assertThat(AlertNotice.from("{\"eventType\":\"AlertRaised\",\"data\":{\"alertId\":\"a1\"}}".getBytes()))
                .contains(new AlertNotice("a1", AlertNotice.Change.RAISED));
        assertThat(AlertNotice.from("{\"eventType\":\"AlertAcknowledged\",\"data\":{\"alertId\":\"a1\"}}".getBytes()))
                .contains(new AlertNotice("a1", AlertNotice.Change.UPDATED));
        assertThat(AlertNotice.from("{\"eventType\":\"AlertCleared\",\"data\":{\"alertId\":\"a1\"}}".getBytes()))
                .contains(new AlertNotice("a1", AlertNotice.Change.CLEARED));
        assertThat(AlertNotice.from("not json".getBytes())).isEmpty();
        assertThat(AlertNotice.from("{\"eventType\":\"HotspotReported\",\"data\":{}}".getBytes())).isEmpty();
        assertThat(AlertNotices.fetch("/alerts/rows?status=OPEN", new AlertNotice("a\"1", AlertNotice.Change.RAISED)))
                .contains("hx-get=\"/alerts/rows?status=OPEN&amp;changed=a%221&amp;change=RAISED\"")
                .doesNotContain("a\"1");
    }

    @Test
    void the_daily_review_starts_at_nine_yesterday_in_london_and_an_interview_is_owed_72_hours_after_return() {
        DailyReviewSettings settings = new DailyReviewSettings(LocalTime.of(9, 0), ZoneId.of("Europe/London"));
        assertThat(DailyReview.lastReview(Instant.parse("2026-07-15T08:00:00Z"), settings))
                .isEqualTo(Instant.parse("2026-07-14T08:00:00Z")); // 09:00 BST
        assertThat(DailyReview.lastReview(Instant.parse("2026-12-07T00:30:00Z"), settings))
                .isEqualTo(Instant.parse("2026-12-06T09:00:00Z"));

        var movements = JSON.readTree("""
                {"since":"2026-12-03T09:00:00Z","more":false,"children":[
                 {"childId":"c-back","names":["Kai Jones"],"missingNow":false,"episodes":[
                   {"episodeId":"e1","start":"2026-12-03T20:00:00Z","returnedAt":"2026-12-04T08:00:00Z",
                    "wentMissing":false,"cameBack":true,"interviewStatus":"AWAITING_OFFER"}]},
                 {"childId":"c-away","names":["Amelia Jones"],"missingNow":true,"episodes":[
                   {"episodeId":"e2","start":"2026-12-06T22:00:00Z","wentMissing":true,"cameBack":false,
                    "interviewStatus":"NOT_DUE"}]}]}""");
        DailyReview review = DailyReview.of(movements, child -> List.of(), NOW);

        assertThat(review.children()).extracting(DailyReview.Child::name).containsExactly("Amelia Jones", "Kai Jones");
        DailyReview.Movement back = review.children().get(1).movements().get(0);
        assertThat(back.interviewDueBy()).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(back.interviewOverdue()).isTrue();
        assertThat(review.children().get(0).movements().get(0).interviewDueBy()).isNull();
    }
}
