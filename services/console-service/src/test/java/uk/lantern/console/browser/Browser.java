package uk.lantern.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver, which .ci/ensure-tools.sh installs) driven by Selenium,
 * with what every console test needs: sign in through the provider's form as a demo person, check the page with
 * axe-core against WCAG 2.2 AA, and keep a screenshot as test output.
 *
 * <p>Starting Chromium takes seconds, so a closed browser is not quit but kept for the test JVM's next one, emptied
 * first as a new browser would be: its windows but one closed, the page left for {@code about:blank} (ending its
 * scripts and live streams), and every cookie, the HTTP cache and the storage of each origin it visited cleared. A
 * browser that cannot be emptied is quit, and the next test gets a new one. Tests run one at a time, so one Chromium
 * serves them all. {@code -Dlantern.browser.fresh=true} quits every browser instead (a new Chromium for each test).
 */
public final class Browser implements AutoCloseable {

    /** The axe-core rule sets the console must pass: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Emptied browsers waiting for the next test; quit when the JVM ends. */
    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();
    private static final boolean FRESH = Boolean.getBoolean("lantern.browser.fresh");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.forEach(Browser::quietlyQuit);
                IDLE.clear();
            }
        }));
    }

    private final ChromeDriver driver;
    /** The origins this browser has been to (the console's, the provider's), whose storage is cleared on close. */
    private final Set<String> origins = new LinkedHashSet<>();

    public Browser() {
        ChromeDriver idle = takeIdle();
        driver = idle != null ? idle : start();
    }

    private static ChromeDriver takeIdle() {
        while (true) {
            ChromeDriver idle;
            synchronized (IDLE) {
                idle = IDLE.poll();
            }
            if (idle == null) {
                return null;
            }
            try {
                idle.getWindowHandle();
                return idle;
            } catch (RuntimeException gone) {
                quietlyQuit(idle);
            }
        }
    }

    private static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--lang=en-GB", "--force-prefers-reduced-motion");
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        if (Files.isExecutable(DRIVER)) {
            service.usingDriverExecutable(DRIVER.toFile());
        }
        ChromeDriver driver = new ChromeDriver(service.build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code url}; if the console sends the browser to sign in, signs in as {@code username} and comes back. */
    public Browser signIn(String url, String username) {
        return signIn(url, username, ConsoleUnderTest.PASSWORD);
    }

    public Browser signIn(String url, String username, String password) {
        origins.add(origin(url));
        driver.get(url);
        WebElement user = waitFor(By.name("username"));
        origins.add(origin(driver.getCurrentUrl()));
        user.sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(origin(url)));
        waitFor(By.id("main"));
        return this;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Fails naming every WCAG 2.2 AA violation axe-core finds on the page as it now stands. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        assertThat(results.getViolations()).as(() -> "accessibility violations on " + driver.getCurrentUrl() + ":\n"
                + results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    /** Saves the page as {@code <name>.png} under target/screenshots (the README shows the best of them). */
    public Path screenshot(String name) {
        Path folder = Path.of(System.getProperty("lantern.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            Path to = folder.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** Empties the browser (see the class comment) for the next test, or quits it if that fails. */
    @Override
    public void close() {
        if (FRESH) {
            driver.quit();
            return;
        }
        try {
            empty();
        } catch (RuntimeException e) {
            quietlyQuit(driver);
            return;
        }
        synchronized (IDLE) {
            IDLE.push(driver);
        }
    }

    private void empty() {
        List<String> windows = List.copyOf(driver.getWindowHandles());
        for (String window : windows.subList(1, windows.size())) {
            driver.switchTo().window(window).close();
        }
        driver.switchTo().window(windows.get(0));
        String current = driver.getCurrentUrl();
        if (current != null && current.startsWith("http")) {
            origins.add(origin(current));
        }
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        for (String origin : origins) {
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
        Object left = driver.executeCdpCommand("Storage.getCookies", Map.of()).get("cookies");
        if (!(left instanceof List<?> cookies) || !cookies.isEmpty()) {
            throw new IllegalStateException("cookies left after clearing them: " + left);
        }
    }

    private static void quietlyQuit(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }
}
