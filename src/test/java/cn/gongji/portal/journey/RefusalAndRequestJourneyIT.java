package cn.gongji.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Journeys 4 and 5 of issue 4: 张建国 tries to bind his wife's father 李德福, whom she has bound as her parent, and is
 * told why not (D3); the Fujian recipient 林秀珍 asks her son 陈志强 to share and he confirms, signing the letter (D8).
 */
class RefusalAndRequestJourneyIT extends JourneyBase {

    @Test
    void bindingTheSpousesFatherIsRefusedWithItsReason_D3() {
        signIn(ZHANG_JIANGUO);
        open("family", "add-relative");
        waitForTextContaining("relations-grid", "李*英", "张*");
        screenshot("journey4-family");
        click("add-relative");
        type("relative-id", LI_DEFU);
        choose("relation-kind", "父母");
        tick("commitment-accept");
        click("bind-submit");

        String reason = "记录显示这位是您配偶的父母";
        waitForNotification(reason);
        wait.until(d -> d.findElement(By.id("relative-id")).getText().contains(reason));
        assertThat(driver.findElement(By.id("relative-id")).getAttribute("invalid")).isNotNull();
        screenshot("journey4-end");

        driver.navigate().refresh();
        waitFor("relations-grid");
        assertThat(text("relations-grid")).doesNotContain("李*福");
    }

    @Test
    void aFujianRecipientRequestsAndTheSharerConfirms_D8() {
        signIn(LIN_XIUZHEN);
        open("received", "request-relation");
        click("request-relation");
        type("sharer-id", CHEN_ZHIQIANG);
        choose("relation-kind", "父母");
        waitForTextContaining("request-summary", CHEN_ZHIQIANG);
        click("request-submit");
        waitForText("relation-status", "待确认");
        assertThat(text("action-confirmation")).contains("申请已发送给 陈*强");
        screenshot("journey5-request-sent");

        signIn(CHEN_ZHIQIANG);
        open("notifications", "notifications-list");
        assertThat(text("notifications-list")).contains("林*珍 请求与您建立家庭共济关系");
        open("family", "relations-grid");
        assertThat(text("relations-grid")).contains("待确认");
        click(driver.findElement(By.linkText("林*珍")).getAttribute("id"));
        waitFor("commitment-letter");
        tick("commitment-accept");
        click("confirm-request");
        waitForText("relation-status", "生效中");
        assertThat(text("action-confirmation")).contains("已确认 林*珍 的申请");
        screenshot("journey5-end");
    }
}
