package cn.gongji.portal.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.settlement.SettleCommand;
import cn.gongji.portal.settlement.SettlementKind;
import cn.gongji.portal.settlement.SettlementService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.ui.KaribuTest;
import cn.gongji.portal.wallet.WalletService;

/** /family/relation/{id}: grant (P2), revoke (D10), dissolve (D21), requests (D8), timeline (P6), privacy (D2, D24). */
class RelationViewTest extends KaribuTest {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";
    static final String FUJIAN = "350102";

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    LedgerService ledger;
    @Autowired
    SettlementService settlements;

    Person sharer;
    Person parent;
    Relation relation;

    void crossProvinceParent(String balance) {
        sharer = people.employee(BEIJING, balance);
        parent = people.resident(HENAN);
        relation = family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
    }

    void openRelation(Person viewer) {
        login(viewer);
        navigate("family/relation/" + relation.getId());
    }

    @Test
    void grantingReservesTheAmountAndSaysWhatTheRecipientSees_D10_D11() {
        crossProvinceParent("1000.00");
        openRelation(sharer);

        grant("500.00", null);

        assertThat(text("quota-granted")).isEqualTo("500.00 元");
        assertThat(text("quota-used")).isEqualTo("0.00 元");
        assertThat(text("quota-available")).isEqualTo("500.00 元");
        assertThat(text("action-confirmation")).contains("已给 " + Masking.name(parent.getName()) + " 授予 500.00 元")
                .contains("会收到通知");
        assertThat(ledger.balances(sharer.getId())).isEqualTo(
                new Balances(Money.of("1000.00"), Money.of("500.00"), Money.of("500.00")));
    }

    @Test
    void aGrantWithAnEndDateIsShownOnTheTimeline_P2_P6() {
        crossProvinceParent("1000.00");
        openRelation(sharer);
        LocalDate end = LocalDate.now().plusDays(30);

        grant("100.00", end);

        assertThat(text("relation-timeline")).contains("授予共济额度 100.00 元").contains("额度截止日期 " + end)
                .contains("办理人：您本人 · 渠道：网上办理");
    }

    @Test
    void aGrantLargerThanAvailableIsRefusedNextToTheAmountAndChangesNothing_D11() {
        crossProvinceParent("100.00");
        openRelation(sharer);

        grant("100.01", null);

        String reason = "授予的额度超过了您的可用余额。请输入不超过可用余额的金额。";
        assertThat(byId(TextField.class, "quota-amount").getErrorMessage()).isEqualTo(reason);
        expectRefusalNotice(reason);
        assertThat(wallet.summary(relation.getId()).granted()).isEqualTo(Money.ZERO);
    }

    @Test
    void anAmountWithThreeDecimalsOrZeroIsFlaggedBeforeAnythingIsSent_D28() {
        crossProvinceParent("1000.00");
        openRelation(sharer);
        _click(byId(Button.class, "grant-quota"));
        TextField amount = byId(TextField.class, "quota-amount");

        amount.setValue("10.001");
        _click(byId(Button.class, "grant-submit"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).startsWith("这个金额不能使用");
        amount.setValue("0");
        assertThat(amount.isInvalid()).isTrue();

        assertThat(wallet.summary(relation.getId()).granted()).isEqualTo(Money.ZERO);
    }

    @Test
    void anEndDateInThePastIsFlagged_P2() {
        crossProvinceParent("1000.00");
        openRelation(sharer);
        _click(byId(Button.class, "grant-quota"));
        byId(TextField.class, "quota-amount").setValue("10.00");
        DatePicker end = byId(DatePicker.class, "quota-end-date");
        end.setValue(LocalDate.now().minusDays(2));

        _click(byId(Button.class, "grant-submit"));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).startsWith("额度截止日期不能早于今天");
        assertThat(wallet.summary(relation.getId()).granted()).isEqualTo(Money.ZERO);
    }

    @Test
    void aSharerWithoutAWalletOpensItHereThenGrants_D10() {
        sharer = people.person(TestPeople.idNumber(BEIJING), "钱未开", Scheme.EMPLOYEE, BEIJING, "800.00", false);
        parent = people.resident(HENAN);
        relation = family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        openRelation(sharer);
        assertThat(exists("grant-quota")).isFalse();

        _click(byId(Button.class, "open-wallet"));
        _click(byId(Button.class, "open-wallet-confirm"));

        assertThat(text("action-confirmation")).contains("您的医保钱包已开通");
        grant("300.00", null);
        assertThat(text("quota-available")).isEqualTo("300.00 元");
    }

    @Test
    void revokingPartOfTheUnusedQuotaGivesItBack_D10() {
        crossProvinceParent("1000.00");
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        openRelation(sharer);

        _click(byId(Button.class, "revoke-quota"));
        byId(TextField.class, "revoke-amount").setValue("200.00");
        assertThat(text("revoke-summary")).contains("200.00 元");
        _click(byId(Button.class, "revoke-submit"));

        assertThat(text("quota-available")).isEqualTo("300.00 元");
        assertThat(text("quota-returned")).isEqualTo("200.00 元");
        assertThat(text("action-confirmation")).contains("已撤回 200.00 元");
        assertThat(ledger.balances(sharer.getId()).available()).isEqualTo(Money.of("700.00"));
    }

    @Test
    void revokingMoreThanIsUnusedIsRefused_D10() {
        crossProvinceParent("1000.00");
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("50.00"), null, Actor.citizen(sharer.getId()));
        openRelation(sharer);

        _click(byId(Button.class, "revoke-quota"));
        byId(TextField.class, "revoke-amount").setValue("50.01");
        _click(byId(Button.class, "revoke-submit"));

        assertThat(byId(TextField.class, "revoke-amount").getErrorMessage()).startsWith("撤回的金额超过了尚未使用的额度");
        assertThat(wallet.summary(relation.getId()).available()).isEqualTo(Money.of("50.00"));
    }

    @Test
    void dissolvingAfterCheckingReleasesTheUnusedQuotaAndKeepsTheRelationReadOnly_D21_D23() {
        crossProvinceParent("1000.00");
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("120.00"), null, Actor.citizen(sharer.getId()));
        openRelation(sharer);

        _click(byId(Button.class, "dissolve-relation"));
        assertThat(text("dissolve-summary")).contains("120.00 元");
        _click(byId(Button.class, "dissolve-confirm"));

        assertThat(text("relation-status")).isEqualTo("已解除");
        assertThat(text("relation-facts")).contains("共济人解除");
        assertThat(text("relation-timeline")).contains("解除共济关系").contains("原因：共济人解除")
                .contains("关系解除，额度退回 120.00 元");
        assertThat(exists("grant-quota")).isFalse();
        assertThat(exists("dissolve-relation")).isFalse();
        assertThat(ledger.balances(sharer.getId()).available()).isEqualTo(Money.of("1000.00"));
    }

    @Test
    void theRecipientCanDissolveFromHisSide_D21() {
        crossProvinceParent("1000.00");
        openRelation(parent);
        assertThat(exists("grant-quota")).isFalse();
        assertThat(exists("revoke-quota")).isFalse();

        _click(byId(Button.class, "dissolve-relation"));
        _click(byId(Button.class, "dissolve-confirm"));

        assertThat(family.relationFor(parent.getId(), relation.getId()).getStatus())
                .isEqualTo(RelationStatus.DISSOLVED);
        assertThat(text("relation-facts")).contains("被共济人解除");
    }

    @Test
    void anotherPersonsRelationIsNotFoundAndShowsNothingOfIt_D2() {
        crossProvinceParent("1000.00");
        Person stranger = people.employee(BEIJING, "10.00");
        login(stranger);
        open("family/relation/" + relation.getId());

        assertThat(exists("not-found")).isTrue();
        assertThat(exists("relation-status")).isFalse();
        assertThat(exists("quota-granted")).isFalse();
        String page = com.github.mvysny.kaributesting.v10.LocatorJ._get(cn.gongji.portal.ui.MainLayout.class)
                .getElement().getTextRecursively();
        assertThat(page).contains("找不到这个页面").doesNotContain(Masking.name(parent.getName()));
    }

    @Test
    void aRelationThatDoesNotExistReadsTheSame() {
        login(people.employee(BEIJING, "10.00"));
        open("family/relation/999999999");

        assertThat(exists("not-found")).isTrue();
    }

    @Test
    void theSharerSeesUseWithoutCareDetailAndThePatientSeesHisOwnAmounts_D24() {
        crossProvinceParent("1000.00");
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        people.settle(new SettleCommand("PH-410100-001", "R-" + java.util.UUID.randomUUID(), parent.idNumber(),
                parent.idNumber(), null, SettlementKind.PHARMACY, Money.of("120.00"), Money.of("0.00"), true, List.of(),
                "{\"diagnosis\":\"高血压\"}"));
        openRelation(sharer);

        assertThat(text("quota-used")).isEqualTo("120.00 元");
        assertThat(text("quota-available")).isEqualTo("380.00 元");
        assertThat(text("relation-timeline")).contains("共济额度支付 120.00 元（药店购药）")
                .doesNotContain("高血压").doesNotContain("PH-410100-001");
    }

    @Test
    void theSharerConfirmsAPendingRequestOnlyWithTheLetterAccepted_D8_D7() {
        Person son = people.employee(FUJIAN, "3000.00");
        Person mother = people.resident("350103");
        relation = family.request(mother.getId(), son.idNumber().value(), Kinship.PARENT, Actor.citizen(mother.getId()));
        openRelation(son);
        assertThat(text("relation-status")).isEqualTo("待确认");
        assertThat(exists("commitment-letter")).isTrue();

        _click(byId(Button.class, "confirm-request"));
        assertThat(byId(Checkbox.class, "commitment-accept").isInvalid()).isTrue();
        expectRefusalNotice("请先阅读《家庭共济承诺书》，并勾选同意后再继续。");
        assertThat(family.relationFor(son.getId(), relation.getId()).getStatus()).isEqualTo(RelationStatus.PENDING);

        byId(Checkbox.class, "commitment-accept").setValue(true);
        _click(byId(Button.class, "confirm-request"));

        assertThat(text("relation-status")).isEqualTo("生效中");
        assertThat(text("action-confirmation")).contains("已确认");
        assertThat(family.commitmentOf(relation.getId())).isPresent();
    }

    @Test
    void theSharerDeclinesAPendingRequest_D8() {
        Person son = people.employee(FUJIAN, "3000.00");
        Person mother = people.resident("350103");
        relation = family.request(mother.getId(), son.idNumber().value(), Kinship.PARENT, Actor.citizen(mother.getId()));
        openRelation(son);

        _click(byId(Button.class, "decline-request"));

        assertThat(text("relation-status")).isEqualTo("已拒绝");
        assertThat(text("action-confirmation")).contains("已拒绝").contains("会收到通知");
    }

    @Test
    void theRecipientWithdrawsHisPendingRequest_D8() {
        Person son = people.employee(FUJIAN, "3000.00");
        Person mother = people.resident("350103");
        relation = family.request(mother.getId(), son.idNumber().value(), Kinship.PARENT, Actor.citizen(mother.getId()));
        openRelation(mother);
        assertThat(exists("confirm-request")).isFalse();

        _click(byId(Button.class, "dissolve-relation"));
        _click(byId(Button.class, "dissolve-confirm"));

        assertThat(text("relation-facts")).contains("被共济人撤回申请");
    }

    @Test
    void aSameProvinceRelationHasNoQuotaToGrant_D9() {
        sharer = people.employee(BEIJING, "1000.00");
        Person wife = people.employee(BEIJING, "100.00");
        relation = family.bind(sharer.getId(), wife.idNumber().value(), Kinship.SPOUSE, true,
                Actor.citizen(sharer.getId()));
        openRelation(sharer);

        assertThat(text("relation-facts")).contains("省内共济（个人账户）");
        assertThat(exists("grant-quota")).isFalse();
        assertThat(exists("quota-granted")).isFalse();
        assertThat(exists("dissolve-relation")).isTrue();
    }

    @Test
    void inEnglishTheQuotaCarriesItsUnitAndTheTimelineItsWords() {
        crossProvinceParent("1000.00");
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        login(sharer);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("family/relation/" + relation.getId());

        assertThat(text("relation-status")).isEqualTo("Live");
        assertThat(text("quota-granted")).isEqualTo("CNY 500.00");
        assertThat(text("relation-timeline")).contains("Quota granted CNY 500.00").contains("By: you · Channel: Online");
        assertThat(text("grant-quota")).isEqualTo("Grant quota");
    }

    private void grant(String amount, LocalDate endDate) {
        _click(byId(Button.class, "grant-quota"));
        byId(TextField.class, "quota-amount").setValue(amount);
        if (endDate != null) {
            byId(DatePicker.class, "quota-end-date").setValue(endDate);
        }
        _click(byId(Button.class, "grant-submit"));
    }
}
