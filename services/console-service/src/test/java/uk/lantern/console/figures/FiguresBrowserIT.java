package uk.lantern.console.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import uk.lantern.console.backend.Service;
import uk.lantern.console.browser.Browser;
import uk.lantern.console.browser.ConsoleUnderTest;
import uk.lantern.console.browser.StandInService;
import uk.lantern.console.browser.StandInService.Answer;

/**
 * Figures and lists in a real browser against a stand-in reporting service answering in the shape of
 * reporting-service's API: charts with their tables, definitions, the drill-down, a list downloaded twice the same,
 * and an analyst who sees the figures but no lists.
 */
class FiguresBrowserIT {

    static final YearMonth LAST = YearMonth.from(LocalDate.now()).minusMonths(1);
    static final YearMonth FIRST = LAST.minusMonths(1);
    static final String QUERY = "from=" + FIRST.atDay(1) + "&to=" + LAST.atEndOfMonth();
    static ConsoleUnderTest console;
    static StandInService reporting;

    @BeforeAll
    static void start() {
        console = ConsoleUnderTest.start();
        reporting = console.service(Service.REPORTING);
        reporting.answer("GET /figures?" + QUERY, Answer.json("""
                {"period": "%1$s..%2$s", "asAt": "2026-12-01T00:00:00Z", "figures": [%3$s]}"""
                .formatted(FIRST.atDay(1), LAST.atEndOfMonth(), figure())));
        reporting.answer("GET /figures/missing-episodes?" + QUERY, Answer.json("{\"figure\": " + figure() + "}"));
        reporting.answer("GET /lists/ofsted-missing-episodes?asAt=2026-11-30&format=csv", new Answer(200, "text/csv",
                "Child id,Gender,Ethnicity\r\nLA-1001,F,WBRI\r\nLA-1002,M,MWBC\r\n"));
    }

    static String figure() {
        return """
                {"name": "missing-episodes", "definition": "Missing episodes that started in the period, home vs care.",
                 "period": "%1$s..%2$s", "asAt": "2026-12-01T00:00:00Z", "records": 31,
                 "measures": {"episodes": 31}, "rates": {},
                 "breakdown": {"team": {"Children in Care 2": {"episodes": 19}, "no team recorded": {"episodes": 12}},
                               "context": {"care": {"episodes": 19}, "home": {"episodes": 12}},
                               "category": {"away": {"episodes": 7}, "missing": {"episodes": 24}}},
                 "months": [{"month": "%3$s", "records": 14, "measures": {"episodes": 14}, "rates": {}},
                            {"month": "%4$s", "records": 17, "measures": {"episodes": 17}, "rates": {}}]}"""
                .formatted(FIRST.atDay(1), LAST.atEndOfMonth(), FIRST, LAST);
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @Test
    void a_manager_sees_each_figure_as_a_chart_and_a_table_with_its_definition_and_drills_down_by_team() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/figures?from=" + FIRST + "&to=" + LAST, "manager");
            WebElement figure = browser.waitFor(By.id("missing-episodes"));
            assertThat(figure.findElements(By.cssSelector("svg rect.bar"))).hasSize(2);
            assertThat(figure.findElements(By.cssSelector("svg text.bar-value"))).extracting(WebElement::getText)
                    .containsExactly("14", "17");
            String table = figure.findElement(By.tagName("table")).getText();
            assertThat(table).contains("Missing episodes by month", "Episodes 14 17 31", "Records behind it 14 17 31");
            assertThat(figure.getText()).contains("31 records behind this figure");
            WebElement summary = figure.findElement(By.cssSelector("details summary"));
            assertThat(figure.findElement(By.cssSelector("details p")).isDisplayed()).isFalse();
            Keyboard.tabTo(browser, summary).sendKeys(Keys.ENTER);
            assertThat(figure.findElement(By.cssSelector("details p")).getText()).startsWith("Missing episodes that started");
            browser.assertAccessible();
            browser.screenshot("figures");

            Keyboard.tabTo(browser, figure.findElement(By.partialLinkText("by team and group"))).sendKeys(Keys.ENTER);
            WebElement byTeam = browser.waitFor(By.id("by-team"));
            assertThat(byTeam.findElement(By.tagName("table")).getText()).contains("Children in Care 2 19", "no team recorded 12");
            assertThat(browser.driver().findElement(By.id("by-category")).getText()).contains("away 7", "missing 24");
            assertThat(browser.driver().findElement(By.id("by-context")).getText()).contains("care 19", "home 12");
            browser.assertAccessible();
            assertThat(reporting.received()).filteredOn(r -> r.pathAndQuery().startsWith("/figures"))
                    .extracting(StandInService.Received::username).contains("manager"); // the analyst test shares the stand-in
        }
    }

    @Test
    void a_list_downloads_byte_for_byte_and_twice_the_same_under_a_name_with_the_list_and_the_date() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/figures/lists?asAt=2026-11-30", "manager");
            WebElement link = browser.waitFor(By.partialLinkText("Ofsted Annex A: missing episodes"));
            browser.assertAccessible();
            browser.screenshot("lists");
            String cookie = browser.driver().manage().getCookieNamed("LANTERN_CONSOLE").getValue();
            HttpRequest get = HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                    .header("Cookie", "LANTERN_CONSOLE=" + cookie).build();
            HttpResponse<byte[]> first = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> second = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofByteArray());

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).isEqualTo("Child id,Gender,Ethnicity\r\nLA-1001,F,WBRI\r\nLA-1002,M,MWBC\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(first.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"ofsted-missing-episodes-as-at-2026-11-30.csv\"");
            assertThat(reporting.received()).filteredOn(r -> r.pathAndQuery().startsWith("/lists/"))
                    .allSatisfy(r -> {
                        assertThat(r.username()).isEqualTo("manager");
                        assertThat(r.purpose()).startsWith("Statutory return");
                    });
        }
    }

    /**
     * Today is not over: the lists page for today says so, and its links ask for the lists as Lantern knew them when
     * the page was drawn, so two downloads from the page are the same file even while records arrive.
     */
    @Test
    void todays_lists_are_pinned_to_when_the_page_was_drawn_so_two_downloads_are_the_same_file() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/figures/lists?asAt=" + today, "manager");
            assertThat(browser.waitFor(By.cssSelector("main .notice")).getText()).startsWith("Today is not over.");
            browser.assertAccessible();
            String href = browser.driver().findElement(By.partialLinkText("Ofsted Annex A: missing episodes"))
                    .getAttribute("href");
            String pinned = java.net.URLDecoder.decode(href.substring(href.indexOf("asAt=") + 5),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(java.time.Instant.parse(pinned)).as("an instant, not the date")
                    .isBetween(java.time.Instant.now().minusSeconds(120), java.time.Instant.now());
            reporting.answer("GET /lists/ofsted-missing-episodes?asAt=" + pinned + "&format=csv",
                    new Answer(200, "text/csv", "Child id\r\nLA-1003\r\n"));
            String cookie = browser.driver().manage().getCookieNamed("LANTERN_CONSOLE").getValue();
            HttpRequest get = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "LANTERN_CONSOLE=" + cookie)
                    .build();
            HttpResponse<byte[]> first = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> second = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(first.statusCode()).as(new String(first.body())).isEqualTo(200);
            assertThat(second.body()).isEqualTo(first.body()).isEqualTo("Child id\r\nLA-1003\r\n".getBytes());
            assertThat(first.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"ofsted-missing-episodes-as-at-" + today + ".csv\"");
        }
    }

    @Test
    void an_analyst_sees_the_figures_but_no_lists() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/figures?from=" + FIRST + "&to=" + LAST, "analyst");
            browser.waitFor(By.id("missing-episodes"));
            assertThat(browser.driver().findElements(By.partialLinkText("Statutory lists"))).isEmpty();

            browser.driver().get(console.url() + "/figures/lists");
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("You do not have a reason to see this");
            browser.driver().get(console.url() + "/figures/lists/ofsted-missing-episodes.csv?asAt=2026-11-30");
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("You do not have a reason to see this");
            assertThat(reporting.received()).filteredOn(r -> "analyst".equals(r.username()))
                    .noneMatch(r -> r.pathAndQuery().startsWith("/lists/"));
        }
    }

    /** Tab, and only Tab, until the element has the focus. */
    static final class Keyboard {
        static WebElement tabTo(Browser browser, WebElement wanted) {
            for (int i = 0; i < 200; i++) {
                if (browser.driver().switchTo().activeElement().equals(wanted)) {
                    return wanted;
                }
                browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            }
            throw new AssertionError("Tab never reached " + wanted);
        }
    }
}
