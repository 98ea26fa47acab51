package uk.lantern.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.lantern.console.browser.Browser;

/**
 * Issue 19's journeys in a real browser against the real stack: every service, the broker, the store and the OpenID
 * provider as {@code tools/lantern} runs them. A coordinator sees an alert arrive live and acknowledges it, and opens
 * the child's page; a MACE member sees the action that drifted at the next meeting; a manager reads the figures and
 * downloads the Ofsted list twice, getting the same file. Each page is checked with axe-core; screenshots of each
 * journey are kept in target/screenshots.
 */
final class ConsoleJourneys {

    /** Records a new missing episode (as the police recorder would) and returns its id. */
    interface Recorder {
        String reportMissingLookedAfterChild() throws Exception;
    }

    private final LocalStack stack;
    private final String console;

    ConsoleJourneys(LocalStack stack) {
        this.stack = stack;
        this.console = stack.serviceUrl("console-service");
        System.setProperty("lantern.screenshots", Path.of("target", "screenshots").toAbsolutePath().toString());
    }

    /**
     * The coordinator's board is open; a child goes missing; the alert appears without a reload, naming the child
     * first; it is acknowledged, and the alert's history says by whom, by name.
     */
    void anAlertArrivesLiveAndIsAcknowledged(String childName, Recorder recorder) throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.signIn(console + "/alerts", "coordinator", LocalStack.demoPassword()).driver();
            browser.waitFor(By.id("alert-rows"));
            // the board says when it is live: only then is an alert raised now sure to reach it without a reload
            new WebDriverWait(page, Duration.ofSeconds(60)).until(driver -> driver.findElement(By.id("live-status"))
                    .getText().startsWith("Live:"));
            Set<String> before = rowIds(page);
            ((JavascriptExecutor) page).executeScript("window.lanternSamePage = true;");

            recorder.reportMissingLookedAfterChild();

            String needToKnow = "senior managers need to know until the child is found";
            String alertId;
            try {
                alertId = new WebDriverWait(page, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(500))
                        .until(driver -> rows(driver).entrySet().stream().filter(row -> !before.contains(row.getKey()))
                                .filter(row -> row.getValue().contains(needToKnow))
                                .filter(row -> row.getValue().contains(childName)) // with the demo city, others arrive too
                                .map(java.util.Map.Entry::getKey)
                                .findFirst().orElse(null));
            } catch (org.openqa.selenium.TimeoutException e) {
                browser.screenshot("journey-failed-alert-live");
                page.navigate().refresh();
                browser.waitFor(By.id("alert-rows"));
                throw new AssertionError("no new need-to-know alert reached the open board in 90 s. The board had "
                        + before.size() + " rows before; after a reload it has: " + rows(page).values(), e);
            }
            assertThat(page.findElement(By.id("live-status")).getText()).startsWith("Live: ");
            assertThat(((JavascriptExecutor) page).executeScript("return window.lanternSamePage === true"))
                    .as("the alert arrived without the page being reloaded").isEqualTo(true);
            browser.assertAccessible();
            browser.screenshot("journey-alert-arrives-live");

            String id = alertId.substring("alert-".length());
            new WebDriverWait(page, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> {
                        driver.findElement(By.id("acknowledge-" + id)).click();
                        return true;
                    });
            new WebDriverWait(page, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(driver -> {
                List<WebElement> rows = driver.findElements(By.id(alertId));
                return rows.isEmpty() || rows.get(0).getText().contains("Acknowledged");
            });
            page.get(console + "/alerts/" + id);
            assertThat(browser.waitFor(By.id("main")).getText()).contains("Acknowledged by Amira Khan");
            browser.assertAccessible();
            browser.screenshot("journey-alert-acknowledged");
        }
    }

    /**
     * The coordinator opens a child's page: the profile, the timeline across the sources and the network.
     *
     * @param mustShow what the page must say, e.g. the child's name and an associate found with the child
     */
    void aChildsPageShowsTheTimelineAndTheNetwork(String childId, String... mustShow) {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.signIn(console + "/children/" + childId, "coordinator", LocalStack.demoPassword())
                    .driver();
            // opened from outside an alert, the page first asks why: the purpose goes into every service's access log
            new Select(browser.waitFor(By.id("purpose"))).selectByVisibleText("Daily review");
            browser.screenshot("journey-child-purpose");
            page.findElement(By.cssSelector("form.purpose-form button[type=submit]")).click();
            new WebDriverWait(page, Duration.ofSeconds(30)).until(driver -> !driver.findElements(
                    By.cssSelector("main svg")).isEmpty());
            String text = browser.waitFor(By.id("main")).getText();
            assertThat(text).contains(mustShow);
            assertThat(page.findElements(By.cssSelector("main svg"))).as("the timeline and the network, drawn")
                    .hasSizeGreaterThanOrEqualTo(2);
            browser.assertAccessible();
            browser.screenshot("journey-child-page");
        }
    }

    /** A MACE member opens the second meeting: the action agreed at the first, not done, is shown drifting. */
    void aMaceActionIsShownDriftingAtTheNextMeeting(String secondMeetingId, String actionWhat) {
        try (Browser browser = new Browser()) {
            browser.signIn(console + "/mace/meetings/" + secondMeetingId, "mace", LocalStack.demoPassword());
            String text = browser.waitFor(By.id("main")).getText();
            assertThat(text).contains("Drift to challenge", "Action overdue", actionWhat);
            browser.assertAccessible();
            browser.screenshot("journey-mace-drift");
        }
    }

    /**
     * A MACE member runs a meeting in the console: schedules it for today, nominates the child with the reason,
     * opens it with who is present (the agenda is fixed), records the panel's decision and an action, closes it
     * (the outcome goes to the allocated worker), and opens the minutes. Returns the meeting's page address.
     */
    String aMaceMemberRunsAMeeting(String childId, String actionWhat) throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.signIn(console + "/mace", "mace", LocalStack.demoPassword()).driver();
            browser.waitFor(By.id("heldOn")).sendKeys(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            page.findElement(By.id("chairName")).sendKeys("DI Ruth Hale");
            new Select(page.findElement(By.id("chairAgency"))).selectByValue("POLICE");
            browser.assertAccessible();
            browser.screenshot("journey-mace-schedule");
            page.findElement(By.cssSelector("#schedule button[type=submit]")).click();
            new WebDriverWait(page, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().matches(".*/mace/meetings/[^/#?]+.*"));
            String meeting = page.getCurrentUrl().replaceAll("[#?].*$", "");

            // as from the child's page ("Nominate ... for a MACE meeting"): choose the meeting, the child is filled in
            page.get(console + "/mace?nominate=" + childId);
            browser.waitFor(By.cssSelector("a[href*='" + meeting.substring(meeting.lastIndexOf('/')) + "?nominate=']"))
                    .click();
            assertThat(browser.waitFor(By.id("nominate-child")).getAttribute("value")).isEqualTo(childId);
            new Select(page.findElement(By.id("nominate-agency"))).selectByValue("SOCIAL_CARE");
            page.findElement(By.id("nominate-reason")).sendKeys("Found with an adult of concern; off the school roll");
            page.findElement(By.cssSelector("#form-nomination button[type=submit]")).click();
            refusedOr(browser, "the child nominated", driver -> driver.findElement(By.id("main")).getText()
                    .contains("Found with an adult of concern"));

            browser.waitFor(By.id("present-POLICE")).sendKeys("Sergeant Lee Ford");
            page.findElement(By.id("present-SOCIAL_CARE")).sendKeys("Sam Okafor");
            page.findElement(By.id("present-EDUCATION")).sendKeys("Ms Reid");
            page.findElement(By.id("apologies-HEALTH")).sendKeys("Dr Amir Shah");
            page.findElement(By.cssSelector("#form-opening button[type=submit]")).click();
            By discussion = By.id("form-discussion-" + childId);
            refusedOr(browser, "the meeting opened", driver -> !driver.findElements(discussion).isEmpty());
            WebElement form = page.findElement(discussion);
            form.findElement(By.cssSelector("input[name=agreedCategory][value=MODERATE]")).click();
            form.findElement(By.name("reasonForDifference")).sendKeys("Seen twice with the same adult since the assessment");
            form.findElement(By.name("decision")).sendKeys("Joint visit by police and social care; disruption notice considered");
            form.findElement(By.name("workerName")).sendKeys("Sam Okafor");
            form.findElement(By.name("workerTeam")).sendKeys("Exploitation team");
            form.findElement(By.name("action1-what")).sendKeys(actionWhat);
            form.findElement(By.name("action1-owner")).sendKeys("Sergeant Lee Ford");
            new Select(form.findElement(By.name("action1-agency"))).selectByValue("POLICE");
            form.findElement(By.name("action1-dueOn")).sendKeys(java.time.LocalDate.now(java.time.ZoneId.of(
                    "Europe/London")).plusDays(14).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.screenshot("journey-mace-decision");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            refusedOr(browser, "the decision recorded", driver -> driver.findElements(discussion).isEmpty()
                    && driver.findElement(By.id("main")).getText().contains(actionWhat));
            browser.assertAccessible();

            page.findElement(By.cssSelector("#form-closure button[type=submit]")).click();
            refusedOr(browser, "the meeting closed", driver -> driver.findElements(By.id("form-closure")).isEmpty());
            String text = browser.waitFor(By.id("main")).getText();
            assertThat(text).contains("Joint visit by police and social care", actionWhat, "Sergeant Lee Ford");
            browser.assertAccessible();
            browser.screenshot("journey-mace-closed");
            String minutes = page.findElement(By.cssSelector("a[href$='/minutes.pdf']")).getAttribute("href");
            byte[] pdf = fetch(page, minutes).body();
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            return meeting;
        }
    }

    /**
     * Waits for what a form's submission should lead to; a refusal the console shows beside the form ({@code #problem})
     * fails at once with the service's words, and a timeout says what the page showed.
     */
    private static void refusedOr(Browser browser, String what, java.util.function.Function<WebDriver, Boolean> done) {
        WebDriver page = browser.driver();
        try {
            new WebDriverWait(page, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> done.apply(driver) || !driver.findElements(By.id("problem")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("journey-failed-" + what.replace(' ', '-'));
            throw new AssertionError("waited 30 s for " + what + "; the page said: "
                    + page.findElement(By.tagName("body")).getText(), e);
        }
        List<WebElement> problem = page.findElements(By.id("problem"));
        if (!problem.isEmpty() && !done.apply(page)) {
            browser.screenshot("journey-failed-" + what.replace(' ', '-'));
            throw new AssertionError("the console refused " + what + ": " + problem.get(0).getText());
        }
    }

    /** A manager reads the figures and downloads both statutory lists twice each: the same bytes both times. */
    void aManagerSeesTheFiguresAndDownloadsBothListsTwice() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.signIn(console + "/figures", "manager", LocalStack.demoPassword()).driver();
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Figures");
            assertThat(page.findElements(By.cssSelector("main svg"))).as("the figures as charts").isNotEmpty();
            browser.assertAccessible();
            browser.screenshot("journey-figures");

            // everything here was recorded today: today's lists, pinned to when the page was drawn
            page.get(console + "/figures/lists?asAt=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
            browser.waitFor(By.cssSelector("a[href*='/figures/lists/'][href*='.csv']"));
            browser.assertAccessible();
            browser.screenshot("journey-lists");
            for (String list : List.of("ofsted-missing-episodes", "ssda903-missing")) {
                String href = page.findElement(By.cssSelector("a[href*='/figures/lists/" + list + ".csv']"))
                        .getAttribute("href");
                byte[] first = download(page, href);
                byte[] second = download(page, href);
                assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).as(list + ": its header row")
                        .isNotBlank();
                assertThat(second).as(list + " asked for twice").isEqualTo(first);
                if (list.startsWith("ofsted")) {
                    assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8).lines().count())
                            .as("the episodes recorded today are on the Ofsted list").isGreaterThan(1);
                }
                Files.write(Path.of("target", "screenshots", "journey-" + list + ".csv"), first);
            }
        }
    }

    /** The file the link gives, fetched with the browser's own session (as the download would be). */
    private static byte[] download(WebDriver page, String href) throws Exception {
        HttpResponse<byte[]> response = fetch(page, href);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment"));
        return response.body();
    }

    private static HttpResponse<byte[]> fetch(WebDriver page, String href) throws Exception {
        String cookies = page.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response;
    }

    private static Set<String> rowIds(WebDriver page) {
        return rows(page).keySet();
    }

    /** The board's rows, id to text, read in one step in the page (the board swaps its rows in whole when they change). */
    @SuppressWarnings("unchecked")
    private static java.util.Map<String, String> rows(WebDriver page) {
        List<String> rows = (List<String>) ((JavascriptExecutor) page).executeScript(
                "return Array.from(document.querySelectorAll(\"#alert-rows tr[id^='alert-']\"))"
                        + ".map(r => r.id + '\\t' + r.innerText)");
        java.util.Map<String, String> byId = new java.util.LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.substring(0, row.indexOf('\t')), row.substring(row.indexOf('\t') + 1)));
        return byId;
    }
}
