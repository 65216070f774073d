package cn.gongji.portal.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.casework.CaseMatch;
import cn.gongji.portal.casework.PhoneCheck;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.ui.KaribuTest;
import cn.gongji.portal.wallet.WalletService;

/**
 * Issue 12, D7: the agent's telephone flow on a case — choose the channel, check the caller's identity (refused
 * without it), take back a quota and end a relation by telephone, record a verbal commitment that binds nobody, and
 * confirm it later at the hall with the letter signed there. Grants are not offered on the phone. In both languages.
 */
class PhoneDeskViewTest extends KaribuTest {

    static final String TIANJIN = "120103";
    static final String HEBEI = "130102";

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;

    Person grandmother() {
        return people.person(TestPeople.idNumber(TIANJIN, LocalDate.of(1946, 2, 14)), "周淑兰", Scheme.EMPLOYEE, TIANJIN,
                "6000.00", true);
    }

    Person grandchild(String name) {
        return people.person(TestPeople.idNumber(HEBEI, LocalDate.of(2012, 8, 8)), name, Scheme.RESIDENT, HEBEI, null,
                true);
    }

    Relation boundWithQuota(Person sharer, Person recipient) {
        Relation relation = family.bind(sharer.getId(), recipient.idNumber().value(), Kinship.SONS_CHILD, true,
                Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        return relation;
    }

    @SuppressWarnings("unchecked")
    void openCase(Person person, String reason) {
        navigate("cases");
        byId(TextField.class, "case-query").setValue(person.idNumber().value());
        byId(TextArea.class, "case-reason").setValue(reason);
        _click(byId(Button.class, "case-search"));
        GridKt._clickItem((Grid<CaseMatch>) byId(Grid.class, "case-results"), 0, 1, false, false, false, false);
    }

    @SuppressWarnings("unchecked")
    static void contact(Channel channel) {
        byId(RadioButtonGroup.class, "phone-channel").setValue(channel);
    }

    @SuppressWarnings("unchecked")
    static void checkIdentity(Set<PhoneCheck> passed) {
        _click(byId(Button.class, "phone-identity-check"));
        byId(CheckboxGroup.class, "phone-checks").setValue(passed);
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-confirm"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTelephoneFlowAndTheHallConfirmation_D7_D10_D21() {
        Person sharer = grandmother();
        Person grandson = grandchild("周小宇");
        Person granddaughter = grandchild("周小雨");
        Relation relation = boundWithQuota(sharer, grandson);
        long id = relation.getId();
        login(PortalUser.staff("agent-ph1", "王晓燕", StaffRole.AGENT));
        openCase(sharer, "来电：群众要求收回额度");

        // At the hall (the default) the counter actions are offered; on the phone, no grant, no hall binding.
        assertThat(exists("counter-grant-" + id)).isTrue();
        contact(Channel.CALL_CENTRE);
        assertThat(exists("counter-grant-" + id)).isFalse();
        assertThat(exists("counter-bind")).isFalse();
        assertThat(exists("counter-revoke-" + id)).isFalse();
        assertThat(text("phone-no-grants")).contains("电话中不能授予额度");
        assertThat(text("phone-identity-status")).contains("尚未核验");

        // Without a passed identity check the phone refuses, in plain words, and nothing changes.
        _click(byId(Button.class, "phone-revoke-" + id));
        byId(TextField.class, "phone-amount").setValue("100.00");
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-summary")).contains("100.00 元", "服务热线");
        _click(byId(Button.class, "counter-confirm"));
        assertThat(text("counter-error")).contains("还没有核实来电人的身份");
        _click(byId(Button.class, "counter-cancel"));
        assertThat(wallet.summary(id).available()).isEqualTo(Money.of("500.00"));

        // The ID number alone does not pass; it is recorded all the same.
        checkIdentity(Set.of(PhoneCheck.ID_NUMBER_READ_BACK));
        assertThat(text("counter-done")).contains("未通过");
        assertThat(text("phone-identity-status")).contains("未通过", "agent-ph1");
        checkIdentity(Set.of(PhoneCheck.ID_NUMBER_READ_BACK, PhoneCheck.REGISTERED_PHONE));
        assertThat(text("phone-identity-status")).contains("身份核验已通过", "agent-ph1", "登记的手机号");

        _click(byId(Button.class, "phone-revoke-" + id));
        byId(TextField.class, "phone-amount").setValue("100.00");
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-confirm"));
        assertThat(text("quota-available-" + id)).isEqualTo("400.00 元");
        assertThat(text("case-counter-actions")).contains("收回额度", "服务热线", "来电人身份核验通过",
                "来电号码是案件中登记的手机号", "来电人身份核验未通过");
        // P3: she is told it was done on the phone after a check of who she is, and whom to call if not.
        assertThat(text("case-notifications")).contains("服务热线工作人员 agent-ph1 在电话中核实您的身份后",
                "收回额度", "12393");

        // A verbal commitment: only written down, nobody is bound.
        _click(byId(Button.class, "phone-verbal-commitment"));
        assertThat(text("phone-letter")).contains("承诺");
        byId(TextField.class, "phone-relative-id").setValue(granddaughter.idNumber().value());
        byId(Select.class, "phone-relation-kind").setValue(Kinship.SONS_CHILD);
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-error")).contains("承诺书");
        byId(Checkbox.class, "phone-declared").setValue(true);
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-summary")).contains("周*雨", "孙子女", "只记录，不生效", "服务热线");
        _click(byId(Button.class, "counter-confirm"));
        assertThat(text("counter-done")).contains("电话承诺已记录");
        assertThat(text("phone-verbal-list")).contains("周*雨", "待本人确认");
        assertThat(family.asSharer(sharer.getId())).hasSize(1);

        // End the first relation by telephone.
        _click(byId(Button.class, "phone-dissolve-" + id));
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-confirm"));
        assertThat(family.relationFor(sharer.getId(), id).getStatus()).isEqualTo(RelationStatus.DISSOLVED);
        assertThat(exists("phone-dissolve-" + id)).isFalse();

        // Later, at the hall: the verbal commitment is confirmed with the letter signed there.
        contact(Channel.SERVICE_HALL);
        long verbal = family.pendingVerbalCommitments(sharer.getId()).getFirst().getId();
        _click(byId(Button.class, "hall-confirm-verbal-" + verbal));
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-error")).contains("承诺书");
        byId(Checkbox.class, "hall-verbal-signed").setValue(true);
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-summary")).contains("周*雨", "服务大厅", "agent-ph1");
        _click(byId(Button.class, "counter-confirm"));
        assertThat(family.asSharer(sharer.getId())).filteredOn(Relation::isLive).singleElement()
                .satisfies(r -> assertThat(r.getRecipientId()).isEqualTo(granddaughter.getId()));
        assertThat(text("phone-verbal-list")).contains("已确认", "服务大厅");
        assertThat(family.commitmentOf(family.asSharer(sharer.getId()).stream().filter(Relation::isLive)
                .findFirst().orElseThrow().getId()).orElseThrow().getVerbalCommitmentId()).isEqualTo(verbal);
    }

    @Test
    void inEnglishThePhoneDeskSaysWhatItCanAndCannotDo_D7() {
        Person sharer = grandmother();
        Relation relation = boundWithQuota(sharer, grandchild("周小宇"));
        login(PortalUser.staff("agent-ph2", "王晓燕", StaffRole.AGENT));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        openCase(sharer, "Caller asks to end sharing");

        contact(Channel.CALL_CENTRE);
        assertThat(text("phone-desk")).contains("On the telephone (phone line)");
        assertThat(text("phone-no-grants")).startsWith("Quotas are not granted by telephone");
        assertThat(text("phone-identity-status")).contains("has not been checked");

        _click(byId(Button.class, "phone-dissolve-" + relation.getId()));
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-confirm"));
        assertThat(text("counter-error")).startsWith("The caller’s identity has not been checked");
        _click(byId(Button.class, "counter-cancel"));

        _click(byId(Button.class, "phone-identity-check"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<PhoneCheck> checks = byId(CheckboxGroup.class, "phone-checks");
        assertThat(checks.getItemLabelGenerator().apply(PhoneCheck.ID_NUMBER_READ_BACK))
                .isEqualTo("Said the full ID number and name, and they match the case");
        checks.setValue(Set.of(PhoneCheck.ID_NUMBER_READ_BACK, PhoneCheck.RELATIVE_NAMED));
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-summary")).contains("Passed", "Call centre");
        _click(byId(Button.class, "counter-confirm"));
        assertThat(text("phone-identity-status")).startsWith("Identity check passed").contains("agent-ph2");

        _click(byId(Button.class, "phone-dissolve-" + relation.getId()));
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-confirm"));
        assertThat(text("counter-done")).contains("has ended");
        assertThat(text("case-counter-actions")).contains("Relation ended", "Call centre",
                "Caller’s identity checked (passed)");
    }
}
