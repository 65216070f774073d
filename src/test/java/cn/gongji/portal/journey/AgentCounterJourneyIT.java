package cn.gongji.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The issue's browser journey, in headless Chromium against the portal with the README's demo cast: agent01 finds
 * 周淑兰, opens her case with a reason, binds her grandson 周小宇 (son's child) with the letter signed in the hall,
 * opens her wallet and grants him 200.00 on her behalf; super01 then sees the opening in the access log, and the new
 * relation's timeline names the agent and the channel (D7, D10, D25, D26). Screenshots go to target/journeys/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:agent-journey;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "portal.quota-expiry-interval=PT24H",
        // Vaadin's development tools would float over the page (and the sign-out button) in the screenshots.
        "vaadin.devmode.devTools.enabled=false"})
class AgentCounterJourneyIT {

    static final String ZHOU_SHULAN = "120103194602140626";
    static final String ZHOU_XIAOYU = "130102201208080731";
    static final Path SHOTS = Path.of("target", "journeys");

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;
    Path profile;

    /** Only this run's screenshots, so that an old failure's picture is never mistaken for this one's. */
    @BeforeAll
    static void clearScreenshots() throws IOException {
        Files.createDirectories(SHOTS);
        try (var old = Files.newDirectoryStream(SHOTS, "agent-counter-*.png")) {
            for (Path shot : old) {
                Files.delete(shot);
            }
        }
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("journey-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1400", "--lang=zh-CN");
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

    @Test
    void anAgentBindsAndGrantsForAnElderlySharerAndTheSupervisorSeesIt() throws IOException {
        try {
            journey();
        } catch (AssertionError | RuntimeException failure) {
            shot("failure");
            throw failure;
        }
    }

    private void journey() throws IOException {
        String reason = "周淑兰在服务大厅窗口申请为孙子办理家庭共济";

        // The agent finds her and opens her case with a reason (D26).
        signIn("agent01", "Agent@2026");
        go("/cases");
        type("case-query", "周淑兰");
        type("case-reason", reason);
        click("case-search");
        WebElement open = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#case-results vaadin-button.case-open")));
        assertThat(gridTexts("case-results")).contains("周*兰").doesNotContain("周淑兰", ZHOU_SHULAN);
        open.click();
        waitText("case-id-number", ZHOU_SHULAN);
        assertThat(text("case-logged")).contains(reason);

        // She binds her grandson (son's child) with the letter signed in the hall (D7).
        click("counter-bind");
        type("counter-relative-id", ZHOU_XIAOYU);
        click("counter-relation-kind");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='孙子女']"))).click();
        assertThat(text("counter-letter")).contains("承诺");
        browser.findElement(By.cssSelector("#counter-letter-signed input")).click();
        click("counter-review");
        waitText("counter-summary", "周*宇");
        assertThat(text("counter-summary")).contains("孙子女", "服务大厅", reason);
        click("counter-confirm");
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#case-relations-sharer .portal-card")));
        String relationId = card.getDomAttribute("id").substring("relation-".length());
        assertThat(card.getText()).contains("周*宇", "孙子女");

        // Her wallet is opened at the counter, then the agent grants him 200.00 on her behalf (D10).
        click("counter-open-wallet");
        click("counter-review");
        click("counter-confirm");
        waitText("case-wallet-status", "已开通");
        click("counter-grant-" + relationId);
        type("counter-amount", "200.00");
        replace("counter-reason", "为孙子授予上学期间的医药费额度");
        click("counter-review");
        waitText("counter-summary", "200.00 元");
        click("counter-confirm");
        waitText("quota-available-" + relationId, "200.00 元");
        assertThat(text("case-available")).isEqualTo("5800.00 元");
        shot("1-agent-case-after-grant");
        click("sign-out");

        // The supervisor sees the opening in the access log (D26)…
        signIn("super01", "Super@2026");
        go("/access-log");
        wait.until(d -> gridTexts("access-log-grid").contains("agent01"));
        String log = gridTexts("access-log-grid");
        assertThat(log).contains("agent01", "周*兰", reason).doesNotContain(ZHOU_SHULAN);
        shot("2-supervisor-access-log");

        // …and the new relation's timeline names the agent and the channel (P6, D7, D25).
        go("/cases");
        type("case-query", ZHOU_SHULAN);
        type("case-reason", "稽核：复核窗口代办的共济绑定");
        click("case-search");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#case-results vaadin-button.case-open"))).click();
        waitText("case-id-number", ZHOU_SHULAN);
        browser.findElement(By.cssSelector("#relation-timeline-" + relationId + " vaadin-details-summary")).click();
        wait.until(d -> text("relation-timeline-" + relationId).contains("额度"));
        String timeline = text("relation-timeline-" + relationId);
        assertThat(timeline).contains("服务大厅", "经办人 agent01", "绑定", "授予");
        scrollTo("relation-timeline-" + relationId);
        shot("3-supervisor-relation-timeline");
    }

    private void signIn(String user, String password) {
        go("/login");
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[name=username]")));
        name.sendKeys(user);
        WebElement secret = browser.findElement(By.cssSelector("input[name=password]"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
    }

    private void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Types into a Vaadin text field or area by its id. */
    private void type(String id, String value) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " input, #" + id + " textarea"))).sendKeys(value);
    }

    private void replace(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    private void waitText(String id, String part) {
        wait.until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && found.getFirst().getText().contains(part);
        });
    }

    /** The text of a grid's cells (rendered in the light DOM, in slots). */
    private String gridTexts(String id) {
        return String.join(" | ", browser.findElements(By.cssSelector("#" + id + " vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList());
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve("agent-counter-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
