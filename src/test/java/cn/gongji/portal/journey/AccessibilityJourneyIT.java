package cn.gongji.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Accessibility as a test (issue 12). axe-core runs in headless Chromium on every screen of ui.md — sign-in, home,
 * family, the bind dialog open, a relation, received, history, notifications, not found, the agent's search and case,
 * the supervisor's review — in Chinese and in English, and in elderly mode (适老化); any serious or critical
 * violation fails the build with its rule, where it is and how to fix it. A second journey binds a relative with the
 * keyboard alone (Tab, Shift-Tab, Enter, Space, arrows; no click), as a person who cannot use a mouse does.
 *
 * <p>People: 张建国 for the citizen screens (he only looks), 李秀英 binds her son 张磊 by keyboard (nobody else's
 * journey touches either of them), agent01 opens 张建国's case, super01 reviews. Screenshots go to
 * {@code target/journeys/a11y-*.png}.
 */
class AccessibilityJourneyIT extends BrowserJourney {

    static final String SHOTS_PREFIX = "a11y";
    static final String ZHANG_JIANGUO = "11010519780512011X";
    static final String LI_XIUYING = "110108198003080228";
    static final String ZHANG_LEI = "310104200001180198";
    static final String PASSWORD = "Demo@2026";

    /** axe-core's two highest impacts: what blocks or badly hinders a person using a screen reader or keyboard. */
    static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void clearOldScreenshots() throws IOException {
        clearScreenshots(SHOTS_PREFIX);
    }

    @ParameterizedTest(name = "every screen of ui.md in {0}")
    @ValueSource(strings = {"zh-CN", "en"})
    void everyScreenHasNoSeriousOrCriticalViolation(String language) throws IOException {
        String lang = language.startsWith("en") ? "en" : "zh";
        try {
            // Everyone: the sign-in page.
            openLogin(lang);
            check(lang, "/login");

            // A citizen: every screen of his, and the bind dialog open.
            signInAs(lang, ZHANG_JIANGUO, PASSWORD);
            go("/");
            ready("account-balance");
            check(lang, "/ (home)");
            go("/family");
            ready("relations-grid");
            check(lang, "/family");
            click("add-relative");
            ready("relative-id");
            check(lang, "/family with the bind dialog open");
            click("bind-cancel");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bind-dialog")));
            String relationLink = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#relations-grid a[id^=relation-link-]"))).getDomAttribute("id");
            go("/family/relation/" + relationLink.substring("relation-link-".length()));
            ready("relation-status");
            check(lang, "/family/relation/{id}");
            go("/received");
            ready("shared-available");
            check(lang, "/received");
            go("/history");
            ready("history-grid");
            check(lang, "/history");
            go("/notifications");
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#notifications-list, #notifications-empty")));
            settle();
            check(lang, "/notifications");
            go("/no-such-page");
            ready("not-found");
            check(lang, "not found");

            // Elderly mode (适老化): larger text and stronger contrast must not break anything either.
            go("/");
            ready("account-balance");
            setLargeText(true);
            // Lumo's colours follow the portal's through portal.css's mapping (a11y.css only changes the portal's).
            assertThat(cssVariable("--lumo-body-text-color")).isEqualTo("#000000");
            assertThat(cssVariable("--lumo-primary-text-color")).isEqualTo("#0a3474");
            check(lang, "/ (home) in elderly mode");
            go("/family");
            ready("relations-grid");
            check(lang, "/family in elderly mode");
            setLargeText(false);
            signOut();

            // An agent: the search and an opened case (D26: the opening asks for a reason).
            signInAs(lang, "agent01", "Agent@2026");
            go("/cases");
            ready("case-query");
            check(lang, "/cases");
            type("case-query", ZHANG_JIANGUO);
            type("case-reason", "accessibility check of the case page");
            click("case-search");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#case-results vaadin-button.case-open"))).click();
            waitText("case-id-number", ZHANG_JIANGUO);
            check(lang, "/cases/{idNumber}");
            signOut();

            // A supervisor: the flags to review.
            signInAs(lang, "super01", "Super@2026");
            go("/review");
            ready("flags-grid");
            check(lang, "/review");
            shot(SHOTS_PREFIX + "-" + lang + "-review");
        } catch (AssertionError | RuntimeException failure) {
            shot(SHOTS_PREFIX + "-" + lang + "-failure");
            throw failure;
        }
        assertThat(violations)
                .as("axe-core found serious or critical accessibility violations (%s):%n%s", language,
                        String.join(System.lineSeparator(), violations))
                .isEmpty();
    }

    /**
     * A citizen who uses no mouse: signs in, reaches /family from the menu, skips the page's header with the skip link,
     * opens the bind dialog, fills it in, accepts the letter and binds — Tab, Shift-Tab, Enter, Space and arrows only.
     * The header does not stand between him and the page: {@code #add-relative} is at most three key presses away.
     */
    @Test
    void aCitizenBindsARelativeWithTheKeyboardAlone() throws IOException {
        try {
            // Sign in: Tab to the ID number, type, Tab to the password, type, Enter.
            go("/login");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
            settle();
            tabUntil(() -> "username".equals(focusedAttribute("name")), 10, "the ID number field");
            keys(LI_XIUYING);
            keys(Keys.TAB);
            assertThat(focusedAttribute("name")).isEqualTo("password");
            keys(PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
            settle();

            // The menu's 'family' entry, by Tab and Enter.
            tabUntil(() -> "menu-family".equals(focusedId()), 30, "the menu entry of /family");
            keys(Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("/family"));
            ready("add-relative");

            // Arriving on the page: the skip link is the first stop, and the page's first action right after it.
            go("/family");
            ready("add-relative");
            keys(Keys.TAB);
            assertThat(focusedId()).isEqualTo("skip-to-content");
            keys(Keys.ENTER);
            int presses = 2 + tabUntil(() -> "add-relative".equals(focusedId()), 3, "#add-relative");
            assertThat(presses).as("key presses from the top of /family to #add-relative").isLessThanOrEqualTo(3);
            shot(SHOTS_PREFIX + "-keyboard-1-family");

            // The bind dialog: ID number, kinship (arrows), the letter, the tick box (Space), then bind (Enter).
            keys(Keys.ENTER);
            ready("relative-id");
            // The dialog puts the focus into its first field (or Tab gets there inside the dialog's focus trap).
            if (!"relative-id".equals(focusedId())) {
                tabUntil(() -> "relative-id".equals(focusedId()), 8, "#relative-id");
            }
            keys(ZHANG_LEI);
            keys(Keys.TAB);
            assertThat(focusedId()).isEqualTo("relation-kind");
            keys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-select-item[focused]")));
            String child = "子女";
            for (int i = 0; i < 8 && !child.equals(focusedText()); i++) {
                keys(Keys.ARROW_DOWN);
            }
            assertThat(focusedText()).isEqualTo(child);
            keys(Keys.ENTER);
            wait.until(d -> text("bind-summary").contains(child));
            tabUntil(() -> "commitment-accept".equals(focusedId()), 4, "#commitment-accept");
            keys(Keys.SPACE);
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('commitment-accept').checked")));
            tabUntil(() -> "bind-submit".equals(focusedId()), 4, "#bind-submit");
            // Shift-Tab goes back to "cancel" beside it, Tab forward again: the order reads as the dialog looks.
            new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            settle();
            assertThat(focusedId()).as("focus after Shift-Tab from #bind-submit").isEqualTo("bind-cancel");
            keys(Keys.TAB);
            assertThat(focusedId()).isEqualTo("bind-submit");
            shot(SHOTS_PREFIX + "-keyboard-2-dialog");
            keys(Keys.ENTER);

            // The result: the new relation's page with what happened.
            wait.until(ExpectedConditions.urlContains("/family/relation/"));
            ready("relation-status");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("张*");
            shot(SHOTS_PREFIX + "-keyboard-3-bound");
        } catch (AssertionError | RuntimeException failure) {
            shot(SHOTS_PREFIX + "-keyboard-failure");
            throw failure;
        }
    }

    // ---------- axe-core ----------

    /** Runs axe-core on the page as it is now and keeps every serious or critical violation, with where and how. */
    private void check(String lang, String screen) throws IOException {
        settle();
        Results results = new AxeBuilder().analyze(browser);
        if (results.isErrored()) {
            violations.add("[" + lang + "] " + screen + ": axe-core could not run: " + results.getErrorMessage());
            return;
        }
        for (Rule rule : results.getViolations()) {
            if (!FAILING_IMPACTS.contains(String.valueOf(rule.getImpact()))) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                violations.add("[" + lang + "] " + screen + ": " + rule.getId() + " (" + rule.getImpact() + ") at "
                        + node.getTarget() + " — " + rule.getHelp() + " " + rule.getHelpUrl()
                        + System.lineSeparator() + "      " + String.valueOf(node.getFailureSummary())
                        .replace("\n", " "));
            }
        }
        shot(SHOTS_PREFIX + "-" + lang + "-" + screen.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", ""));
    }

    // ---------- steps ----------

    private void openLogin(String lang) {
        go("/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        settle();
        if (!pageLanguage().startsWith(lang)) {
            click("language-switch");
            wait.until(d -> pageLanguage().startsWith(lang));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
        }
        settle();
    }

    private void signInAs(String lang, String user, String password) {
        openLogin(lang);
        browser.findElement(By.cssSelector("input[name=username]")).sendKeys(user);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
        settle();
        assertThat(pageLanguage()).startsWith(lang);
    }

    private void signOut() {
        click("sign-out");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
    }

    private void setLargeText(boolean on) {
        if (isLargeText() != on) {
            click("large-text");
            wait.until(d -> isLargeText() == on);
        }
        settle();
    }

    /** A custom property as the page computes it, its {@code var()}s resolved. */
    private String cssVariable(String name) {
        return String.valueOf(js("return getComputedStyle(document.body).getPropertyValue(arguments[0]).trim()"
                + ".toLowerCase()", name));
    }

    private boolean isLargeText() {
        return Boolean.TRUE.equals(js("return document.body.classList.contains('portal-large-text')"));
    }

    private void ready(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        settle();
    }

    /** Waits until Vaadin has answered every request in flight, so that axe sees the page as the person does. */
    private void settle() {
        wait.until(d -> Boolean.TRUE.equals(js(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                        + ".every(c => !c.isActive())")));
    }

    private String pageLanguage() {
        return String.valueOf(js("return document.documentElement.lang || ''")).toLowerCase(Locale.ROOT);
    }

    // ---------- the keyboard ----------

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
        settle();
    }

    /** Presses Tab until the condition holds; returns how many times, and fails after {@code max}. */
    private int tabUntil(java.util.function.BooleanSupplier reached, int max, String what) {
        for (int presses = 1; presses <= max; presses++) {
            keys(Keys.TAB);
            if (reached.getAsBoolean()) {
                return presses;
            }
        }
        throw new AssertionError(what + " was not reached in " + max + " Tab presses; the focus is on "
                + focusedDescription());
    }

    /**
     * The id of the focused element or of the nearest component around it: a Vaadin field's own input has an id that
     * Vaadin made up ({@code input-vaadin-text-field-3}), so the field's id is the one of ui.md.
     */
    private String focusedId() {
        return (String) js("const a = document.activeElement;"
                + " const c = a && a.closest('[id]:not([id*=\"-vaadin-\"])'); return c ? c.id : null");
    }

    private String focusedAttribute(String name) {
        return (String) js("const a = document.activeElement; return a ? a.getAttribute(arguments[0]) : null", name);
    }

    private String focusedText() {
        return (String) js("const a = document.activeElement; return a ? a.textContent.trim() : null");
    }

    private String focusedDescription() {
        return String.valueOf(js("const a = document.activeElement; return a ? a.outerHTML.substring(0, 200) : null"));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
