package cn.gongji.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.shared.Actor;

/**
 * A supervisor reviews a flag in the browser (D27): the Fujian demo sharer 陈志强 (born 1975) declares 张德明 (born
 * 1950) as his child — the binding goes through, a flag is raised — and super01 finds it under /review, resolves it
 * with a note and still finds it among the resolved flags.
 */
class SupervisorReviewJourneyIT extends BrowserJourney {

    static final String SHOTS_PREFIX = "supervisor-review";

    @Autowired
    FamilyService family;
    @Autowired
    People persons;

    @BeforeAll
    static void clearOldScreenshots() throws IOException {
        clearScreenshots(SHOTS_PREFIX);
    }

    @Test
    void aSupervisorResolvesAFlagWithANoteAndItStaysInHistory() throws IOException {
        long sharer = persons.find(new IdNumber("350102197504040314")).orElseThrow().getId();
        family.bind(sharer, "410102195009150134", Kinship.CHILD, true, Actor.citizen(sharer));
        try {
            signIn("super01", "Super@2026");
            go("/review");
            wait.until(d -> gridTexts("flags-grid").contains("陈*强"));
            assertThat(gridTexts("flags-grid")).contains("亲属关系与出生日期不符", "子女", "1975-04-04", "1950-09-15",
                    "待处理").doesNotContain("350102197504040314");
            shot(SHOTS_PREFIX + "-1-open-flags");

            browser.findElement(By.cssSelector("#flags-grid vaadin-button[id^=flag-resolve-]")).click();
            type("flag-note", "已电话核实：申报有误，群众已到窗口解除并重新按父母绑定。");
            shot(SHOTS_PREFIX + "-2-resolve-dialog");
            click("flag-resolve-submit");
            wait.until(d -> !gridTexts("flags-grid").contains("陈*强"));

            choose("flags-filter-status", "已处理");
            wait.until(d -> gridTexts("flags-grid").contains("陈*强"));
            assertThat(gridTexts("flags-grid")).contains("已由 super01", "已电话核实");
            shot(SHOTS_PREFIX + "-3-resolved-flags");
        } catch (AssertionError | RuntimeException failure) {
            shot(SHOTS_PREFIX + "-failure");
            throw failure;
        }
    }
}
