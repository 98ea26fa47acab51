package uk.lantern.console.mace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.console.backend.Service;
import uk.lantern.console.browser.Browser;
import uk.lantern.console.browser.ConsoleUnderTest;
import uk.lantern.console.browser.StandInService;
import uk.lantern.console.browser.StandInService.Answer;

/**
 * MACE at the table, in a real browser against a stand-in MACE service answering in the shape of mace-service's
 * API: the meetings upcoming first, a meeting's agenda with the reasons and drift where it is, a decision and an
 * action recorded with the keyboard alone and sent with the member's own token, an action marked done, a refusal
 * shown beside the form with what was typed kept, a coordinator reading without forms, the PDF proxied byte for byte.
 */
class MaceBrowserIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.now();
    static ConsoleUnderTest console;
    static StandInService mace;

    @BeforeAll
    static void start() {
        console = ConsoleUnderTest.start();
        mace = console.service(Service.MACE);
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @BeforeEach
    void answers() {
        mace.forget();
        mace.answer("GET /meetings?page=0&size=50", Answer.json("""
                [{"id": "m-old", "heldOn": "%s", "chair": "DI Rachel Stone (police)", "status": "CLOSED", "quorate": true,
                  "childrenOnAgenda": 4, "childrenDiscussed": 4},
                 {"id": "m1", "heldOn": "%s", "chair": "DI Rachel Stone (police)", "status": "OPEN", "quorate": true,
                  "childrenOnAgenda": 2, "childrenDiscussed": 0},
                 {"id": "m-next", "heldOn": "%s", "chair": "DI Rachel Stone (police)", "status": "SCHEDULED",
                  "childrenOnAgenda": 0, "childrenDiscussed": 0}]""".formatted(TODAY.minusDays(28), TODAY, TODAY.plusDays(28))));
        mace.answer("GET /meetings/m1", Answer.json("{\"id\": \"m1\", \"version\": 3, \"meeting\": " + meeting() + "}"));
        mace.answer("GET /actions?childId=c-amelia", Answer.json("""
                [{"id": "a1", "meetingId": "m-old", "childId": "c-amelia", "what": "Strategy discussion",
                  "owner": {"name": "Sam Okafor", "agency": "SOCIAL_CARE"}, "dueOn": "%s", "status": "OPEN",
                  "agreedAt": "2026-10-08T10:00:00Z", "carriedOverTo": ["m1"]}]""".formatted(TODAY.minusDays(21))));
        mace.answer("GET /actions?childId=c-jay", Answer.json("[]"));
        mace.answer("POST /meetings/m1/discussions", Answer.json("{\"id\": \"m1\", \"version\": 4, \"meeting\": "
                + meeting() + ", \"actionsAgreed\": []}"));
        mace.answer("POST /actions/a1/completion", Answer.json("""
                {"id": "a1", "version": 2, "childId": "c-amelia", "action": {"id": "a1", "status": "DONE"}}"""));
        mace.answer("GET /meetings/m1/agenda.pdf", new Answer(200, "application/pdf", "%PDF-1.4 agenda of m1 %%EOF"));
    }

    static String meeting() {
        return """
                {"id": "m1", "heldOn": "%s", "chair": {"name": "DI Rachel Stone", "agency": "POLICE"}, "status": "OPEN",
                 "attendees": [{"name": "DI Rachel Stone", "agency": "POLICE"}, {"name": "Sam Okafor", "agency": "SOCIAL_CARE"},
                               {"name": "Nurse Lee", "agency": "HEALTH"}],
                 "apologies": [{"name": "Ms Reid", "agency": "EDUCATION"}],
                 "quorate": true, "quorum": "Quorate: 3 agencies present", "scheduledAt": "2026-11-01T09:00:00Z",
                 "openedAt": "2026-12-10T10:00:00Z",
                 "nominations": [{"childId": "c-jay", "agency": "EDUCATION", "reason": "Seen getting into cars after school",
                                  "nominatedBy": "Ms Reid", "nominatedAt": "2026-11-20T09:00:00Z",
                                  "allocatedWorker": {"name": "Priya Das", "team": "Children in Need 1"}}],
                 "agenda": [
                   {"position": 1, "childId": "c-amelia", "childName": "Amelia Jones",
                    "reasons": ["HIGH_MACE_SCORE", "ACTION_DUE", "RISK_NOT_FALLEN"],
                    "why": [{"reason": "HIGH_MACE_SCORE", "words": "MACE score 85 (threshold 50)"},
                            {"reason": "ACTION_DUE", "words": "1 action due or overdue"},
                            {"reason": "RISK_NOT_FALLEN", "words": "Discussed last time at category 4 significant; risk has not fallen"}],
                    "drift": [{"drift": "ACTION_OVERDUE", "actionId": "a1",
                               "words": "Action \\"Strategy discussion\\" (Sam Okafor (social care)) was due on %s: 21 days overdue"},
                              {"drift": "NO_CHANGE_IN_RISK", "words": "Discussed at 3 meetings with no change in risk (4 significant)"}],
                    "whatIsNew": ["1 new missing episode since the last meeting"],
                    "actions": [{"actionId": "a1", "meetingId": "m-old", "childId": "c-amelia", "what": "Strategy discussion",
                                 "owner": {"name": "Sam Okafor", "agency": "SOCIAL_CARE"}, "dueOn": "%s", "timesCarriedOver": 1}],
                    "seen": {"childId": "c-amelia", "profileVersion": 7, "givenName": "Amelia", "familyName": "Jones",
                             "dateOfBirth": "2011-05-01", "maceScore": 85, "openFlags": ["REPEAT_MISSING"], "category": "SIGNIFICANT"}},
                   {"position": 2, "childId": "c-jay", "childName": "Jay Jones", "reasons": ["NOMINATED"],
                    "why": [{"reason": "NOMINATED", "words": "Nominated by education: Seen getting into cars after school"}],
                    "drift": [], "whatIsNew": [], "actions": [],
                    "seen": {"childId": "c-jay", "profileVersion": 2, "givenName": "Jay", "familyName": "Jones",
                             "maceScore": 10}}],
                 "discussions": []}""".formatted(TODAY, TODAY.minusDays(21), TODAY.minusDays(21));
    }

    @Test
    void a_member_records_the_panels_decision_and_an_action_and_marks_an_action_done_with_the_keyboard_alone() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/mace", "mace");
            String list = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(list.indexOf("Coming up")).isLessThan(list.indexOf("Held"));
            List<WebElement> upcoming = browser.driver().findElements(By.cssSelector("table.meetings:first-of-type tbody th a"));
            assertThat(upcoming).hasSize(2);
            assertThat(upcoming.get(0).getAttribute("href")).endsWith("/mace/meetings/m1");
            browser.assertAccessible();
            browser.screenshot("mace-meetings");

            WebElement link = tabTo(browser, By.cssSelector("a[href$='/mace/meetings/m1']"));
            link.sendKeys(Keys.ENTER);
            browser.waitFor(By.id("agenda"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("MACE meeting, ");
            String drift = browser.driver().findElement(By.id("drift")).getText();
            assertThat(drift).contains("Drift to challenge (2)", "1. Amelia Jones", "Action overdue",
                    "21 days overdue", "No change in risk");
            String amelia = browser.driver().findElement(By.id("child-1")).getText();
            assertThat(amelia).contains("MACE score 85 (threshold 50)", "1 new missing episode since the last meeting",
                    "Overdue", "Strategy discussion", "4 – significant");
            assertThat(browser.driver().findElement(By.id("child-2")).getText())
                    .contains("Nominated by education: Seen getting into cars after school");
            browser.assertAccessible();
            browser.screenshot("mace-meeting");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('drift').scrollIntoView()");
            browser.screenshot("mace-drift");

            // Jay: the panel agrees 2 mild (never assessed), with one action, keyboard only
            tabTo(browser, By.id("child-2-cat-NOT_AT_RISK"));
            active(browser).sendKeys(Keys.ARROW_DOWN);
            assertThat(browser.driver().findElement(By.id("child-2-cat-MILD")).isSelected()).isTrue();
            tabTo(browser, By.id("child-2-decision")).sendKeys("Monitor through school; refer to the youth worker");
            tabTo(browser, By.id("child-2-a1-what")).sendKeys("Referral to the detached youth work team");
            active(browser).sendKeys(Keys.TAB, "Ms Reid", Keys.TAB, "E", Keys.TAB, TODAY.plusDays(14).format(
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            tabTo(browser, By.xpath("//button[text()='Record the decision for Jay Jones']")).sendKeys(Keys.ENTER);

            await().atMost(Duration.ofSeconds(10)).until(() -> posted("/meetings/m1/discussions") != null);
            StandInService.Received discussion = posted("/meetings/m1/discussions");
            assertThat(discussion.username()).isEqualTo("mace");
            JsonNode body = JSON.readTree(discussion.body());
            assertThat(body.path("childId").asString()).isEqualTo("c-jay");
            assertThat(body.path("agreedCategory").asString()).isEqualTo("MILD");
            assertThat(body.path("decision").asString()).isEqualTo("Monitor through school; refer to the youth worker");
            assertThat(body.has("allocatedWorker")).isFalse();
            JsonNode action = body.path("actions").get(0);
            assertThat(action.path("what").asString()).isEqualTo("Referral to the detached youth work team");
            assertThat(action.path("owner").path("name").asString()).isEqualTo("Ms Reid");
            assertThat(action.path("owner").path("agency").asString()).isEqualTo("EDUCATION");
            assertThat(action.path("dueOn").asString()).isEqualTo(TODAY.plusDays(14).toString());
            browser.waitFor(By.id("agenda"));

            // Amelia's overdue action is done, with evidence, keyboard only
            tabTo(browser, By.cssSelector("#form-done-a1 summary")).sendKeys(Keys.ENTER);
            tabTo(browser, By.id("evidence-a1")).sendKeys("Strategy discussion held; plan on the child's record");
            tabTo(browser, By.xpath("//button[text()='Mark as done']")).sendKeys(Keys.ENTER);
            await().atMost(Duration.ofSeconds(10)).until(() -> posted("/actions/a1/completion") != null);
            StandInService.Received done = posted("/actions/a1/completion");
            assertThat(done.username()).isEqualTo("mace");
            assertThat(JSON.readTree(done.body()).path("evidence").asString())
                    .isEqualTo("Strategy discussion held; plan on the child's record");
            assertThat(mace.received()).filteredOn(r -> r.pathAndQuery().equals("/meetings/m1"))
                    .allSatisfy(r -> assertThat(r.purpose()).isNotBlank());
        }
    }

    @Test
    void a_refusal_is_shown_beside_the_form_in_the_services_words_and_what_was_typed_is_kept() {
        mace.answer("POST /meetings/m1/discussions", Answer.problem(422, "Rule broken",
                "reasonForDifference: is required: the category agreed (MODERATE) differs from the latest assessment's (SIGNIFICANT)"));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/mace/meetings/m1", "mace");
            browser.driver().findElement(By.id("child-1-cat-MODERATE")).click();
            browser.driver().findElement(By.id("child-1-decision")).sendKeys("Step down to moderate");
            browser.driver().findElement(By.xpath("//button[text()='Record the decision for Amelia Jones']")).click();

            WebElement problem = browser.waitFor(By.id("problem"));
            assertThat(problem.getText()).contains("reasonForDifference: is required");
            assertThat(browser.driver().findElement(By.id("child-1-decision")).getAttribute("value"))
                    .isEqualTo("Step down to moderate");
            assertThat(browser.driver().findElement(By.id("child-1-cat-MODERATE")).isSelected()).isTrue();
            browser.assertAccessible();
        }
    }

    @Test
    void a_coordinator_reads_the_meeting_without_forms_or_documents() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/mace/meetings/m1", "coordinator");
            browser.waitFor(By.id("agenda"));
            assertThat(browser.driver().findElements(By.tagName("form")).stream()
                    .filter(f -> !f.getAttribute("class").contains("sign-out"))).isEmpty();
            assertThat(browser.driver().findElements(By.partialLinkText("PDF"))).isEmpty();
            assertThat(mace.received()).filteredOn(r -> r.pathAndQuery().equals("/meetings/m1"))
                    .extracting(StandInService.Received::username).contains("coordinator");
        }
    }

    @Test
    void the_agenda_pdf_comes_through_the_console_byte_for_byte_with_the_members_token() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/mace/meetings/m1", "mace");
            String cookie = browser.driver().manage().getCookieNamed("LANTERN_CONSOLE").getValue();
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(console.url() + "/mace/meetings/m1/agenda.pdf"))
                    .header("Cookie", "LANTERN_CONSOLE=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 agenda of m1 %%EOF");
            assertThat(mace.received()).filteredOn(r -> r.pathAndQuery().equals("/meetings/m1/agenda.pdf"))
                    .extracting(StandInService.Received::username).containsExactly("mace");
        }
    }

    @Test
    void the_projector_shows_one_child_at_a_time_and_the_arrow_keys_move_between_them() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/mace/meetings/m1/projector", "mace");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Amelia Jones");
            browser.assertAccessible();
            browser.screenshot("mace-projector");
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    browser.driver().findElement(By.tagName("h1")).getText().equals("Jay Jones"));
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    browser.driver().findElement(By.tagName("h1")).getText().equals("Amelia Jones"));
        }
    }

    private static StandInService.Received posted(String path) {
        return mace.received().stream().filter(r -> r.method().equals("POST") && r.pathAndQuery().equals(path))
                .findFirst().orElse(null);
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab (and only Tab) until the element has the focus, as a keyboard user would. */
    static WebElement tabTo(Browser browser, By target) {
        WebElement wanted = browser.driver().findElement(target);
        for (int i = 0; i < 200; i++) {
            if (active(browser).equals(wanted)) {
                return wanted;
            }
            active(browser).sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target);
    }

    /** From a child's page ("Nominate ... for a MACE meeting"): choose the scheduled meeting, the child is filled in. */
    @Test
    void a_member_who_came_from_a_childs_page_finds_the_child_filled_in_on_the_meetings_nomination_form() {
        mace.answer("GET /meetings/m-next", Answer.json("""
                {"id": "m-next", "version": 1, "meeting": {"id": "m-next", "heldOn": "%s",
                 "chair": {"name": "DI Rachel Stone", "agency": "POLICE"}, "status": "SCHEDULED", "attendees": [],
                 "apologies": [], "quorate": false, "scheduledAt": "2026-11-01T09:00:00Z", "nominations": [],
                 "agenda": [], "discussions": []}}""".formatted(TODAY.plusDays(28))));
        mace.answer("GET /meetings/m-next/agenda", Answer.json("[]"));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/mace?nominate=c-kai", "mace");
            assertThat(browser.waitFor(By.cssSelector("main .notice")).getText()).contains("Nominating a child");
            browser.assertAccessible();
            WebElement next = browser.driver().findElement(By.linkText(MaceWords.longDate(TODAY.plusDays(28))));
            assertThat(browser.driver().findElements(By.linkText(MaceWords.longDate(TODAY))))
                    .as("only a scheduled meeting takes nominations; the open one is linked as usual").singleElement()
                    .satisfies(open -> assertThat(open.getAttribute("href")).doesNotContain("nominate"));
            next.sendKeys(Keys.ENTER);
            assertThat(browser.waitFor(By.id("nominate-child")).getAttribute("value")).isEqualTo("c-kai");
            assertThat(browser.driver().getCurrentUrl()).endsWith("#nominate");
            browser.assertAccessible();
        }
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/mace?nominate=%3Cscript%3E", "mace");
            assertThat(browser.waitFor(By.id("main")).findElements(By.cssSelector(".notice")))
                    .as("what does not look like a child id is not carried").isEmpty();
        }
    }
}
