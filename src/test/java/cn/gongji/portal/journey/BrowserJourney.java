package cn.gongji.portal.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser journeys: the portal on a random port with the README's demo cast (its own in-memory database),
 * headless Chromium in Chinese with a fresh profile, helpers that find elements by the ids of ui.md and wait on
 * conditions (never sleep), and screenshots under {@code target/journeys/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:browser-journeys;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "portal.quota-expiry-interval=PT24H",
        // Vaadin's development tools would float over the page (and the sign-out button) in the screenshots.
        "vaadin.devmode.devTools.enabled=false"})
// The demo cast exists only with the development profile (ProductionSafetyCheck).
@ActiveProfiles("dev")
abstract class BrowserJourney {

    static final Path SHOTS = Path.of("target", "journeys");

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    /** Deletes this journey's screenshots of an earlier run, so an old failure is never mistaken for this one's. */
    static void clearScreenshots(String prefix) throws IOException {
        Files.createDirectories(SHOTS);
        try (var old = Files.newDirectoryStream(SHOTS, prefix + "-*.png")) {
            for (Path shot : old) {
                Files.delete(shot);
            }
        }
    }

    @BeforeEach
    void startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("journey-chromium"), "--window-size=1280,1400",
                "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signIn(String user, String password) {
        go("/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys(user);
        WebElement secret = browser.findElement(By.cssSelector("input[name=password]"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
    }

    void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Types into a Vaadin text field or area by its id. */
    void type(String id, String value) {
        field(id).sendKeys(value);
    }

    void replace(String id, String value) {
        WebElement field = field(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
    }

    private WebElement field(String id) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
    }

    /** Picks an item of a Vaadin select by its visible text. */
    void choose(String selectId, String item) {
        click(selectId);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + item + "']"))).click();
    }

    String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    void waitText(String id, String part) {
        wait.until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            try {
                return !found.isEmpty() && found.getFirst().getText().contains(part);
            } catch (StaleElementReferenceException rerendered) {
                return false;   // Vaadin replaced the element between finding and reading it: look again
            }
        });
    }

    /** The text of a grid's cells (rendered in the light DOM, in slots). */
    String gridTexts(String id) {
        return String.join(" | ", browser.findElements(By.cssSelector("#" + id + " vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList());
    }

    void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    void shot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
