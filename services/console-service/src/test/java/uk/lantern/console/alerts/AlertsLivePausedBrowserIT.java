package uk.lantern.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import uk.lantern.console.backend.Service;
import uk.lantern.console.browser.Browser;
import uk.lantern.console.browser.ConsoleUnderTest;
import uk.lantern.console.browser.StandInService;
import uk.lantern.console.browser.StandInService.Answer;

/**
 * A board whose console cannot reach the broker: it says that live updates are paused (in words, announced as a
 * status, not by colour), and still asks for its rows every {@code refresh-every}, so an alert raised meanwhile
 * reaches the open board without a reload, only later.
 */
class AlertsLivePausedBrowserIT {

    private static ConsoleUnderTest console;

    @BeforeAll
    static void start() {
        console = ConsoleUnderTest.start(Map.of("lantern.console.live.enabled", "true",
                // nothing listens on port 9: the broker is away
                "lantern.console.live.bootstrap-servers", "localhost:9",
                "lantern.console.live.refresh-every", "2s", "lantern.console.live.quiet-after", "3s"));
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void the_board_says_live_updates_are_paused_and_still_shows_a_new_alert_at_its_next_check() {
        StandInService correlation = console.service(Service.CORRELATION);
        correlation.answer(AlertsBoardBrowserIT.OPEN, Answer.json(AlertsBoardBrowserIT.page()))
                .answer(AlertsBoardBrowserIT.ESCALATED, Answer.json(AlertsBoardBrowserIT.page(AlertsBoardBrowserIT.KAI)));

        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts", "coordinator");
            WebDriver page = browser.driver();
            ((JavascriptExecutor) page).executeScript("window.lanternNotReloaded = true;");
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(page.findElement(By.id("live-status")).getText()).isEqualTo(AlertNotices.PAUSED));
            assertThat(page.findElement(By.id("live-status")).getAttribute("role")).isEqualTo("status");
            assertThat(page.findElement(By.cssSelector("#live-status strong")).getText())
                    .isEqualTo("Live updates are paused:");
            browser.assertAccessible();
            browser.screenshot("alert-live-paused");

            String alertId = "a-" + UUID.randomUUID();
            String raised = AlertsBoardBrowserIT.alert(alertId, "NEED_TO_KNOW", "URGENT", "OPEN", "child-lily",
                    "Lily Evans (12) missing overnight, need to know", Duration.ofMinutes(1), "");
            correlation.answer(AlertsBoardBrowserIT.OPEN, Answer.json(AlertsBoardBrowserIT.page(raised)));

            browser.waitFor(By.id("alert-" + alertId));
            assertThat(page.findElements(By.cssSelector("table.alerts tbody tr"))).extracting(r -> r.getAttribute("id"))
                    .containsExactly("alert-" + alertId, "alert-a-kai");
            assertThat(((JavascriptExecutor) page).executeScript("return window.lanternNotReloaded")).isEqualTo(true);
        }
    }
}
