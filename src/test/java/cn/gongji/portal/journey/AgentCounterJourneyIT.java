package cn.gongji.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The browser journey, in headless Chromium against the portal with the README's demo cast: agent01 finds
 * 周淑兰, opens her case with a reason, binds her grandson 周小宇 (son's child) with the letter signed in the hall,
 * opens her wallet and grants him 200.00 on her behalf; super01 then sees the opening in the access log, and the new
 * relation's timeline names the agent and the channel (D7, D10, D25, D26). Screenshots go to target/journeys/.
 */
class AgentCounterJourneyIT extends BrowserJourney {

    static final String ZHOU_SHULAN = "120103194602140626";
    static final String ZHOU_XIAOYU = "130102201208080731";
    static final String SHOTS_PREFIX = "agent-counter";

    @BeforeAll
    static void clearOldScreenshots() throws IOException {
        clearScreenshots(SHOTS_PREFIX);
    }

    @Test
    void anAgentBindsAndGrantsForAnElderlySharerAndTheSupervisorSeesIt() throws IOException {
        try {
            journey();
        } catch (AssertionError | RuntimeException failure) {
            shot(SHOTS_PREFIX + "-failure");
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
        choose("counter-relation-kind", "孙子女");
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
        assertThat(text("counter-done")).contains("亲属已绑定");

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
        shot(SHOTS_PREFIX + "-1-agent-case-after-grant");
        click("sign-out");

        // The supervisor sees the opening in the access log (D26)…
        signIn("super01", "Super@2026");
        go("/access-log");
        wait.until(d -> gridTexts("access-log-grid").contains("agent01"));
        assertThat(gridTexts("access-log-grid")).contains("agent01", "周*兰", reason).doesNotContain(ZHOU_SHULAN);
        shot(SHOTS_PREFIX + "-2-supervisor-access-log");

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
        assertThat(text("relation-timeline-" + relationId)).contains("服务大厅", "经办人 agent01", "绑定", "授予");
        scrollTo("relation-timeline-" + relationId);
        shot(SHOTS_PREFIX + "-3-supervisor-relation-timeline");
    }
}
