package cn.gongji.portal.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.ui.KaribuTest;
import cn.gongji.portal.wallet.WalletService;

/** Issue 12: the family picture on the agent's audited case (D26): the person in full, his relatives masked (D2). */
class CaseFamilyPictureTest extends KaribuTest {

    static final String TIANJIN = "120103";
    static final String HEBEI = "130102";

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;

    Person grandmother;
    Relation toGrandson;

    void grandmotherSharesWithHerGrandson() {
        grandmother = people.person(TestPeople.idNumber(TIANJIN), "周淑兰", Scheme.EMPLOYEE, TIANJIN, "6000.00", true);
        Person grandson = people.person(TestPeople.idNumber(HEBEI), "周小宇", Scheme.RESIDENT, HEBEI, null, true);
        toGrandson = family.bind(grandmother.getId(), grandson.idNumber().value(), Kinship.SONS_CHILD, true,
                Actor.citizen(grandmother.getId()));
        wallet.grantQuota(grandmother.getId(), toGrandson.getId(), Money.of("200.00"), null,
                Actor.citizen(grandmother.getId()));
    }

    @SuppressWarnings("unchecked")
    void openCase(String agent) {
        login(PortalUser.staff(agent, "王晓燕", StaffRole.AGENT));
        navigate("cases");
        byId(TextField.class, "case-query").setValue(grandmother.idNumber().value());
        byId(TextArea.class, "case-reason").setValue("窗口核对共济关系");
        _click(byId(Button.class, "case-search"));
        GridKt._clickItem(byId(Grid.class, "case-results"), 0, 1, false, false, false, false);
    }

    @Test
    void theCaseShowsThePersonsFamilyPictureWithTheRelativeMasked_D2_D26() {
        grandmotherSharesWithHerGrandson();
        openCase("agent-pic1");

        assertThat(exists("family-diagram")).isTrue();
        assertThat(text("family-diagram-tie-" + toGrandson.getId()))
                .isEqualTo("由周淑兰共济给周*宇（孙子女）：跨省（医保钱包）；生效中；额度还剩 200.00 元。");
        String svg = byId("family-diagram-svg").getElement().getProperty("innerHTML");
        assertThat(svg).contains("周淑兰", "周*宇（孙子女）", "额度还剩 200.00 元", "接受周淑兰共济的家人")
                .doesNotContain("周小宇").doesNotContain("（您本人）");
    }

    @Test
    void inEnglishTheCasePictureReadsInEnglish() {
        grandmotherSharesWithHerGrandson();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        openCase("agent-pic2");

        assertThat(text("family-diagram-tie-" + toGrandson.getId()))
                .isEqualTo("From 周淑兰 to 周*宇 (Son's child): Wallet (across provinces); Live; Quota left: CNY 200.00.");
    }

    @Test
    void aCaseWithoutRelationsHasNoPicture() {
        grandmother = people.person(TestPeople.idNumber(TIANJIN), "周淑兰", Scheme.EMPLOYEE, TIANJIN, "6000.00", false);
        openCase("agent-pic3");

        assertThat(exists("case-person")).isTrue();
        assertThat(exists("family-diagram")).isFalse();
    }
}
