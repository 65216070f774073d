package cn.gongji.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12 in a real browser: the family picture and the use chart draw (the SVG has a size on the page and is
 * named for screen readers) for the demo cast, in Chinese and in English. Screenshots of both pages in both languages
 * go to {@code target/screenshots/} for a person to look at.
 */
class PicturesJourneyIT extends BrowserJourney {

    static final Path PICTURES = Path.of("target", "screenshots");
    static final String ZHANG_LEI = "310104200001180198";
    static final String LI_XIUYING = "110108198003080228";
    static final String LI_DEFU = "110108195211020154";

    @Test
    void theFamilyPictureAndTheUseChartDrawInBothLanguages() throws Exception {
        Institution pharmacy = new Institution("http://localhost:" + port, Institution.HENAN_PHARMACY_KEY);
        // D17: 张磊's own account (1200.00) first, then 50.00 of his father's quota; 李德福's bill from his
        // daughter 李秀英's account (same province, D9), whose husband shares with her too.
        assertThat(pharmacy.settlePharmacy(ZHANG_LEI, "1250.00", "感冒", "感冒灵颗粒")).isEqualTo(201);
        assertThat(pharmacy.settlePharmacy(LI_DEFU, "80.00", "高血压", "硝苯地平")).isEqualTo(201);

        bothLanguages("li-xiuying", LI_XIUYING);
        go("/family");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("family-diagram-text")))
                .getAttribute("textContent"))
                .contains("张*国", "李*福");
        bothLanguages("zhang-jianguo", "11010519780512011X");
        // D24: the sharer sees amounts per masked relative, nothing of the care.
        assertThat(text("use-chart")).contains("张*", "CNY 50.00").doesNotContain("感冒");

        // The recipient's side, on a phone-sized window: quota granted to 张磊 and used for him.
        browser.manage().window().setSize(new Dimension(412, 915));
        browser.manage().deleteAllCookies();
        signIn(ZHANG_LEI, "Demo@2026");
        go("/history");
        drawing("use-chart-received-svg");
        assertThat(text("use-chart-received-table")).contains("300.00", "50.00");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('use-chart').scrollIntoView()");
        shot("zhang-lei", "history-phone", "zh");
    }

    private void bothLanguages(String who, String idNumber) throws IOException {
        browser.manage().deleteAllCookies();
        signIn(idNumber, "Demo@2026");
        pages(who, "zh");
        click("language-switch");
        wait.until(ExpectedConditions.attributeContains(By.tagName("html"), "lang", "en"));
        pages(who, "en");
    }

    private void pages(String who, String language) throws IOException {
        go("/family");
        WebElement diagram = drawing("family-diagram-svg");
        assertThat(diagram.getAttribute("role")).isEqualTo("img");
        shot(who, "family", language);
        go("/history");
        drawing("use-chart");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('use-chart').scrollIntoView()");
        shot(who, "history", language);
    }

    /** Waits for the element and, inside it, a drawn SVG with a real size. */
    private WebElement drawing(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        WebElement svg = browser.findElement(By.cssSelector("#" + id + " svg"));
        assertThat(svg.getSize().getWidth()).isGreaterThan(150);
        assertThat(svg.getSize().getHeight()).isGreaterThan(50);
        return svg;
    }

    private void shot(String who, String page, String language) throws IOException {
        Files.createDirectories(PICTURES);
        Files.write(PICTURES.resolve(who + "-" + page + "-" + language + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));
    }
}
