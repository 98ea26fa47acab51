package uk.lantern.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.lantern.console.backend.Service;
import uk.lantern.console.browser.Browser;
import uk.lantern.console.browser.ConsoleUnderTest;
import uk.lantern.console.browser.StandInService;

/**
 * Signing in and out of the console through Lantern's OpenID provider, in a real browser: deny by default, the
 * person's name and role from the token, the person's own token sent on to the services, a service's refusal shown in
 * its words, and sign-out ending the session.
 */
class SignInBrowserIT {

    private static ConsoleUnderTest console;

    @BeforeAll
    static void start() {
        console = ConsoleUnderTest.start();
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    @Test
    void nobody_gets_a_page_without_signing_in() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(console.url() + "/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/oauth2/authorization/lantern"));
    }

    @Test
    void a_part_of_a_page_asked_for_without_a_session_reloads_the_whole_page_to_sign_in() throws Exception {
        HttpResponse<String> part = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(console.url() + "/")).header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(part.statusCode()).isEqualTo(401);
        assertThat(part.headers().firstValue("HX-Refresh")).hasValue("true");
    }

    @Test
    void a_coordinator_signs_in_sees_their_name_and_work_and_signs_out() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/", "coordinator");

            assertThat(browser.driver().findElement(By.cssSelector(".who-name")).getText()).isEqualTo("Amira Khan");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Hello, Amira Khan");
            assertThat(browser.driver().findElement(By.cssSelector("nav[aria-label=Main]")).getText())
                    .contains("Alerts", "MACE", "Figures and lists");
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return typeof htmx + ' ' + performance.getEntriesByType('resource')"
                            + ".filter(e => e.name.endsWith('.js')).map(e => e.responseStatus).join(' ')"))
                    .as("htmx, its SSE extension and the console's script, all from the console").isEqualTo("object 200 200 200");
            browser.assertAccessible();
            browser.screenshot("sign-in-home-coordinator");

            browser.driver().findElement(By.cssSelector(".sign-out button")).click();
            browser.waitFor(By.tagName("h1"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("You have signed out");
            browser.assertAccessible();

            browser.driver().get(console.url() + "/");
            browser.waitFor(By.name("username"));
            assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(console.url());
        }
    }

    @Test
    void an_analyst_is_offered_figures_only() {
        try (Browser browser = new Browser()) {
            browser.signIn(console.url() + "/", "analyst");

            String nav = browser.driver().findElement(By.cssSelector("nav[aria-label=Main]")).getText();
            assertThat(nav).contains("Figures and lists").doesNotContain("Alerts").doesNotContain("MACE");
        }
    }
}
