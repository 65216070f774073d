package cn.gongji.portal.family.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.settlement.SettleCommand;
import cn.gongji.portal.settlement.SettlementKind;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.ui.KaribuTest;
import cn.gongji.portal.wallet.WalletService;

/**
 * Issue 12: the family picture on /family — every open relation on both sides with its masked relative (D2), mode
 * (D10a), status and quota left (D10), drawn as SVG with a text equivalent; ended relations left out (D23 keeps them
 * in the list).
 */
class FamilyDiagramTest extends KaribuTest {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;

    Person sharer;
    Person father;
    Person son;
    Person wife;
    Relation toFather;
    Relation toSon;
    Relation fromWife;

    /** He shares with his father across provinces (quota 500.00, 120.00 spent) and his son in Beijing; his wife shares with him. */
    void family() {
        sharer = people.person(TestPeople.idNumber(BEIJING), "张建国", Scheme.EMPLOYEE, BEIJING, "5000.00", true);
        father = people.person(TestPeople.idNumber(HENAN), "张德明", Scheme.RESIDENT, HENAN, null, true);
        son = people.person(TestPeople.idNumber(BEIJING), "张小磊", Scheme.RESIDENT, BEIJING, null, true);
        wife = people.person(TestPeople.idNumber(BEIJING), "李秀英", Scheme.EMPLOYEE, BEIJING, "2600.00", true);
        toFather = family.bind(sharer.getId(), father.idNumber().value(), Kinship.PARENT, true, Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), toFather.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        people.settle(new SettleCommand("PH-410100-001", "R-" + java.util.UUID.randomUUID(), father.idNumber(),
                father.idNumber(), null, SettlementKind.PHARMACY, Money.of("120.00"), Money.ZERO, true, List.of(),
                "{\"diagnosis\":\"高血压\"}"));
        toSon = family.bind(sharer.getId(), son.idNumber().value(), Kinship.CHILD, true, Actor.citizen(sharer.getId()));
        fromWife = family.bind(wife.getId(), sharer.idNumber().value(), Kinship.SPOUSE, true, Actor.citizen(wife.getId()));
    }

    @Test
    void theDiagramShowsEachOpenRelationWithMaskedNameModeStatusAndQuotaLeft_D2_D10() {
        family();
        login(sharer);
        navigate("family");

        assertThat(exists("family-diagram")).isTrue();
        assertThat(text("family-diagram-tie-" + toFather.getId()))
                .isEqualTo("由您共济给张*明（父母）：跨省（医保钱包）；生效中；额度还剩 380.00 元。");
        assertThat(text("family-diagram-tie-" + toSon.getId()))
                .contains(Masking.name("张小磊"), "子女", translation("mode.short.ACCOUNT"), "不设额度");
        assertThat(text("family-diagram-tie-" + fromWife.getId()))
                .startsWith("由" + Masking.name("李秀英") + "（配偶）共济给您");
        assertThat(text("family-diagram-text")).contains("您共济给 2 位家人，1 位家人共济给您。");

        String svg = svg();
        assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"family-diagram-drawing-title family-diagram-drawing-desc\"",
                        "<title id=\"family-diagram-drawing-title\">家庭共济关系图</title>", "张建国（您本人）",
                        "张*明（父母）", "额度还剩 380.00 元", "共济给您的家人", "接受您共济的家人")
                // D2: relatives are never named in full; D24: nothing of the father's care.
                .doesNotContain("张德明", "张小磊", "李秀英", "高血压");
    }

    @Test
    void anEndedRelationLeavesThePicture_D23() {
        family();
        family.dissolve(sharer.getId(), toSon.getId(), Actor.citizen(sharer.getId()));

        login(sharer);
        navigate("family");

        assertThat(exists("family-diagram-tie-" + toSon.getId())).isFalse();
        assertThat(exists("family-diagram-tie-" + toFather.getId())).isTrue();
        assertThat(svg()).doesNotContain(Masking.name("张小磊"));
    }

    @Test
    void aPendingRequestIsDrawnDashedAndSaysSo_D8() {
        // D8: a Fujian sharer's relative may ask him; the request waits for him.
        Person fujian = people.person(TestPeople.idNumber("350102"), "陈志强", Scheme.EMPLOYEE, "350102", "3000.00", true);
        Person mother = people.person(TestPeople.idNumber("350103"), "林秀珍", Scheme.RESIDENT, "350103", null, true);
        Relation asked = family.request(mother.getId(), fujian.idNumber().value(), Kinship.PARENT,
                Actor.citizen(mother.getId()));

        login(fujian);
        navigate("family");

        assertThat(text("family-diagram-tie-" + asked.getId())).contains("林*珍", "待确认");
        assertThat(svg()).contains("stroke-dasharray");
    }

    @Test
    void aSharerWithoutRelationsHasNoDiagram() {
        login(people.employee(BEIJING, "10.00"));
        navigate("family");

        assertThat(exists("family-diagram")).isFalse();
        assertThat(exists("relations-empty")).isTrue();
    }

    @Test
    void aNameIsTextInTheDrawingNeverMarkup() {
        Person sharer = people.employee(BEIJING, "100.00");
        Person odd = people.person(TestPeople.idNumber(BEIJING), "<b onload=x>", Scheme.RESIDENT, BEIJING, null, true);
        family.bind(sharer.getId(), odd.idNumber().value(), Kinship.CHILD, true, Actor.citizen(sharer.getId()));
        login(sharer);
        navigate("family");

        assertThat(svg()).contains("&lt;**********&gt;").doesNotContain("<*");
    }

    @Test
    void inEnglishThePictureReadsInEnglish() {
        family();
        login(sharer);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("family");

        assertThat(text("family-diagram-tie-" + toFather.getId()))
                .isEqualTo("From you to 张*明 (Parent): Wallet (across provinces); Live; Quota left: CNY 380.00.");
        assertThat(text("family-diagram-tie-" + fromWife.getId())).startsWith("From 李*英 (Spouse) to you");
        assertThat(svg()).contains("<title id=\"family-diagram-drawing-title\">Family sharing picture</title>",
                "张建国 (you)", "Sharing with you", "Receiving from you");
    }

    static String svg() {
        return byId("family-diagram-svg").getElement().getProperty("innerHTML");
    }

    static String translation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
