package uk.lantern.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.lantern.console.backend.Service;
import uk.lantern.console.browser.Browser;
import uk.lantern.console.browser.ConsoleUnderTest;
import uk.lantern.console.browser.StandInService;
import uk.lantern.console.browser.StandInService.Answer;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.CorrelationEventTypes;
import uk.lantern.testsupport.EmbeddedInfra;

/**
 * The board, live, on the real embedded broker: an AlertRaised published on {@code lantern.alerts.v1} makes the open
 * board in Chromium fetch its rows again (from the console, which asks the stand-in correlation service with the
 * person's token), mark the new alert in words and announce it politely; nothing is reloaded.
 */
class AlertsLiveBrowserIT {

    static final String TOPIC = "lantern.alerts.v1";
    private static ConsoleUnderTest console;

    @BeforeAll
    static void start() throws Exception {
        String brokers = EmbeddedInfra.broker().bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", brokers))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
        }
        console = ConsoleUnderTest.start(Map.of("lantern.console.live.enabled", "true",
                "lantern.console.live.bootstrap-servers", brokers));
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void a_raised_alert_appears_in_the_open_board_marked_new_and_announced_without_a_reload() throws Exception {
        StandInService correlation = console.service(Service.CORRELATION);
        String kai = AlertsBoardBrowserIT.KAI;
        correlation.answer(AlertsBoardBrowserIT.OPEN, Answer.json(AlertsBoardBrowserIT.page()))
                .answer(AlertsBoardBrowserIT.ESCALATED, Answer.json(AlertsBoardBrowserIT.page(kai)))
                .answer("GET /alerts/areas", Answer.json(AlertsBoardBrowserIT.AREAS));
        LiveAlerts live = console.context().getBean(LiveAlerts.class);
        AlertNotices notices = console.context().getBean(AlertNotices.class);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(live::listening);
        java.net.http.HttpResponse<String> ready = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(console.url() + "/actuator/health/readiness"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).as("readiness waits for the live alerts").contains("liveFeed");

        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts", "coordinator");
            WebDriver page = browser.driver();
            assertThat(page.findElements(By.cssSelector("table.alerts tbody tr"))).hasSize(1);
            ((org.openqa.selenium.JavascriptExecutor) page).executeScript("window.lanternNotReloaded = true;");
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> notices.open() == 1);
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(page.findElement(By.id("live-status")).getText()).isEqualTo(AlertNotices.HEARING));

            String alertId = "a-" + UUID.randomUUID();
            String raised = AlertsBoardBrowserIT.alert(alertId, "NEED_TO_KNOW", "URGENT", "OPEN", "child-lily",
                    "Missing from care since 6 Dec 2026 23:10, looked after: senior managers need to know until the "
                            + "child is found", Duration.ofMinutes(1),
                    AlertsBoardBrowserIT.about("child-lily", "Lily Evans", 12, "West"));
            // The console hears the alert before the correlation service has stored it (they read the topic apart):
            // the board asks for its rows with the alert and its time, and is told the service has not caught up
            String waiting = "/alerts?status=OPEN&size=500&sort=urgency&changed=" + alertId + "&changedAt=";
            correlation.answerStartingWith("GET " + waiting, Answer.json("{\"alerts\":[],\"page\":0,\"size\":500,"
                    + "\"total\":0,\"caughtUp\":false}"));
            publish(alertId, "child-lily");
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> correlation.received().stream()
                    .filter(r -> r.pathAndQuery().startsWith(waiting)).count() >= 2);
            assertThat(page.findElements(By.id("alert-" + alertId))).as("not caught up: not shown yet").isEmpty();
            // the service catches up: the board's next ask has the alert
            correlation.answerStartingWith("GET " + waiting, Answer.json(AlertsBoardBrowserIT.page(raised)
                    .replaceFirst("}$", ",\"caughtUp\":true}")))
                    .answer(AlertsBoardBrowserIT.OPEN, Answer.json(AlertsBoardBrowserIT.page(raised)));

            browser.waitFor(By.id("alert-" + alertId));
            assertThat(page.findElements(By.cssSelector("table.alerts tbody tr"))).extracting(r -> r.getAttribute("id"))
                    .containsExactly("alert-" + alertId, "alert-a-kai");
            assertThat(page.findElement(By.cssSelector("#alert-" + alertId + " .new-tag")).getText()).isEqualTo("New");
            assertThat(page.findElement(By.id("alert-" + alertId)).getAttribute("class")).contains("changed");
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(page.findElement(By.id("live-announcement")).getText())
                            .isEqualTo("New alert: Urgent, Need to know: a child at high risk is missing. "
                                    + "Lily Evans, 12 — missing from care since 6 Dec 2026 23:10, looked after: "
                                    + "senior managers need to know until the child is found"));
            assertThat(page.findElement(By.id("live-announcement")).getAttribute("aria-live")).isEqualTo("polite");
            assertThat(((org.openqa.selenium.JavascriptExecutor) page).executeScript("return window.lanternNotReloaded"))
                    .isEqualTo(true);
            assertThat(correlation.received()).filteredOn(r -> r.pathAndQuery().startsWith("/alerts?")).last()
                    .satisfies(r -> assertThat(r.username()).isEqualTo("coordinator"));
            browser.assertAccessible();
            browser.screenshot("alert-live");

            // a board filtered by area listens, and fetches its rows, with its area
            correlation.answer("GET /alerts?area=West&status=OPEN&size=500&sort=urgency", Answer.json(AlertsBoardBrowserIT.page()))
                    .answer("GET /alerts?area=West&status=ESCALATED&size=500&sort=urgency", Answer.json(AlertsBoardBrowserIT.page()));
            page.get(console.url() + "/alerts?area=West");
            assertThat(page.findElement(By.cssSelector(".live-stream")).getAttribute("sse-connect"))
                    .isEqualTo("/alerts/live?area=West&status=OPEN&status=ESCALATED");
        }
    }

    private static void publish(String alertId, String childId) throws Exception {
        Instant now = Instant.now();
        Envelope<AlertRaised> event = Envelope.of(CorrelationEventTypes.ALERT_RAISED, UUID.randomUUID(), now, now,
                "correlation-service", Subject.empty(), new AlertRaised(alertId, "NEED_TO_KNOW", "URGENT", childId,
                        List.of("ev-1"), now, now.plus(Duration.ofHours(1)), List.of("MISSING_COORDINATOR"),
                        "Missing from care since 6 Dec 2026 23:10, looked after: senior managers need to know until "
                                + "the child is found", null));
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfra.broker().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, childId, new EventCodec().encode(event))).get();
        }
    }
}
