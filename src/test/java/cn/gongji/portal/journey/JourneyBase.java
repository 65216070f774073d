package cn.gongji.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser journeys: the whole portal on a random port with the README's demo cast on its own in-memory
 * database, driven by Debian's headless Chromium. Every step waits for a condition, never for time. Each journey
 * saves a screenshot under {@code target/journeys/} at its end, and one named {@code …-FAILED} when it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:journeys;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "portal.quota-expiry-interval=PT24H",
        // The development-mode badge would cover the page's top right corner in every screenshot.
        "vaadin.devmode.devTools.enabled=false"})
// The demo cast exists only with the development profile (ProductionSafetyCheck).
@ActiveProfiles("dev")
abstract class JourneyBase {

    // The demo cast (README); every citizen's password is the same.
    static final String PASSWORD = "Demo@2026";
    static final String ZHANG_JIANGUO = "11010519780512011X";
    static final String ZHANG_JIANYING = "110102197609230240";
    static final String ZHANG_DEMING = "410102195009150134";
    static final String LI_DEFU = "110108195211020154";
    static final String CHEN_ZHIQIANG = "350102197504040314";
    static final String LIN_XIUZHEN = "350103194806300428";

    static final Path SCREENSHOTS = Path.of("target", "journeys");

    static WebDriver driver;
    static WebDriverWait wait;

    @LocalServerPort
    int port;

    @RegisterExtension
    final TestWatcher onFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + "-FAILED");
        }
    };

    @BeforeAll
    static void startBrowser() throws IOException {
        Path profile = Files.createTempDirectory("journey-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1400", "--lang=zh-CN");
        // The portal follows the browser's language (Chinese by default); a person in China sends zh-CN.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        // The console, so that a journey can tell whether the Content Security Policy blocked anything (issue 11).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // Vaadin's first load in development mode can take a while on a busy 2-core machine.
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    /**
     * Issue 11: everything the pages did so far ran under the portal's Content Security Policy and the browser blocked
     * nothing (Chromium writes "Refused to … because it violates the following Content Security Policy directive" to
     * the console). A message written first proves that the console is read at all.
     */
    static void assertNothingBlockedByTheContentSecurityPolicy() {
        ((JavascriptExecutor) driver).executeScript("console.warn('journey console probe')");
        List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(console).anySatisfy(message -> assertThat(message).contains("journey console probe"));
        assertThat(console).noneSatisfy(message -> assertThat(message).contains("Content Security Policy"));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in at the login page as a person would: ID number, password, Enter. Signs out whoever was in. */
    void signIn(String idNumber) {
        driver.manage().deleteAllCookies();
        driver.get(url("login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(idNumber);
        WebElement password = driver.findElement(By.cssSelector("input[name=password]"));
        password.sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
    }

    /** Opens a page of the portal and waits until Vaadin has rendered the element with {@code readyId}. */
    void open(String path, String readyId) {
        driver.get(url(path));
        waitFor(readyId);
    }

    /**
     * Waits for the element and brings it into view first: WebDriver reads no text of an element it deems not
     * displayed, and an element scrolled out of the app layout's content area counts as such.
     */
    WebElement waitFor(String id) {
        // Found afresh on every try: a view may replace the element (a summary is rebuilt on every change).
        return wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> {
                    WebElement element = d.findElement(By.id(id));
                    scrollTo(element);
                    return element.isDisplayed() ? element : null;
                });
    }

    void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /**
     * Clicks the element as a person would once it can be clicked: scrolled to the middle of the screen and no
     * longer covered (a dialog that has just closed fades out over the page for a moment).
     */
    void click(String id) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        scrollTo(element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            element.click();
            return true;
        });
    }

    /** Types into a Vaadin text field (its native input is a light-DOM child of the element with the id). */
    void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        scrollTo(input);
        wait.until(ExpectedConditions.elementToBeClickable(input));
        input.clear();
        input.sendKeys(text);
    }

    /** Picks an item of a Vaadin select by its visible label, as a mouse user does. */
    void choose(String id, String label) {
        click(id);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space(.)='" + label + "']"))).click();
        wait.until(ExpectedConditions.attributeContains(By.id(id), "value", ""));
    }

    void tick(String id) {
        // The native input of a Vaadin checkbox is visually hidden; a person clicks the box or its label.
        click(id);
    }

    /** Waits until the element's visible text is exactly {@code expected}, and returns it. */
    String waitForText(String id, String expected) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(By.id(id));
            scrollTo(element);
            return expected.equals(element.getText());
        });
        return expected;
    }

    /** Waits until the element's visible text contains every one of the parts. */
    void waitForTextContaining(String id, String... parts) {
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class).until(d -> {
            WebElement element = d.findElement(By.id(id));
            scrollTo(element);
            String text = element.getText();
            return java.util.Arrays.stream(parts).allMatch(text::contains);
        });
    }

    String text(String id) {
        return wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> {
                    WebElement element = d.findElement(By.id(id));
                    scrollTo(element);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    /** Waits for a notification card that contains the text. */
    WebElement waitForNotification(String containing) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(normalize-space(.), '" + containing + "')]")));
    }

    /** Waits until Vaadin has no request in flight, so the screen shows the server's last answer. */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                        + ".every(c => !c.isActive())")));
    }

    static void screenshot(String name) {
        if (driver == null) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            // A screenshot is evidence, not the test: failing to take one must not hide the test's own result.
            org.slf4j.LoggerFactory.getLogger(JourneyBase.class).warn("No screenshot {}: {}", name, e.toString());
        }
    }
}
