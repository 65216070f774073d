package cn.gongji.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;


/**
 * Journeys 1–3 of issue 4, one story in three acts: 张建英 (Beijing, employee, wallet not yet open) binds her father
 * 张德明 (Henan, resident) across provinces, opens her wallet and grants 500.00; he sees it; the Henan pharmacy
 * settles 120.00; he sees the detail, she sees 120.00 used and nothing of his care (D24); she takes the rest back
 * and ends the relation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharingJourneyIT extends JourneyBase {

    private static final String FATHER_MASKED = "张*明";

    @Test
    @Order(1)
    void aSharerBindsACrossProvinceParentOpensHerWalletAndGrants500() {
        signIn(ZHANG_JIANYING);
        open("", "account-balance");
        assertThat(text("wallet-status")).isEqualTo("未开通");

        open("family", "add-relative");
        click("add-relative");
        waitFor("commitment-letter");
        assertThat(text("commitment-letter")).startsWith("职工医保个人账户家庭共济承诺书").contains("五、如有虚假承诺");
        type("relative-id", ZHANG_DEMING);
        choose("relation-kind", "父母");
        tick("commitment-accept");
        waitForTextContaining("bind-summary", ZHANG_DEMING, "已同意");
        click("bind-submit");

        waitForText("relation-status", "生效中");
        assertThat(text("action-confirmation")).contains("已绑定 " + FATHER_MASKED);
        click("open-wallet");
        click("open-wallet-confirm");
        waitFor("grant-quota");
        assertThat(text("action-confirmation")).contains("您的医保钱包已开通");

        click("grant-quota");
        type("quota-amount", "500.00");
        waitForTextContaining("grant-summary", "500.00 元");
        click("grant-submit");
        waitForText("quota-available", "500.00 元");
        assertThat(text("quota-granted")).isEqualTo("500.00 元");
        screenshot("journey1-relation-after-grant");

        open("", "reserved-balance");
        assertThat(text("account-balance")).isEqualTo("4000.00 元");
        assertThat(text("reserved-balance")).isEqualTo("500.00 元");
        assertThat(text("available-balance")).isEqualTo("3500.00 元");
        assertThat(text("wallet-status")).startsWith("已开通");
        screenshot("journey1-end");
    }

    @Test
    @Order(2)
    void theParentSeesTheQuotaAPharmacySettlesAndOnlyHeSeesTheDetail() throws Exception {
        signIn(ZHANG_DEMING);
        open("", "shared-available");
        assertThat(text("shared-available")).isEqualTo("500.00 元");
        open("received", "received-grid");
        assertThat(driver.findElement(By.id("received-grid")).getText()).contains("张*英").contains("500.00 元");

        int status = new Institution("http://localhost:" + port, Institution.HENAN_PHARMACY_KEY)
                .settlePharmacy(ZHANG_DEMING, "120.00", "高血压", "硝苯地平控释片");
        assertThat(status).isEqualTo(201);

        open("history", "history-grid");
        waitForTextContaining("history-grid", "诊断：高血压");
        assertThat(text("history-grid")).contains("共济额度支付（药店购药）").contains("120.00 元")
                .contains("项目：硝苯地平控释片");
        screenshot("journey2-parent-history");
        open("", "shared-available");
        assertThat(text("shared-available")).isEqualTo("380.00 元");
        // What paying a contribution would look like (D14); cancelled, so the story's amounts stay as they are.
        open("received", "pay-contribution");
        click("pay-contribution");
        choose("contribution-scheme", "城乡居民医保个人缴费");
        type("contribution-amount", "380.00");
        waitForTextContaining("contribution-summary", "380.00 元", "城乡居民医保个人缴费");
        screenshot("journey2-parent-contribution-check");
        click("contribution-cancel");

        signIn(ZHANG_JIANYING);
        open("family", "relations-grid");
        click(driver.findElement(By.linkText(FATHER_MASKED)).getAttribute("id"));
        waitForText("quota-used", "120.00 元");
        assertThat(text("quota-available")).isEqualTo("380.00 元");
        assertThat(text("relation-timeline")).contains("共济额度支付 120.00 元（药店购药）")
                .doesNotContain("高血压").doesNotContain("硝苯地平").doesNotContain("仁济");
        open("history", "history-grid");
        waitForTextContaining("history-grid", "120.00 元");
        assertThat(text("history-grid")).contains(FATHER_MASKED + "（被共济人）")
                .doesNotContain("高血压").doesNotContain("硝苯地平");
        screenshot("journey2-end");
        // P5: the statement as it prints — Chromium renders the page with the print styles.
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", "print"));
        try {
            wait.until(d -> !d.findElement(By.id("history-export")).isDisplayed());
            screenshot("journey2-statement-printed");
        } finally {
            ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                    java.util.Map.of("media", ""));
        }
    }

    @Test
    @Order(3)
    void theSharerTakesBackTheRestAndEndsTheRelation() {
        signIn(ZHANG_JIANYING);
        open("family", "relations-grid");
        click(driver.findElement(By.linkText(FATHER_MASKED)).getAttribute("id"));
        waitForText("quota-available", "380.00 元");

        click("revoke-quota");
        click("revoke-all");
        waitForTextContaining("revoke-summary", "380.00 元");
        click("revoke-submit");
        waitForText("quota-available", "0.00 元");
        assertThat(text("action-confirmation")).contains("已撤回 380.00 元");

        click("dissolve-relation");
        waitFor("dissolve-summary");
        screenshot("journey3-dissolve-check");
        click("dissolve-confirm");
        waitForText("relation-status", "已解除");
        assertThat(text("relation-timeline")).contains("解除共济关系").contains("原因：共济人解除");
        screenshot("journey3-relation-dissolved");

        open("", "available-balance");
        assertThat(text("account-balance")).isEqualTo("3880.00 元");
        assertThat(text("reserved-balance")).isEqualTo("0.00 元");
        assertThat(text("available-balance")).isEqualTo("3880.00 元");
        screenshot("journey3-end");

        click("language-switch");
        waitForText("account-balance", "CNY 3880.00");
        open("family", "relations-grid");
        waitForTextContaining("relations-grid", "Dissolved");
        screenshot("journey3-family-english");

        // Three journeys of sign-in, dialogs, grids, printing and a language switch: nothing was blocked.
        assertNothingBlockedByTheContentSecurityPolicy();
    }
}
