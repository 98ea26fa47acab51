package uk.lantern.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import uk.lantern.console.backend.Service;
import uk.lantern.console.browser.Browser;
import uk.lantern.console.browser.ConsoleUnderTest;
import uk.lantern.console.browser.StandInService;
import uk.lantern.console.browser.StandInService.Answer;

/**
 * The alerts board, an alert's page and the daily review in Chromium, on a stand-in correlation service answering in
 * the shape of its API ({@code AlertWork.Page}, {@code AlertView}, {@code ProfileQueries.Movements}).
 */
class AlertsBoardBrowserIT {

    static final Instant NOW = Instant.now();
    static final String OPEN = "GET /alerts?status=OPEN&size=500&sort=urgency";
    static final String ESCALATED = "GET /alerts?status=ESCALATED&size=500&sort=urgency";

    private static ConsoleUnderTest console;

    @BeforeAll
    static void start() {
        console = ConsoleUnderTest.start();
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    StandInService correlation() {
        return console.service(Service.CORRELATION);
    }

    static String alert(String id, String code, String severity, String status, String child, String summary,
                        Duration waited, String extra) {
        Instant published = NOW.minus(waited);
        return """
                {"alertId":"%s","code":"%s","severity":"%s","status":"%s","childId":"%s","relatedChildId":null,
                 "relatedChildIds":[],"summary":"%s","evidence":["ev-%s-1","ev-%s-2"],"actors":["MISSING_COORDINATOR"],
                 "raisedAt":"%s","dueBy":"%s","publishedAt":"%s","escalatedAt":null,"acknowledgedAt":null,
                 "acknowledgedBy":null,"assignedTo":null,"assignedBy":null,"assignedAt":null,"resolvedAt":null,
                 "resolvedBy":null,"resolutionNote":null,"clearedAt":null,"clearReason":null%s}"""
                .formatted(id, code, severity, status, child, summary, id, id, published.minusSeconds(60), published
                        .plus(Duration.ofHours(4)), published, extra);
    }

    static String page(String... alerts) {
        return "{\"alerts\":[" + String.join(",", alerts) + "],\"page\":0,\"size\":500,\"total\":" + alerts.length + "}";
    }

    /** Who an alert is about, as the correlation service reads it from the child's profile: id, name, age, area. */
    static String about(String childId, String name, int age, String area) {
        return ",\"child\":{\"childId\":\"%s\",\"name\":\"%s\",\"age\":%d},\"area\":\"%s\""
                .formatted(childId, name, age, area);
    }

    static final String AMELIA = alert("a-amelia", "MISSING_WITH_EXPLOITATION_RISK", "URGENT", "OPEN", "child-amelia",
            "Missing from care while exploitation risk is significant", Duration.ofMinutes(20),
            about("child-amelia", "Amelia Jones", 14, "Central"));
    static final String KAI = alert("a-kai", "RHI_OVERDUE", "HIGH", "ESCALATED", "child-kai",
            "Returned 3 days ago with no return interview carried out", Duration.ofHours(6),
            ",\"escalatedAt\":\"" + NOW.minus(Duration.ofHours(2)) + "\",\"escalationLevel\":2,"
                    + "\"escalatedTo\":\"the missing team manager\"" + about("child-kai", "Kai Brown", 14, "North"));
    static final String ZOE = alert("a-zoe", "SCREENING_GAP", "MEDIUM", "OPEN", "child-zoe",
            "Missing 3 times with no exploitation screening", Duration.ofDays(2),
            ",\"allocatedWorker\":{\"name\":\"Sam Patel\",\"team\":\"North\"}"
                    + about("child-zoe", "Zoe Smith", 15, "Area not known"));
    static final String SIMON = alert("a-simon", "RHI_OVERDUE", "URGENT", "OPEN", "child-simon",
            "Returned 4 days ago with no return interview carried out", Duration.ofHours(30),
            about("child-simon", "Simon Ahmed", 13, "South"));
    static final String AREAS = """
            [{"name":"Central","postcodeDistricts":["PE1"]},{"name":"North","postcodeDistricts":["PE4","PE6"]},
             {"name":"West","postcodeDistricts":["PE3"]},{"name":"South","postcodeDistricts":["PE2","PE7"]}]""";

    @BeforeEach
    void standIn() {
        correlation().forget();
        correlation().answer(OPEN, Answer.json(page(ZOE, AMELIA, SIMON)))
                .answer(ESCALATED, Answer.json(page(KAI)))
                .answer("GET /alerts/a-kai", Answer.json(KAI))
                .answer("GET /alerts/a-amelia", Answer.json(AMELIA))
                .answer("GET /alerts/areas", Answer.json(AREAS));
    }

    @Test
    void the_board_lists_open_and_escalated_alerts_most_urgent_first_in_words_as_the_coordinator() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts", "coordinator");

            WebDriver page = browser.driver();
            assertThat(page.findElements(By.cssSelector("table.alerts tbody tr")))
                    .extracting(r -> r.getAttribute("id"))
                    .containsExactly("alert-a-simon", "alert-a-amelia", "alert-a-kai", "alert-a-zoe");
            String kai = page.findElement(By.id("alert-a-kai")).getText();
            assertThat(page.findElement(By.cssSelector("#alert-a-kai th.found a")).getText())
                    .isEqualTo("Kai Brown, 14 — returned 3 days ago with no return interview carried out");
            assertThat(kai).contains("Area: North");
            assertThat(kai).contains("High", "Return interview overdue", "Escalated",
                    "Escalated to the missing team manager, 2 hours ago (step 2)", "6 hours");
            assertThat(page.findElement(By.cssSelector(".counts")).getText()).contains("4 alerts: 2 urgent, 1 high, 1 medium");
            assertThat(page.findElements(By.id("more-alerts"))).as("all that match are shown").isEmpty();
            assertThat(page.findElement(By.cssSelector("#alert-a-zoe a.child-link")).getAttribute("href"))
                    .endsWith("/children/child-zoe");
            assertThat(correlation().received()).filteredOn(r -> r.pathAndQuery().startsWith("/alerts?"))
                    .allSatisfy(r -> {
                        assertThat(r.username()).isEqualTo("coordinator");
                        assertThat(r.purpose()).isNotBlank();
                    });
            browser.assertAccessible();
            browser.screenshot("alerts-board");
        }
    }

    @Test
    void when_more_alerts_match_than_a_page_holds_the_board_says_so_and_shows_the_most_urgent() {
        // the service's page of open alerts is its most urgent 500 (sort=urgency); 1,234 match
        correlation().answer(OPEN, Answer.json(page(AMELIA, SIMON).replaceFirst("\"total\":2", "\"total\":1234")));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts", "coordinator");
            WebDriver page = browser.driver();
            assertThat(browser.waitFor(By.id("more-alerts")).getText()).isEqualTo("More alerts match than the board "
                    + "holds (1,235): it shows the most urgent 500 of each status. Choose a pattern, severity or area "
                    + "to see the others.");
            assertThat(correlation().received()).filteredOn(r -> r.pathAndQuery().startsWith("/alerts?status="))
                    .allSatisfy(r -> assertThat(r.pathAndQuery()).contains("sort=urgency"));
            browser.assertAccessible();
        }
    }

    @Test
    void the_filters_are_a_bookmarkable_form_passed_on_to_the_correlation_service() {
        correlation().answer("GET /alerts?severity=URGENT&status=OPEN&size=500&sort=urgency", Answer.json(page(AMELIA, SIMON)))
                .answer("GET /alerts?severity=URGENT&status=ASSIGNED&size=500&sort=urgency", Answer.json(page()));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts", "coordinator");
            WebDriver page = browser.driver();
            new Select(page.findElement(By.id("severity"))).selectByVisibleText("Urgent");
            page.findElement(By.id("status-ESCALATED")).click();
            page.findElement(By.id("status-ASSIGNED")).click();
            page.findElement(By.cssSelector("#filters button[type=submit]")).click();
            browser.waitFor(By.id("alert-rows"));

            assertThat(page.getCurrentUrl()).contains("severity=URGENT").contains("status=OPEN")
                    .contains("status=ASSIGNED").doesNotContain("status=ESCALATED");
            assertThat(page.findElements(By.cssSelector("table.alerts tbody tr"))).extracting(r -> r.getAttribute("id"))
                    .containsExactly("alert-a-simon", "alert-a-amelia");
            assertThat(new Select(page.findElement(By.id("severity"))).getFirstSelectedOption().getText())
                    .isEqualTo("Urgent");

            page.get(console.url() + "/alerts?team=north");
            assertThat(page.findElements(By.cssSelector("table.alerts tbody tr"))).extracting(r -> r.getAttribute("id"))
                    .containsExactly("alert-a-zoe");
        }
    }

    @Test
    void the_board_is_filtered_by_area_with_the_keyboard_alone() {
        correlation().answer("GET /alerts?area=North&status=OPEN&size=500&sort=urgency", Answer.json(page()))
                .answer("GET /alerts?area=North&status=ESCALATED&size=500&sort=urgency", Answer.json(page(KAI)));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts", "coordinator");
            WebDriver page = browser.driver();
            assertThat(new Select(page.findElement(By.id("area"))).getOptions()).extracting(WebElement::getText)
                    .containsExactly("Any area", "Central", "North", "West", "South", "Area not known");

            tabTo(page, "area");
            new Actions(page).sendKeys("North").perform(); // a closed select chooses by the letters typed
            assertThat(new Select(page.findElement(By.id("area"))).getFirstSelectedOption().getText())
                    .isEqualTo("North");
            new Actions(page).sendKeys(Keys.TAB).perform(); // to the team's box, where Enter sends the form
            new Actions(page).sendKeys(Keys.ENTER).perform();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> page.getCurrentUrl().contains("area=North"));
            browser.waitFor(By.id("alert-rows"));

            assertThat(page.findElements(By.cssSelector("table.alerts tbody tr"))).extracting(r -> r.getAttribute("id"))
                    .containsExactly("alert-a-kai");
            assertThat(new Select(page.findElement(By.id("area"))).getFirstSelectedOption().getText())
                    .isEqualTo("North");
            assertThat(correlation().received()).filteredOn(r -> r.pathAndQuery().startsWith("/alerts?area="))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.username()).isEqualTo("coordinator"));
            browser.assertAccessible();
            browser.screenshot("alerts-board-area");
        }
    }

    @Test
    void the_alerts_of_children_whose_area_is_not_known_are_found_with_the_keyboard_alone() {
        correlation().answer("GET /alerts?area=Area%20not%20known&status=OPEN&size=500&sort=urgency", Answer.json(page(ZOE)))
                .answer("GET /alerts?area=Area%20not%20known&status=ESCALATED&size=500&sort=urgency", Answer.json(page()));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts", "coordinator");
            WebDriver page = browser.driver();

            tabTo(page, "area");
            new Actions(page).sendKeys("Area not known").perform();
            assertThat(new Select(page.findElement(By.id("area"))).getFirstSelectedOption().getText())
                    .isEqualTo("Area not known");
            new Actions(page).sendKeys(Keys.TAB).perform();
            new Actions(page).sendKeys(Keys.ENTER).perform();
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> page.getCurrentUrl().contains("area=Area+not+known"));
            browser.waitFor(By.id("alert-rows"));

            assertThat(page.findElements(By.cssSelector("table.alerts tbody tr"))).extracting(r -> r.getAttribute("id"))
                    .containsExactly("alert-a-zoe");
            assertThat(page.findElement(By.id("alert-a-zoe")).getText()).contains("Area not known").doesNotContain("Area: Area");
            assertThat(new Select(page.findElement(By.id("area"))).getFirstSelectedOption().getText())
                    .isEqualTo("Area not known");
            assertThat(correlation().received()).extracting(StandInService.Received::pathAndQuery)
                    .contains("/alerts?area=Area%20not%20known&status=OPEN&size=500&sort=urgency",
                            "/alerts?area=Area%20not%20known&status=ESCALATED&size=500&sort=urgency");
            browser.assertAccessible();
        }
    }

    /** Leah and Jay, the other children a shared adult links Kai to, as the service names them from their profiles. */
    static final String SHARED = alert("a-shared", "SHARED_ASSOCIATE", "MEDIUM", "OPEN", "child-kai",
            "Seen with the same associate (Dean Marsh, 07700 900123) as Leah Smith (13) and Jay Jones (15), "
                    + "on 20 Nov 2026", Duration.ofHours(3), about("child-kai", "Kai Brown", 14, "North")
                    + ",\"relatedChildren\":[{\"childId\":\"child-leah\",\"name\":\"Leah Smith\",\"age\":13},"
                    + "{\"childId\":\"child-jay\",\"name\":\"Jay Jones\",\"age\":15}]")
            .replace("\"relatedChildIds\":[]", "\"relatedChildIds\":[\"child-leah\",\"child-jay\"]");

    @Test
    void a_shared_adults_alert_names_the_other_children_and_links_each_childs_page_reached_with_the_keyboard() {
        correlation().answer(OPEN, Answer.json(page(SHARED, AMELIA)))
                .answer("GET /alerts/a-shared", Answer.json(SHARED));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts", "coordinator");
            WebDriver page = browser.driver();
            assertThat(page.findElement(By.cssSelector("#alert-a-shared th.found a")).getText())
                    .isEqualTo("Kai Brown, 14 — seen with the same associate (Dean Marsh, 07700 900123) as "
                            + "Leah Smith (13) and Jay Jones (15), on 20 Nov 2026");
            assertThat(page.findElement(By.cssSelector("#alert-a-shared .other-children")).getText())
                    .startsWith("Other children: Leah Smith, 13").contains("and Jay Jones, 15");
            assertThat(page.findElements(By.cssSelector("#alert-a-shared .other-children a")))
                    .extracting(a -> a.getAttribute("href"), a -> a.getAttribute("textContent"))
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(console.url() + "/children/child-leah",
                                    "Leah Smith, 13: child's page"),
                            org.assertj.core.groups.Tuple.tuple(console.url() + "/children/child-jay",
                                    "Jay Jones, 15: child's page"));
            browser.assertAccessible();
            browser.screenshot("alerts-board-shared");

            page.get(console.url() + "/alerts/a-shared");
            assertThat(page.findElement(By.tagName("h1")).getText()).contains("as Leah Smith (13) and Jay Jones (15)");
            assertThat(page.findElement(By.cssSelector(".summary-list")).getText()).contains("The other children")
                    .contains("Leah Smith, 13").contains("Jay Jones, 15");
            browser.assertAccessible();
            browser.screenshot("alert-shared");

            WebElement focused = null;
            for (int i = 0; i < 60; i++) {
                new Actions(page).sendKeys(Keys.TAB).perform();
                focused = page.switchTo().activeElement();
                if (String.valueOf(focused.getAttribute("href")).endsWith("/children/child-jay")) {
                    break;
                }
            }
            assertThat(focused.getText()).startsWith("Jay Jones, 15");
            new Actions(page).sendKeys(Keys.ENTER).perform();
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> page.getCurrentUrl().endsWith("/children/child-jay"));
        }
    }

    @Test
    void the_alerts_page_names_the_child_first_and_who_acknowledged_it_by_name() {
        Instant acknowledgedAt = NOW.minus(Duration.ofMinutes(30));
        String acknowledged = KAI.replace("\"status\":\"ESCALATED\"", "\"status\":\"ACKNOWLEDGED\"")
                .replace("\"acknowledgedAt\":null", "\"acknowledgedAt\":\"" + acknowledgedAt + "\"")
                .replace("\"acknowledgedBy\":null", "\"acknowledgedBy\":\"coordinator\","
                        + "\"acknowledgedByName\":\"Amira Khan\"");
        String same = alert("a-same", "POSSIBLE_SAME_CHILD", "MEDIUM", "OPEN", "child-kai",
                "Kai Brown (14) and Kay Brown (14) may be the same child (score 9.3): below link threshold",
                Duration.ofHours(1), about("child-kai", "Kai Brown", 14, "North")
                        + ",\"relatedChild\":{\"childId\":\"child-kay\",\"name\":\"Kay Brown\",\"age\":14}")
                .replace("\"relatedChildId\":null", "\"relatedChildId\":\"child-kay\"");
        correlation().answer("GET /alerts/a-kai", Answer.json(acknowledged))
                .answer("GET /alerts/a-same", Answer.json(same));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts/a-kai", "coordinator");
            WebDriver page = browser.driver();
            String clock = Words.at(acknowledgedAt, Instant.now());
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Kai Brown, 14 — returned 3 days ago with no return interview carried out");
            assertThat(page.findElement(By.cssSelector(".summary-list")).getText())
                    .contains("Kai Brown, 14", "North", "by Amira Khan at " + clock);
            assertThat(page.findElements(By.cssSelector("table tbody tr"))).extracting(WebElement::getText)
                    .anySatisfy(step -> assertThat(step).endsWith("Acknowledged by Amira Khan"));
            browser.assertAccessible();
            browser.screenshot("alert-named");

            page.get(console.url() + "/alerts/a-same");
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Kai Brown (14) and Kay Brown (14) may be the same child (score 9.3): below link threshold");
            assertThat(page.findElement(By.cssSelector(".summary-list")).getText()).contains("The other child")
                    .contains("Kay Brown, 14");
            assertThat(page.findElement(By.cssSelector("a[href$='/children/child-kay']")).getText())
                    .contains("Open the other child's page");
            browser.assertAccessible();
        }
    }

    @Test
    void an_alert_is_acknowledged_from_the_board_with_the_keyboard_alone() {
        correlation().answer("POST /alerts/a-amelia/acknowledge", Answer.json(AMELIA.replace("\"status\":\"OPEN\"",
                "\"status\":\"ACKNOWLEDGED\"")));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts", "coordinator");
            WebDriver page = browser.driver();
            correlation().answer(OPEN, Answer.json(page(ZOE, SIMON))); // what the service answers once it is done

            tabTo(page, "acknowledge-a-amelia");
            new Actions(page).sendKeys(Keys.ENTER).perform();
            browser.waitFor(By.cssSelector(".done"));

            assertThat(page.findElement(By.cssSelector(".done")).getText()).isEqualTo("You acknowledged the alert.");
            assertThat(page.getCurrentUrl()).contains("/alerts?status=OPEN&status=ESCALATED");
            assertThat(page.findElements(By.id("alert-a-amelia"))).isEmpty();
            assertThat(correlation().received()).filteredOn(r -> r.method().equals("POST")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.pathAndQuery()).isEqualTo("/alerts/a-amelia/acknowledge");
                        assertThat(r.username()).isEqualTo("coordinator");
                    });
            browser.assertAccessible();
        }
    }

    @Test
    void an_alert_is_assigned_to_a_team_and_resolved_with_an_outcome_from_its_page() {
        String assigned = KAI.replace("\"status\":\"ESCALATED\"", "\"status\":\"ASSIGNED\"")
                .replace("\"assignedTo\":null", "\"assignedTo\":\"Exploitation team\",\"assignee\":\"TEAM\"")
                .replace("\"assignedAt\":null", "\"assignedAt\":\"" + NOW + "\"");
        correlation().answer("POST /alerts/a-kai/assign", Answer.json(assigned));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts/a-kai", "coordinator");
            WebDriver page = browser.driver();
            assertThat(page.findElement(By.cssSelector(".escalation-panel")).getText())
                    .contains("Escalated to the missing team manager, 2 hours ago");
            browser.assertAccessible();

            correlation().answer("GET /alerts/a-kai", Answer.json(assigned));
            page.findElement(By.id("assign-assignee")).click();
            page.findElement(By.id("assign-to")).sendKeys("Exploitation team");
            page.findElement(By.cssSelector("form[action$='/assign'] button")).click();
            browser.waitFor(By.cssSelector(".done"));
            assertThat(page.findElement(By.cssSelector(".done")).getText())
                    .isEqualTo("You gave the alert to Exploitation team.");
            assertThat(page.findElement(By.cssSelector(".summary-list")).getText()).contains("Exploitation team (team)");
            assertThat(correlation().received()).filteredOn(r -> r.method().equals("POST")).singleElement()
                    .satisfies(r -> assertThat(r.body()).contains("\"to\":\"Exploitation team\"")
                            .contains("\"assignee\":\"TEAM\""));

            // the service names the field at fault: shown next to it
            correlation().answer("POST /alerts/a-kai/resolve", new Answer(400, "application/problem+json",
                    "{\"title\":\"The request is not valid\",\"status\":400,\"detail\":\"note: must not be longer\","
                            + "\"errors\":[{\"field\":\"note\",\"reason\":\"must be at most 2000 characters\"}]}"));
            new Select(page.findElement(By.id("resolve-outcome"))).selectByVisibleText("Referred to another service");
            page.findElement(By.id("resolve-note")).sendKeys("Passed to the exploitation team");
            page.findElement(By.cssSelector("form[action$='/resolve'] button")).click();
            browser.waitFor(By.id("resolve-note-error"));
            assertThat(page.findElement(By.id("resolve-note-error")).getText())
                    .contains("must be at most 2000 characters");
            assertThat(page.findElement(By.id("resolve-note")).getAttribute("aria-describedby"))
                    .contains("resolve-note-error");
            assertThat(page.findElement(By.id("resolve-note")).getAttribute("value"))
                    .isEqualTo("Passed to the exploitation team");
            browser.assertAccessible();

            String resolved = assigned.replace("\"status\":\"ASSIGNED\"", "\"status\":\"RESOLVED\"")
                    .replace("\"resolvedAt\":null", "\"resolvedAt\":\"" + NOW + "\",\"outcome\":\"REFERRED\"")
                    .replace("\"resolvedBy\":null", "\"resolvedBy\":\"coordinator\"");
            correlation().answer("POST /alerts/a-kai/resolve", Answer.json(resolved))
                    .answer("GET /alerts/a-kai", Answer.json(resolved));
            page.findElement(By.cssSelector("form[action$='/resolve'] button")).click();
            browser.waitFor(By.cssSelector(".done"));
            assertThat(page.findElement(By.cssSelector(".done")).getText())
                    .isEqualTo("You resolved the alert: Referred to another service.");
            assertThat(page.findElement(By.cssSelector(".summary-list")).getText()).contains("Resolved")
                    .contains("Referred to another service");
            assertThat(correlation().received()).filteredOn(r -> r.pathAndQuery().endsWith("/resolve")).last()
                    .satisfies(r -> assertThat(r.body()).contains("\"outcome\":\"REFERRED\"")
                            .contains("\"note\":\"Passed to the exploitation team\""));
        }
    }

    @Test
    void a_refusal_is_shown_in_words_next_to_the_form() {
        correlation().answer("POST /alerts/a-amelia/acknowledge", Answer.problem(403, "Forbidden",
                "missing-coordinator of another authority has no reason to act on this alert"));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts/a-amelia", "coordinator");
            WebDriver page = browser.driver();
            page.findElement(By.id("acknowledge-by")).click();
            browser.waitFor(By.cssSelector(".error-summary"));

            assertThat(page.findElement(By.cssSelector(".error-summary")).getText())
                    .contains("The correlation service refused: you do not have a reason to do this")
                    .contains("has no reason to act on this alert");
            assertThat(page.findElement(By.id("acknowledge-error")).getText()).contains("has no reason");
            browser.assertAccessible();
        }
    }

    @Test
    void the_daily_review_lists_who_went_missing_or_came_back_since_nine_yesterday_and_what_is_owed() {
        ZoneId london = ZoneId.of("Europe/London");
        Instant since = LocalDate.now(london).minusDays(1).atTime(LocalTime.of(9, 0)).atZone(london).toInstant();
        Instant wentAt = since.plus(Duration.ofHours(13));
        Instant backAt = since.minus(Duration.ofHours(80));
        correlation().answer("GET /children/movements?since=" + since, Answer.json("""
                {"since":"%s","more":false,"children":[
                 {"childId":"child-kai","names":["Kai Brown"],"missingNow":false,"episodes":[
                   {"episodeId":"e1","context":"MISSING_FROM_HOME","start":"%s","returnedAt":"%s","wentMissing":false,
                    "cameBack":true,"closed":false,"interviewStatus":"AWAITING_OFFER"}]},
                 {"childId":"child-amelia","names":["Amelia Jones"],"missingNow":true,"episodes":[
                   {"episodeId":"e2","context":"MISSING_FROM_CARE","start":"%s","returnedAt":null,"wentMissing":true,
                    "cameBack":false,"closed":false,"interviewStatus":"NOT_DUE"}]}]}"""
                .formatted(since, backAt.minus(Duration.ofHours(5)), since.plus(Duration.ofHours(1)), wentAt)))
                .answer("GET /alerts?childId=child-kai&size=500", Answer.json(page(KAI)))
                .answer("GET /alerts?childId=child-amelia&size=500", Answer.json(page(AMELIA)));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/alerts/daily-review", "coordinator");
            WebDriver page = browser.driver();

            assertThat(page.findElements(By.cssSelector("table.review tbody tr"))).extracting(WebElement::getText)
                    .satisfiesExactly(
                            amelia -> assertThat(amelia).contains("Amelia Jones", "Missing now", "Went missing",
                                    "Due once the child is back", "Urgent"),
                            kai -> assertThat(kai).contains("Kai Brown", "Came back", "Not yet offered", "due by",
                                    "Returned 3 days ago"));
            assertThat(page.findElement(By.id("since")).getAttribute("value"))
                    .isEqualTo(LocalDate.now(london).minusDays(1) + "T09:00");
            assertThat(correlation().received()).filteredOn(r -> r.pathAndQuery().startsWith("/children/movements"))
                    .singleElement().satisfies(r -> assertThat(r.purpose()).contains("Daily missing review"));
            browser.assertAccessible();
            browser.screenshot("daily-review");

            page.get(console.url() + "/alerts/daily-review?since=yesterday");
            assertThat(page.findElement(By.id("since-error")).getText()).contains("Enter the start of the review");
            browser.assertAccessible();
        }
    }

    /** Presses Tab until the element with this id has the focus (at most 60 times), as a keyboard user would. */
    static void tabTo(WebDriver page, String id) {
        WebElement focused = null;
        for (int i = 0; i < 60; i++) {
            new Actions(page).sendKeys(Keys.TAB).perform();
            focused = page.switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                break;
            }
        }
        assertThat(focused.getAttribute("id")).isEqualTo(id);
    }
}
