package uk.lantern.console.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import uk.lantern.console.backend.Service;
import uk.lantern.console.browser.Browser;
import uk.lantern.console.browser.ConsoleUnderTest;
import uk.lantern.console.browser.StandInService;
import uk.lantern.console.browser.StandInService.Answer;
import uk.lantern.console.browser.StandInService.Received;

/**
 * The child's page in a real browser, against stand-ins answering in the shape of the correlation and MACE services'
 * APIs: the person says why before anything is read, and every read carries it; the profile with the urgent things
 * first; the timeline and its list, filtered by source; the network and its tables; open alerts and MACE actions;
 * identity decisions sent with the person's own token, refusals shown next to the field; a manager's table of who
 * viewed the child; a refusal and an unknown child in words; a journey by keyboard alone.
 */
class ChildPageBrowserIT {

    private static ConsoleUnderTest console;
    private static StandInService correlation;
    private static StandInService mace;

    static final String RECORD = "missing-episode-service|pol-17|ab12";
    static final String RECORD_IN_PATH = "missing-episode-service%7Cpol-17%7Cab12";

    static final String PROFILE = """
            {"childId":"c-1","version":12,"asOf":"2026-12-05T09:00:00Z",
             "records":["missing-episode-service|pol-17|ab12","cme-register-service|cme-4|cd34"],
             "identifiers":[{"kind":"NHS","value":"9434765919","source":"missing-episode-service"},
                            {"kind":"UPN","value":"A123456789012","source":"cme-register-service"}],
             "names":[{"givenName":"Jade","familyName":"Taylor","source":"missing-episode-service"},
                      {"givenName":"Jayde","familyName":"Taylor","source":"cme-register-service"}],
             "dateOfBirth":"2011-03-03","sex":"FEMALE","postcodes":["PE1 4LZ"],
             "missingNow":true,"missingSince":"2026-12-04T14:05:00Z",
             "episodesLast30Days":2,"episodesLast90Days":3,"episodesLast365Days":5,"homeOrCare":"MISSING_FROM_CARE",
             "episodes":[
               {"episodeId":"ep-1","context":"MISSING_FROM_CARE","start":"2026-11-20T18:00:00Z",
                "returnedAt":"2026-11-21T09:30:00Z","closed":false,"riskGrade":"MEDIUM","interviewStatus":"AWAITING_OFFER"},
               {"episodeId":"ep-2","context":"MISSING_FROM_CARE","start":"2026-12-04T14:05:00Z",
                "returnedAt":null,"closed":false,"riskGrade":"HIGH","interviewStatus":"NOT_DUE"}],
             "cme":{"status":"ON_REGISTER","onRegisterSince":"2026-10-01","lastEnquiryOn":"2026-11-02"},
             "exploitation":{"category":"MODERATE","assessmentStatus":"ASSESSED","nextReviewDue":"2027-01-15","concerns":2},
             "openFlags":[{"alertId":"a-1","code":"NEED_TO_KNOW","severity":"URGENT","raisedAt":"2026-12-04T14:10:00Z",
                           "dueBy":"2026-12-04T15:10:00Z"}],
             "maceScore":105,"associates":[],"places":[],"linkKeys":[],"mergedInto":null,"links":[],
             "ethnicity":"WBRI","ethnicities":[{"code":"WBRI","source":"missing-episode-service"}],
             "allocatedWorker":{"name":"Sam Okafor","team":"Children in care team 2","since":"2026-09-01T10:00:00Z",
                                "source":"missing-episode-service"}}
            """;

    static final String CHRONOLOGY = """
            [{"eventId":"e-1","source":"cme-register-service","eventType":"ChildAddedToRegister",
              "occurredAt":"2026-10-01T09:00:00Z","recordedAt":"2026-10-01T09:00:00Z","recordId":"cme-register-service|cme-4|cd34"},
             {"eventId":"e-2","source":"cse-risk-service","eventType":"AssessmentCompleted",
              "occurredAt":"2026-10-15T11:00:00Z","recordedAt":"2026-10-15T11:00:00Z","recordId":"x"},
             {"eventId":"e-3","source":"missing-episode-service","eventType":"EpisodeReported",
              "occurredAt":"2026-11-20T18:00:00Z","recordedAt":"2026-11-20T18:10:00Z","recordId":"missing-episode-service|pol-17|ab12"},
             {"eventId":"e-4","source":"missing-episode-service","eventType":"ChildReturned",
              "occurredAt":"2026-11-21T09:30:00Z","recordedAt":"2026-11-21T09:40:00Z","recordId":"missing-episode-service|pol-17|ab12"},
             {"eventId":"e-5","source":"return-interview-service","eventType":"InterviewCaseOpened",
              "occurredAt":"2026-11-21T10:00:00Z","recordedAt":"2026-11-21T10:00:00Z","recordId":"y"},
             {"eventId":"e-6","source":"missing-episode-service","eventType":"EpisodeReported",
              "occurredAt":"2026-12-04T14:05:00Z","recordedAt":"2026-12-04T14:06:00Z","recordId":"missing-episode-service|pol-17|ab12"}]
            """;

    static final String NETWORK = """
            {"nodes":[{"id":"c-1","type":"CHILD","label":"Jade Taylor","children":null},
                      {"id":"PHONE:07700900123","type":"ASSOCIATE","label":"Kev (phone)","children":null},
                      {"id":"PLACE_NAME:RIVERGATE CAR PARK","type":"PLACE","label":"Rivergate car park","children":null},
                      {"id":"POSTCODE:PE11NT","type":"PLACE","label":"PE1 1NT","children":14},
                      {"id":"c-2","type":"CHILD","label":"Sam Green","children":null},
                      {"id":"c-3","type":"CHILD","label":"Lily Brown","children":null}],
             "edges":[{"from":"c-1","to":"PHONE:07700900123","kind":"PHONE","lastSeenAt":"2026-11-21T09:30:00Z"},
                      {"from":"c-1","to":"PLACE_NAME:RIVERGATE CAR PARK","kind":"PLACE_NAME","lastSeenAt":"2026-11-21T09:30:00Z"},
                      {"from":"c-1","to":"POSTCODE:PE11NT","kind":"POSTCODE","lastSeenAt":"2026-11-21T09:30:00Z"},
                      {"from":"c-2","to":"PHONE:07700900123","kind":"PHONE","lastSeenAt":"2026-11-10T20:00:00Z"},
                      {"from":"c-2","to":"PLACE_NAME:RIVERGATE CAR PARK","kind":"PLACE_NAME","lastSeenAt":"2026-11-10T20:00:00Z"},
                      {"from":"c-3","to":"PLACE_NAME:RIVERGATE CAR PARK","kind":"PLACE_NAME","lastSeenAt":"2026-10-30T22:00:00Z"}],
             "window":{"since":"2025-12-05T09:00:00Z","until":"2026-12-05T09:00:00Z","limit":50},
             "truncated":true,"childrenLeftOut":0,
             "busyKeys":[{"key":"POSTCODE:PE11NT","type":"PLACE","label":"PE1 1NT","children":14}]}
            """;

    static final String ALERTS = """
            {"alerts":[
              {"alertId":"a-1","code":"NEED_TO_KNOW","severity":"URGENT","status":"ESCALATED","childId":"c-1",
               "relatedChildId":null,"relatedChildIds":[],"summary":"Looked-after child missing, graded high risk",
               "evidence":["e-6"],"actors":[],"raisedAt":"2026-12-04T14:10:00Z","dueBy":"2026-12-04T15:10:00Z",
               "publishedAt":"2026-12-04T14:10:01Z","escalatedAt":"2026-12-04T15:10:00Z","acknowledgedAt":null,
               "acknowledgedBy":null,"assignedTo":null,"assignedBy":null,"assignedAt":null,"resolvedAt":null,
               "resolvedBy":null,"resolutionNote":null,"clearedAt":null,"clearReason":null},
              {"alertId":"a-0","code":"REPEAT_MISSING","severity":"HIGH","status":"RESOLVED","childId":"c-1",
               "relatedChildId":null,"relatedChildIds":[],"summary":"Third episode in 90 days",
               "evidence":[],"actors":[],"raisedAt":"2026-09-04T14:10:00Z","dueBy":null,"publishedAt":null,
               "escalatedAt":null,"acknowledgedAt":null,"acknowledgedBy":null,"assignedTo":null,"assignedBy":null,
               "assignedAt":null,"resolvedAt":"2026-09-05T10:00:00Z","resolvedBy":"coordinator",
               "resolutionNote":"Plan agreed","clearedAt":null,"clearReason":null}],
             "page":0,"size":50,"total":2}
            """;

    static final String OPEN_REVIEWS = """
            [{"reviewId":"r-1","status":"OPEN","score":7.4,"reason":"PROBABILISTIC",
              "agreeingFields":"familyName, dateOfBirth, postcode","explanation":"givenName: Jade ~ Jayde (0.91, +2.1)",
              "recordA":"missing-episode-service|pol-17|ab12","childA":"c-1","recordB":"cse-risk-service|cs-9|ef56",
              "childB":"c-9","raisedAt":"2026-11-22T10:00:00Z","pendingDecisionId":null,"decision":null,
              "reviewer":null,"decidedAt":null,"withdrawnReason":null,"withdrawnAt":null},
             {"reviewId":"r-2","status":"OPEN","score":6.1,"reason":"PROBABILISTIC","agreeingFields":"familyName",
              "explanation":"","recordA":"a","childA":"c-7","recordB":"b","childB":"c-8","raisedAt":"2026-11-22T10:00:00Z",
              "pendingDecisionId":null,"decision":null,"reviewer":null,"decidedAt":null,"withdrawnReason":null,
              "withdrawnAt":null}]
            """;

    static final String DECIDED_REVIEWS = """
            [{"reviewId":"r-0","status":"DECIDED","score":8.2,"reason":"PROBABILISTIC",
              "agreeingFields":"givenName, familyName, dateOfBirth","explanation":"",
              "recordA":"cme-register-service|cme-4|cd34","childA":"c-1","recordB":"missing-episode-service|pol-17|ab12",
              "childB":"c-1","raisedAt":"2026-10-02T10:00:00Z","pendingDecisionId":null,"decision":"CONFIRM",
              "reviewer":"Amira Khan","decidedAt":"2026-10-02T11:00:00Z","withdrawnReason":null,"withdrawnAt":null}]
            """;

    /**
     * The correlation service's {@code GET /children/c-1/identity} ({@code ChildIdentity.Identity}): the two records,
     * the link a coordinator confirmed (as r-0 above says), the possible match r-1 waiting, and two records judged
     * to be someone else: a twin's record rejected in review, and a record taken out of the child.
     */
    static final String IDENTITY = """
            {"childId":"c-1",
             "records":[
               {"recordId":"cme-register-service|cme-4|cd34","source":"cme-register-service","recordKey":"cme-4",
                "firstSeenAt":"2026-10-01T08:15:00Z",
                "why":"Linked to the missing episodes record pol-17: Confirmed as the same child by Amira Khan on 2 Oct 2026, after a possible match on family name, date of birth and given name (sounds alike) (score 8.2)."},
               {"recordId":"missing-episode-service|pol-17|ab12","source":"missing-episode-service","recordKey":"pol-17",
                "firstSeenAt":"2026-10-02T09:40:00Z",
                "why":"Linked to the CME register record cme-4: Confirmed as the same child by Amira Khan on 2 Oct 2026, after a possible match on family name, date of birth and given name (sounds alike) (score 8.2)."}],
             "links":[
               {"recordA":"cme-register-service|cme-4|cd34","recordB":"missing-episode-service|pol-17|ab12",
                "how":"CONFIRMED",
                "summary":"Confirmed as the same child by Amira Khan on 2 Oct 2026, after a possible match on family name, date of birth and given name (sounds alike) (score 8.2).",
                "linkedAt":"2026-10-02T11:00:00Z","score":8.2,"threshold":null,
                "agreed":["family name","date of birth","given name (sounds alike)"],"differed":["postcode"],
                "notCompared":["identifier","address"],"reviewer":"Amira Khan","reviewId":"r-0","merged":[]}],
             "pendingReviews":[
               {"reviewId":"r-1","recordHere":"missing-episode-service|pol-17|ab12",
                "otherRecord":"exploitation-risk-service|cs-9|ef56","otherChild":"c-9","score":7.4,
                "summary":"Waiting for a coordinator's review: the missing episodes record pol-17 and the exploitation risk record cs-9 may be the same child (score 7.4). Their details agree well enough to link, but they could be brothers, sisters or twins of one household (the same family name and address; twins share a date of birth too), so Lantern does not join them without a person's decision.",
                "agreed":["family name","date of birth","postcode"],"differed":["given name"],
                "raisedAt":"2026-11-22T10:00:00Z"}],
             "decidedApart":[
               {"recordA":"missing-episode-service|pol-17|ab12","recordB":"cse-risk-service|cs-3|ee01",
                "how":"NOT_THE_SAME_CHILD","reviewer":"Jo Patel","decidedAt":"2026-11-18T14:00:00Z",
                "reason":"Twin sister: same address and date of birth, different NHS numbers.",
                "summary":"Judged not the same child as the exploitation risk record cs-3 (a possible match of this child's missing episodes record pol-17) by Jo Patel on 18 Nov 2026. Reason given: \\\"Twin sister: same address and date of birth, different NHS numbers.\\\"",
                "reviewId":"r-3"},
               {"recordA":"cme-register-service|cme-8|aa77","recordB":null,"how":"TAKEN_OUT",
                "reviewer":"Amira Khan","decidedAt":"2026-11-20T09:00:00Z","reason":null,
                "summary":"Taken out of this child: the CME register record cme-8, judged not the same child by Amira Khan on 20 Nov 2026.",
                "reviewId":null}]}
            """;

    static final String ACTIONS = """
            [{"id":"ac-1","meetingId":"m-1","childId":"c-1","what":"Strategy meeting with the placement",
              "owner":{"name":"PC Dean","agency":"POLICE"},"dueOn":"2026-11-30","personOfConcernId":null,
              "placeOfConcernId":null,"status":"OPEN","agreedAt":"2026-11-12T10:00:00Z","evidence":null,"doneOn":null,
              "cancelReason":null,"cancelledOn":null,"carriedOverTo":["m-2"]},
             {"id":"ac-0","meetingId":"m-1","childId":"c-1","what":"Refer to the exploitation team",
              "owner":{"name":"Sam Okafor","agency":"SOCIAL_CARE"},"dueOn":"2026-11-20","personOfConcernId":null,
              "placeOfConcernId":null,"status":"DONE","agreedAt":"2026-11-12T10:00:00Z","evidence":"Referred",
              "doneOn":"2026-11-15","cancelReason":null,"cancelledOn":null,"carriedOverTo":[]}]
            """;

    static final String ACCESS_LOG = """
            [{"sequence":41,"at":"2026-12-05T08:30:00Z",
              "who":{"subject":"coordinator","name":"Amira Khan","organisation":"Eastshire County Council",
                     "roles":["missing-coordinator"]},
              "action":"READ_RECORD","operation":"GET /children/{childId}","records":["c-1"],"query":null,
              "children":["c-1"],"from":"10.0.0.5","purpose":"Daily review","purposeStated":true,"breakGlass":null,
              "reviewOf":null,"note":null,"hash":"ab"},
             {"sequence":39,"at":"2026-12-04T22:00:00Z",
              "who":{"subject":"recorder","name":"Priya Shah","organisation":"Eastshire Police","roles":["police-recorder"]},
              "action":"READ_RECORD","operation":"GET /children/{childId}","records":["c-1"],"query":null,
              "children":["c-1"],"from":"10.0.0.9","purpose":"Recording a missing episode","purposeStated":false,
              "breakGlass":"Child found at night, checking for risk","reviewOf":null,"note":null,"hash":"cd"}]
            """;

    @BeforeAll
    static void start() {
        console = ConsoleUnderTest.start();
        correlation = console.service(Service.CORRELATION);
        mace = console.service(Service.MACE);
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @BeforeEach
    void theChild() {
        correlation.forget();
        mace.forget();
        correlation.answer("GET /children/c-1", Answer.json(PROFILE))
                .answer("GET /children/c-1/chronology", Answer.json(CHRONOLOGY))
                .answer("GET /children/c-1/network", Answer.json(NETWORK))
                .answer("GET /alerts?childId=c-1", Answer.json(ALERTS))
                .answer("GET /children/c-1/identity", Answer.json(IDENTITY))
                .answer("GET /reviews?status=OPEN", Answer.json(OPEN_REVIEWS))
                .answer("GET /reviews?status=LINKED", Answer.json("[]"))
                .answer("GET /reviews?status=DECIDED", Answer.json(DECIDED_REVIEWS))
                .answer("GET /access-log?child=c-1", Answer.json(ACCESS_LOG))
                .answer("GET /children/c-403", Answer.problem(403, "Forbidden",
                        "mace-member may not read this child's record"));
        mace.answer("GET /actions?childId=c-1", Answer.json(ACTIONS));
    }

    @Test
    void a_coordinator_says_why_then_sees_the_child_urgent_things_first_and_every_read_carries_the_purpose() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/children/c-1", "coordinator");

            assertThat(text(browser, "h1")).isEqualTo("Why are you opening this child's record?");
            assertThat(correlation.received()).isEmpty();
            browser.assertAccessible();
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("purpose")))
                    .selectByVisibleText("Daily review");
            browser.driver().findElement(By.cssSelector(".purpose-form button")).click();
            browser.waitFor(By.id("urgent"));

            assertThat(text(browser, "h1")).isEqualTo("Jade Taylor");
            assertThat(browser.driver().findElements(By.partialLinkText("for a MACE meeting")))
                    .as("only MACE members nominate").isEmpty();
            List<String> urgent = texts(browser, ".urgent-list li");
            assertThat(urgent.get(0)).contains("Missing now", "Missing since 4 Dec 2026, 14:05");
            assertThat(urgent.get(1)).contains("Open alert: Need to know");
            assertThat(urgent.get(2)).contains("Return interview owed", "Returned 21 Nov 2026, 09:30");
            assertThat(String.join("\n", urgent)).contains("Exploitation risk: Moderate risk (category 3)",
                    "Missing education");
            String who = text(browser, ".facts");
            assertThat(who).contains("3 March 2011", "White British", "Sam Okafor", "Children in care team 2",
                    "Jayde Taylor");

            String alerts = text(browser, "#alerts + table, section[aria-labelledby=alerts]");
            assertThat(alerts).contains("Need to know", "Looked-after child missing").doesNotContain("Repeatedly");
            String actions = browser.driver().findElement(By.cssSelector("section[aria-labelledby=actions]")).getText();
            assertThat(actions).contains("Strategy meeting with the placement", "PC Dean, Police", "Overdue", "1 time(s)")
                    .doesNotContain("Refer to the exploitation team");

            assertThat(browser.driver().findElements(By.cssSelector("figure.timeline circle.mark"))).hasSize(9);
            List<String> listed = texts(browser, ".chronology-list tbody tr");
            assertThat(listed).hasSize(9);
            assertThat(listed.get(0)).contains("1 Oct 2026", "Missing education", "Added to the CME register");
            assertThat(String.join("\n", listed)).contains("MACE panel", "MACE action done: Refer to the exploitation team");

            String network = browser.driver().findElement(By.cssSelector("section[aria-labelledby=network]")).getText();
            assertThat(network).contains("Seen with", "Kev (phone)", "Also seen with them: 1 other child",
                    "Rivergate car park", "Also seen there: 2 other children", "Busy:",
                    "Also seen there: 14 other children");
            assertThat(browser.driver().findElements(By.cssSelector("figure.network .other-child"))).hasSize(2);
            assertThat(browser.driver().findElement(By.linkText("Lily Brown")).getAttribute("href"))
                    .endsWith("/children/c-3?purpose=DAILY_REVIEW");

            assertThat(correlation.received()).extracting(Received::pathAndQuery).contains("/children/c-1",
                    "/children/c-1/chronology", "/children/c-1/network", "/alerts?childId=c-1", "/reviews?status=OPEN",
                    "/children/c-1/identity");
            assertThat(correlation.received()).allSatisfy(r -> {
                assertThat(r.purpose()).isEqualTo("Daily review");
                assertThat(r.username()).isEqualTo("coordinator");
            });
            assertThat(mace.received()).singleElement().satisfies(r -> assertThat(r.purpose()).isEqualTo("Daily review"));
            assertThat(correlation.received()).extracting(Received::pathAndQuery).doesNotContain("/access-log?child=c-1");

            browser.assertAccessible();
            browser.screenshot("child-page");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('chronology').scrollIntoView()");
            browser.screenshot("child-timeline");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('figure.network').scrollIntoView()");
            browser.screenshot("child-network");
        }
    }

    @Test
    void each_record_says_why_it_is_part_of_the_child_next_to_the_control_that_takes_it_out() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/children/c-1?purpose=DAILY_REVIEW", "coordinator");

            WebElement table = browser.driver().findElement(By.cssSelector("table.linked-records"));
            assertThat(table.findElement(By.tagName("caption")).getText())
                    .isEqualTo("The records that make up this child, and why each is part of it");
            assertThat(table.findElements(By.cssSelector("thead th"))).extracting(WebElement::getText)
                    .containsExactly("Service", "Their reference", "First seen", "Why it is part of this child",
                            "Not this child?");
            assertThat(table.findElements(By.cssSelector("thead th")))
                    .allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("col"));
            assertThat(table.findElements(By.cssSelector("tbody th")))
                    .allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("row"));
            String pol17 = text(browser, "#record-0");
            assertThat(pol17).contains("Missing episodes", "pol-17", "2 Oct 2026, 10:40",
                    "With Children missing education record cme-4:",
                    "Confirmed as the same child by Amira Khan on 2 Oct 2026",
                    "Agreed: Family name, date of birth and given name (sounds alike)", "Differed: Postcode",
                    "Take this record out");
            assertThat(text(browser, "#record-1")).contains("cme-4", "1 Oct 2026, 09:15",
                    "With Missing episodes record pol-17:");
            assertThat(text(browser, "#review-r-1")).contains("Why a person must decide",
                    "could be brothers, sisters or twins of one household");
            WebElement apart = browser.driver().findElement(By.cssSelector("ul.decided-apart"));
            assertThat(apart.getAttribute("aria-labelledby")).isEqualTo("decided-apart");
            assertThat(text(browser, "#decided-apart")).isEqualTo("Judged to be someone else");
            assertThat(apart.findElements(By.tagName("li"))).extracting(WebElement::getText).containsExactly(
                    "Exploitation risk record cs-3, not the same child. Judged not the same child as the exploitation "
                            + "risk record cs-3 (a possible match of this child's missing episodes record pol-17) by "
                            + "Jo Patel on 18 Nov 2026. Reason given: \"Twin sister: same address and date of birth, "
                            + "different NHS numbers.\"",
                    "Children missing education record cme-8, taken out of this child. Taken out of this child: the "
                            + "CME register record cme-8, judged not the same child by Amira Khan on 20 Nov 2026.");
            browser.assertAccessible();
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('identity').scrollIntoView()");
            browser.screenshot("child-identity");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('decided-apart').scrollIntoView()");
            browser.screenshot("child-decided-apart");

            // with the keyboard alone: from the reason a record is here to taking it out
            tabTo(browser, By.cssSelector("#record-0 summary"));
            keys(browser, Keys.ENTER);
            keys(browser, Keys.TAB);
            keys(browser, "Two girls: another date of birth at the school");
            correlation.answer("POST /records/" + RECORD_IN_PATH + "/unlink",
                    new Answer(202, "application/json", "{\"decisionId\":\"d-2\"}"));
            keys(browser, Keys.TAB);
            keys(browser, Keys.ENTER);
            browser.waitFor(By.cssSelector(".notice"));
            assertThat(text(browser, ".notice")).contains("You took the record out of this child.");
            assertThat(correlation.received()).filteredOn(r -> r.method().equals("POST")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.pathAndQuery()).isEqualTo("/records/" + RECORD_IN_PATH + "/unlink");
                        assertThat(r.username()).isEqualTo("coordinator");
                        assertThat(r.body()).contains("Two girls: another date of birth at the school");
                    });
        }
    }

    @Test
    void a_mace_member_reads_why_the_records_were_linked_and_what_waits_for_a_coordinator_without_the_forms() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/children/c-1?purpose=MACE_PREPARATION", "mace");

            assertThat(text(browser, "#record-0")).contains("Confirmed as the same child by Amira Khan")
                    .doesNotContain("Take this record out");
            assertThat(texts(browser, "ul.waiting li")).singleElement().asString()
                    .contains("Waiting for a coordinator's review", "twins");
            assertThat(texts(browser, "ul.decided-apart li")).as("a MACE member reads them too").hasSize(2)
                    .first().asString().contains("Twin sister", "Jo Patel");
            assertThat(browser.driver().findElement(By.partialLinkText("for a MACE meeting")).getAttribute("href"))
                    .as("a MACE member can nominate the child from here").endsWith("/mace?nominate=c-1");
            assertThat(correlation.received()).filteredOn(r -> r.pathAndQuery().equals("/children/c-1/identity"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.purpose()).isEqualTo("MACE preparation");
                        assertThat(r.username()).isEqualTo("mace");
                    });
            browser.assertAccessible();

            correlation.answer("GET /children/c-1/identity", Answer.problem(503, "Service Unavailable",
                    "the store is not answering"));
            browser.driver().navigate().refresh();
            browser.waitFor(By.id("identity"));
            assertThat(text(browser, "section[aria-labelledby=identity]"))
                    .contains("Why the records were linked: Not available", "pol-17");
            assertThat(browser.driver().findElements(By.id("decided-apart")))
                    .as("nothing is said of decisions the page could not read").isEmpty();
        }
    }

    @Test
    void opened_from_an_alert_the_alert_is_the_purpose_a_joined_child_is_followed_and_the_timeline_filters_by_source() {
        correlation.answer("GET /children/c-old", Answer.json("{\"childId\":\"c-old\",\"mergedInto\":\"c-1\"}"));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/children/c-old?alert=a-1", "mace");

            assertThat(text(browser, "h1")).isEqualTo("Jade Taylor");
            assertThat(text(browser, ".notice")).contains("Child c-old was found to be the same child as this one");
            assertThat(browser.driver().getCurrentUrl()).contains("/children/c-1?");
            assertThat(correlation.received()).isNotEmpty().allSatisfy(r ->
                    assertThat(r.purpose()).isEqualTo("Working an alert (alert a-1)"));
            assertThat(correlation.received()).extracting(Received::pathAndQuery)
                    .noneMatch(p -> p.startsWith("/reviews"));
            assertThat(browser.driver().findElements(By.cssSelector(".decision-form"))).isEmpty();

            for (WebElement box : browser.driver().findElements(By.cssSelector("input[name=source]"))) {
                if (!box.getAttribute("value").equals("mace")) {
                    box.click();
                }
            }
            browser.driver().findElement(By.cssSelector(".filter button")).click();
            browser.waitFor(By.id("chronology"));

            assertThat(texts(browser, ".chronology-list tbody tr")).hasSize(3)
                    .allSatisfy(row -> assertThat(row).contains("MACE panel"));
            assertThat(browser.driver().findElements(By.cssSelector("figure.timeline .mark"))).hasSize(3)
                    .allSatisfy(mark -> assertThat(mark.getAttribute("class")).contains("mark-mace"));
            assertThat(browser.driver().getCurrentUrl()).contains("alert=a-1");
            assertThat(correlation.received()).allSatisfy(r ->
                    assertThat(r.purpose()).isEqualTo("Working an alert (alert a-1)"));
        }
    }

    @Test
    void by_keyboard_alone_a_coordinator_gives_their_own_reason_and_confirms_a_possible_match() {
        correlation.answer("POST /reviews/r-1/decision", new Answer(202, "application/json", "{\"decisionId\":\"d-1\"}"));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/children/c-1", "coordinator");

            tabTo(browser, By.id("purpose"));
            keys(browser, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            keys(browser, Keys.TAB);
            keys(browser, "Preparing for a strategy meeting");
            keys(browser, Keys.ENTER);
            browser.waitFor(By.id("identity"));

            assertThat(correlation.received()).allSatisfy(r ->
                    assertThat(r.purpose()).isEqualTo("Other: Preparing for a strategy meeting"));
            assertThat(text(browser, "section[aria-labelledby=identity]")).contains("Waiting for a reviewer",
                    "familyName, dateOfBirth, postcode agree", "child c-9", "Confirm by Amira Khan");

            tabTo(browser, By.id("review-r-1-confirm"));
            keys(browser, Keys.SPACE);
            keys(browser, Keys.TAB);
            keys(browser, "Same NHS number on the health record");
            keys(browser, Keys.TAB);
            keys(browser, Keys.ENTER);
            browser.waitFor(By.cssSelector(".notice"));

            assertThat(text(browser, ".notice")).contains("You confirmed they are the same child.");
            assertThat(correlation.received()).filteredOn(r -> r.method().equals("POST")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.pathAndQuery()).isEqualTo("/reviews/r-1/decision");
                        assertThat(r.username()).isEqualTo("coordinator");
                        assertThat(r.body()).contains("\"decision\":\"CONFIRM\"",
                                "\"reason\":\"Same NHS number on the health record\"");
                        assertThat(r.purpose()).isEqualTo("Other: Preparing for a strategy meeting");
                    });
            browser.assertAccessible();
        }
    }

    @Test
    void a_decision_without_a_reason_or_refused_by_the_service_is_shown_next_to_its_field() {
        correlation.answer("POST /records/" + RECORD_IN_PATH + "/unlink", Answer.problem(409, "Conflict",
                "a decision on record " + RECORD + " is already on its way; it is applied within moments"));
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/children/c-1?purpose=DAILY_REVIEW", "coordinator");

            browser.driver().findElement(By.id("review-r-1-reject")).click();
            browser.driver().findElement(By.cssSelector("#review-r-1 button")).click();
            browser.waitFor(By.cssSelector("#review-r-1 .error-message"));
            assertThat(text(browser, "#review-r-1 .error-message")).contains("Say why you decided this");
            assertThat(browser.driver().findElement(By.id("review-r-1-reason")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(correlation.received()).noneMatch(r -> r.method().equals("POST"));
            browser.assertAccessible();

            browser.driver().findElement(By.cssSelector("#record-0 summary")).click();
            browser.driver().findElement(By.id("record-0-reason")).sendKeys("Different date of birth");
            browser.driver().findElement(By.cssSelector("#record-0 button")).click();
            browser.waitFor(By.cssSelector("#record-0 .error-message"));

            assertThat(text(browser, "#record-0 .error-message")).contains("is already on its way");
            assertThat(correlation.received()).filteredOn(r -> r.method().equals("POST")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.pathAndQuery()).isEqualTo("/records/" + RECORD_IN_PATH + "/unlink");
                        assertThat(r.username()).isEqualTo("coordinator");
                        assertThat(r.body()).contains("Different date of birth");
                    });
            browser.assertAccessible();
        }
    }

    @Test
    void a_manager_sees_who_has_viewed_the_child_and_why() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/children/c-1", "manager");

            assertThat(text(browser, "h1")).isEqualTo("Who has viewed child c-1");
            List<String> rows = texts(browser, "section[aria-labelledby=viewers] tbody tr");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).contains("5 Dec 2026, 08:30", "Amira Khan", "Eastshire County Council",
                    "Opened the record", "Daily review");
            assertThat(rows.get(1)).contains("Priya Shah", "none stated",
                    "Broke the glass: Child found at night, checking for risk");
            assertThat(correlation.received()).singleElement().satisfies(r -> {
                assertThat(r.pathAndQuery()).isEqualTo("/access-log?child=c-1");
                assertThat(r.username()).isEqualTo("manager");
                assertThat(r.purpose()).isEqualTo(ChildController.OVERSIGHT);
            });
            browser.assertAccessible();
            browser.screenshot("child-viewers");
        }
    }

    @Test
    void an_unknown_child_and_a_refusal_are_said_in_words_and_a_blank_other_reason_is_asked_for() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/children/c-404?purpose=DAILY_REVIEW", "coordinator");
            assertThat(text(browser, "h1")).isEqualTo("There is no child c-404");
            assertThat(text(browser, "main")).contains("joined into another", "find them by an identifier");
            browser.assertAccessible();

            browser.driver().get(console.url() + "/children/c-403?purpose=MACE_PREPARATION");
            browser.waitFor(By.tagName("h1"));
            assertThat(text(browser, "h1")).isEqualTo("You do not have a reason to see this");
            assertThat(text(browser, "main")).contains("may not read this child's record", "403");

            browser.driver().get(console.url() + "/children/c-1?purpose=OTHER&why=");
            browser.waitFor(By.tagName("h1"));
            assertThat(text(browser, ".error-summary")).contains("Say why you are opening this child's record");
            assertThat(browser.driver().findElement(By.id("why")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(correlation.received()).extracting(Received::pathAndQuery)
                    .containsOnly("/children/c-404", "/children/c-403");
            browser.assertAccessible();

            // from an alert's own page in the console, the alert is the purpose without asking
            browser.driver().get(console.url() + "/alerts/a-1");
            correlation.forget();
            theChild();
            ((JavascriptExecutor) browser.driver()).executeScript("window.location.href = '/children/c-1'");
            browser.waitFor(By.id("urgent"));
            assertThat(correlation.received()).isNotEmpty().allSatisfy(r ->
                    assertThat(r.purpose()).isEqualTo("Working an alert (alert a-1)"));
        }
    }

    private static String text(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses Tab until the element has the focus, as someone without a mouse does. */
    private static void tabTo(Browser browser, By target) {
        WebElement wanted = browser.driver().findElement(target);
        for (int i = 0; i < 150; i++) {
            if (wanted.equals(browser.driver().switchTo().activeElement())) {
                return;
            }
            keys(browser, Keys.TAB);
        }
        fail("Tab never reached " + target);
    }
}
