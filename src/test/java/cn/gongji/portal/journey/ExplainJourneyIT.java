package cn.gongji.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12 in a real browser: 张建国 reaches the button beside his balance with the keyboard, opens the explanation
 * with Enter, reads a total equal to the balance on the page, and closes it with Escape.
 */
class ExplainJourneyIT extends JourneyBase {

    @Test
    void theBalanceIsExplainedAndTheDialogWorksByKeyboard_D25() {
        signIn(ZHANG_JIANGUO);
        open("", "account-balance");
        String balance = text("account-balance");
        assertThat(balance).isEqualTo("5000.00 元");

        WebElement opener = waitFor("explain-account-balance");
        assertThat(opener.getAttribute("aria-label")).isEqualTo("查看明细：账户余额");
        // Keyboard: focus the button as Tab would, then Enter.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", opener);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        waitForText("explain-account-balance-total", balance);
        waitForTextContaining("explain-account-balance-lines", "个人账户划入", "+5000.00 元");
        screenshot("explain-account-balance");

        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("explain-account-balance-dialog")));

        String reserved = text("reserved-balance");
        click("explain-reserved-balance");
        waitForText("explain-reserved-balance-total", reserved);
        waitForTextContaining("explain-reserved-balance-lines", "给 张* 的额度");
        screenshot("explain-reserved-balance");
        click("explain-reserved-balance-close");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("explain-reserved-balance-dialog")));
    }
}
