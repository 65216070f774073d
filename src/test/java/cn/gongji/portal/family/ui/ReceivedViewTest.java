package cn.gongji.portal.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.settlement.ContributionScheme;
import cn.gongji.portal.settlement.SharedMoneyOrder;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.ui.KaribuTest;
import cn.gongji.portal.wallet.WalletService;

/** /received: what a recipient gets (D9, D10), contributions (D14), requests (D8), order of use (P1). */
class ReceivedViewTest extends KaribuTest {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    LedgerService ledger;
    @Autowired
    SharedMoneyOrder order;

    Person mother;
    Person daughter;
    Person brother;
    Relation fromDaughter;
    Relation fromBrother;

    /** A Henan mother with a Beijing daughter (quota 200.00) and a Henan brother (account, 500.00). */
    void twoSharers() {
        mother = people.resident(HENAN);
        daughter = people.employee(BEIJING, "1000.00");
        brother = people.employee(HENAN, "500.00");
        fromDaughter = family.bind(daughter.getId(), mother.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(daughter.getId()));
        fromBrother = family.bind(brother.getId(), mother.idNumber().value(), Kinship.SIBLING, true,
                Actor.citizen(brother.getId()));
        wallet.grantQuota(daughter.getId(), fromDaughter.getId(), Money.of("200.00"), null,
                Actor.citizen(daughter.getId()));
    }

    @Test
    void theRecipientSeesEachSharerMaskedWithWhatHeCanUse_D2_D9_D10() {
        twoSharers();
        login(mother);
        navigate("received");

        assertThat(text("shared-available")).isEqualTo("700.00 元");
        @SuppressWarnings("unchecked")
        Grid<Relation> grid = byId(Grid.class, "received-grid");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(List.of(GridKt._getCellComponent(grid, 0, "sharer"), GridKt._getCellComponent(grid, 1, "sharer")))
                .extracting(c -> c.getElement().getText()).contains(Masking.name(daughter.getName()));
        assertThat(pageText()).doesNotContain(daughter.idNumber().value()).doesNotContain(daughter.getName());
        List<List<String>> rows = List.of(GridKt._getFormattedRow(grid, 0), GridKt._getFormattedRow(grid, 1));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("父母", "跨省（医保钱包）", "生效中", "200.00 元"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("兄弟姐妹", "省内（个人账户）", "生效中", "500.00 元"));
    }

    @Test
    void aContributionIsPaidInFullAndTheConfirmationSaysWhoPaid_D14() {
        twoSharers();
        login(mother);
        navigate("received");

        payContribution(ContributionScheme.RESIDENT_MEDICAL_INSURANCE, "380.00");

        assertThat(text("action-confirmation")).contains("已从共济资金全额支付 380.00 元（城乡居民医保个人缴费）")
                .contains(Masking.name(daughter.getName()) + " 的资金支付了 200.00 元")
                .contains("只看到日期、金额和用途");
        assertThat(text("shared-available")).isEqualTo("320.00 元");
        assertThat(ledger.balances(brother.getId()).balance()).isEqualTo(Money.of("320.00"));
    }

    @Test
    void aContributionLargerThanTheSharedMoneyIsRefusedAndNothingIsPaid_D14() {
        twoSharers();
        login(mother);
        navigate("received");

        payContribution(ContributionScheme.LONG_TERM_CARE_INSURANCE, "700.01");

        String reason = "可用的共济资金不够一次付清全部费用。个人缴费只能全额支付，所以这次没有扣款。";
        assertThat(byId(TextField.class, "contribution-amount").getErrorMessage()).isEqualTo(reason);
        expectRefusalNotice(reason);
        assertThat(exists("action-confirmation")).isFalse();
        assertThat(ledger.balances(brother.getId()).balance()).isEqualTo(Money.of("500.00"));
        assertThat(wallet.summary(fromDaughter.getId()).used()).isEqualTo(Money.ZERO);
    }

    @Test
    void movingASharerUpChangesTheOrderOfUse_P1() {
        twoSharers();
        login(mother);
        navigate("received");
        assertThat(order.orderOfUse(mother.getId())).extracting(Relation::getId)
                .containsExactly(fromDaughter.getId(), fromBrother.getId());

        _click(byId(Button.class, "order-up-" + fromBrother.getId()));

        assertThat(order.orderOfUse(mother.getId())).extracting(Relation::getId)
                .containsExactly(fromBrother.getId(), fromDaughter.getId());
        assertThat(text("order-of-use")).startsWith("第 1 位：" + Masking.name(brother.getName()));
        assertThat(text("action-confirmation")).contains("使用顺序已更新");

        _click(byId(Button.class, "order-reset"));
        assertThat(order.orderOfUse(mother.getId())).extracting(Relation::getId)
                .containsExactly(fromDaughter.getId(), fromBrother.getId());
    }

    @Test
    void aFujianRecipientRequestsARelationFromAFujianSharer_D8() {
        Person son = people.employee("350102", "3000.00");
        Person fujianMother = people.resident("350103");
        login(fujianMother);
        navigate("received");

        request(son.idNumber().value(), Kinship.PARENT);

        Relation pending = family.asRecipient(fujianMother.getId()).getFirst();
        assertThat(pending.getStatus()).isEqualTo(RelationStatus.PENDING);
        assertThat(text("relation-status")).isEqualTo("待确认");
        assertThat(text("action-confirmation")).contains("申请已发送给 " + Masking.name(son.getName()));
    }

    @Test
    void aRequestToABeijingSharerIsRefusedWithItsReason_D8_P4() {
        Person beijingSon = people.employee(BEIJING, "3000.00");
        Person fujianMother = people.resident("350103");
        login(fujianMother);
        navigate("received");

        request(beijingSon.idNumber().value(), Kinship.PARENT);

        String reason = "共济人所在地区不支持由被共济人发起申请。请由您的家人（共济人）发起绑定。";
        assertThat(byId(TextField.class, "sharer-id").getErrorMessage()).isEqualTo(reason);
        expectRefusalNotice(reason);
        assertThat(family.asRecipient(fujianMother.getId())).isEmpty();
    }

    @Test
    void aRequestToSomeoneWhoCannotShareOrToOneselfIsRefusedWithItsReason_D5_P4() {
        Person fujianMother = people.resident("350103");
        Person residentSister = people.resident("350102");
        login(fujianMother);
        navigate("received");

        request(residentSister.idNumber().value(), Kinship.SIBLING);
        assertThat(byId(TextField.class, "sharer-id").getErrorMessage()).startsWith("共济人须参加职工基本医疗保险");
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        _click(byId(Button.class, "request-cancel"));

        request(fujianMother.idNumber().value(), Kinship.SPOUSE);
        assertThat(byId(TextField.class, "sharer-id").getErrorMessage()).startsWith("不能和自己建立共济关系");
        assertThat(family.asRecipient(fujianMother.getId())).isEmpty();
    }

    @Test
    void theRequestDialogNamesTheRegionsThatAllowIt_D8() {
        login(people.resident("350103"));
        navigate("received");

        assertThat(text("request-relation")).isEqualTo("申请共济");
        assertThat(pageText()).contains("福建");
    }

    @Test
    void aPersonWhoseInsuranceEndedCannotOpenReceived() {
        Person ended = people.resident(HENAN);
        people.terminate(ended);
        login(people.reload(ended));
        open("received");

        assertThat(exists("not-found")).isTrue();
        assertThat(exists("received-grid")).isFalse();
    }

    @Test
    void inEnglishTheContributionSchemesReadAsTheSpecSays() {
        twoSharers();
        login(mother);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("received");
        _click(byId(Button.class, "pay-contribution"));

        @SuppressWarnings("unchecked")
        Select<ContributionScheme> schemes = byId(Select.class, "contribution-scheme");
        assertThat(schemes.getListDataView().getItems().map(schemes.getItemLabelGenerator()).toList())
                .containsExactly("Resident medical insurance", "Long-term care insurance");
        assertThat(text("shared-available")).isEqualTo("CNY 700.00");
    }

    private static String pageText() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(cn.gongji.portal.ui.MainLayout.class).getElement()
                .getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static void payContribution(ContributionScheme scheme, String amount) {
        _click(byId(Button.class, "pay-contribution"));
        byId(Select.class, "contribution-scheme").setValue(scheme);
        byId(TextField.class, "contribution-amount").setValue(amount);
        _click(byId(Button.class, "contribution-submit"));
    }

    @SuppressWarnings("unchecked")
    private static void request(String sharerId, Kinship kinship) {
        _click(byId(Button.class, "request-relation"));
        byId(TextField.class, "sharer-id").setValue(sharerId);
        byId(Select.class, "relation-kind").setValue(kinship);
        _click(byId(Button.class, "request-submit"));
    }
}
