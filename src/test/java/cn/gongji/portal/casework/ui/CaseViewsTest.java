package cn.gongji.portal.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.casework.CaseMatch;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.ui.KaribuTest;
import cn.gongji.portal.wallet.WalletService;

/** The agent's screens: search, the audited case (D26) and every counter action with its refusals (D7, D10, D21). */
class CaseViewsTest extends KaribuTest {

    static final String TIANJIN = "120103";
    static final String HEBEI = "130102";
    static final String REASON = "窗口办理：绑定孙子";

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    LedgerService ledger;

    PortalUser agent(String name) {
        return login(PortalUser.staff(name, "王晓燕", StaffRole.AGENT));
    }

    Person grandmother(boolean walletOpen) {
        return people.person(TestPeople.idNumber(TIANJIN, LocalDate.of(1946, 2, 14)), "周淑兰", Scheme.EMPLOYEE, TIANJIN,
                "6000.00", walletOpen);
    }

    Person grandson() {
        return people.person(TestPeople.idNumber(HEBEI, LocalDate.of(2012, 8, 8)), "周小宇", Scheme.RESIDENT, HEBEI, null,
                true);
    }

    @SuppressWarnings("unchecked")
    static Grid<CaseMatch> results() {
        return byId(Grid.class, "case-results");
    }

    void search(String query, String reason) {
        navigate("cases");
        byId(TextField.class, "case-query").setValue(query);
        byId(TextArea.class, "case-reason").setValue(reason);
        _click(byId(Button.class, "case-search"));
    }

    void openCase(Person person) {
        search(person.idNumber().value(), REASON);
        GridKt._clickItem(results(), 0, 1, false, false, false, false);
    }

    @Test
    void searchingWithoutAReasonIsRefusedAtTheReasonField_D26() {
        Person person = grandmother(false);
        agent("agent-v1");

        search(person.idNumber().value(), "  ");

        TextArea reason = byId(TextArea.class, "case-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("事由");
        assertThat(exists("case-results")).isFalse();
    }

    @Test
    void matchesAreMaskedAndARowOpensTheCaseWithTheReason_D2_D26() {
        Person person = grandmother(false);
        agent("agent-v2");

        search(person.idNumber().value(), REASON);

        assertThat(GridKt._size(results())).isEqualTo(1);
        List<String> row = GridKt._getFormattedRow(results(), GridKt._get(results(), 0));
        assertThat(row).contains("周*兰", person.idNumber().masked());
        assertThat(String.join(" ", row)).doesNotContain(person.idNumber().value()).doesNotContain("周淑兰");

        GridKt._clickItem(results(), 0, 1, false, false, false, false);

        assertThat(text("case-id-number")).isEqualTo(person.idNumber().value());
        assertThat(text("case-name")).isEqualTo("周淑兰");
        assertThat(text("case-logged")).contains(REASON);
        // Issue 11, D2: the address names an opaque token of this session, not the ID number.
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("cases/[A-Za-z0-9_-]{22}").doesNotContain(person.idNumber().value());
    }

    @Test
    void aCaseAddressIsATokenOfTheAgentsOwnSessionAndTheIdNumberLeadsThere_D2_issue11() {
        Person person = grandmother(false);
        agent("agent-v10");
        search(person.idNumber().value(), REASON);
        GridKt._clickItem(results(), 0, 1, false, false, false, false);
        String tokenPath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        // The same token again (a reload) asks for the reason again (D26) and then shows the case.
        open(tokenPath);
        byId(TextArea.class, "case-open-reason").setValue("再次核对");
        _click(byId(Button.class, "case-open"));
        assertThat(text("case-id-number")).isEqualTo(person.idNumber().value());

        // ui.md's entry point by ID number reaches the same case, under the same token.
        assertThat(CaseTokens.routeTo(person.idNumber().value())).isEqualTo(tokenPath);
        navigate("cases/" + person.idNumber().value());
        assertThat(exists("case-open-reason")).isTrue();

        // A token this session never issued finds nothing.
        open("cases/" + "A".repeat(22));
        assertThat(exists("not-found")).isTrue();
        assertThat(CaseTokens.routeTo(TestPeople.idNumber(TIANJIN))).isNotEqualTo(tokenPath);
    }

    @Test
    void aCaseOpenedWithoutAReasonAsksForItBeforeShowingAnything_D26() {
        Person person = grandmother(false);
        agent("agent-v3");

        navigate("cases/" + person.idNumber().value());

        assertThat(exists("case-open-reason")).isTrue();
        assertThat(exists("case-id-number")).isFalse();
        _click(byId(Button.class, "case-open"));
        assertThat(byId(TextArea.class, "case-open-reason").isInvalid()).isTrue();
        assertThat(exists("case-id-number")).isFalse();

        byId(TextArea.class, "case-open-reason").setValue("群众来电咨询额度");
        _click(byId(Button.class, "case-open"));

        assertThat(text("case-id-number")).isEqualTo(person.idNumber().value());
        assertThat(text("case-logged")).contains("群众来电咨询额度");
    }

    @Test
    void anUnknownOrMalformedIdNumberFindsNobody() {
        agent("agent-v4");

        open("cases/not-an-id");
        assertThat(exists("not-found")).isTrue();

        navigate("cases/" + TestPeople.idNumber(TIANJIN));
        byId(TextArea.class, "case-open-reason").setValue("核对");
        _click(byId(Button.class, "case-open"));
        assertThat(exists("case-nobody")).isTrue();
    }

    @Test
    void aCitizenReachesNoAgentOrSupervisorPage_D26() {
        Person person = grandmother(false);
        login(person);

        for (String route : new String[] {"cases", "cases/" + person.idNumber().value(), "review", "access-log"}) {
            open(route);
            assertThat(exists("not-found")).as(route).isTrue();
            assertThat(exists("case-query")).isFalse();
            assertThat(exists("case-id-number")).isFalse();
        }
    }

    @Test
    void anAgentReachesNeitherTheReviewNorTheAccessLog_D27() {
        agent("agent-v5");

        for (String route : new String[] {"review", "access-log"}) {
            open(route);
            assertThat(exists("not-found")).as(route).isTrue();
            assertThat(exists("flags-grid")).isFalse();
            assertThat(exists("access-log-grid")).isFalse();
        }
    }

    @Test
    void theServiceHallJourney_bindOpenTheWalletAndGrant_D7_D10_D25() {
        Person sharer = grandmother(false);
        Person grandson = grandson();
        agent("agent-v6");
        openCase(sharer);

        // Bind: the letter is shown in full and must be signed before the answers can be checked.
        _click(byId(Button.class, "counter-bind"));
        assertThat(text("counter-letter")).contains("承诺");
        byId(TextField.class, "counter-relative-id").setValue(grandson.idNumber().value());
        byId(Select.class, "counter-relation-kind").setValue(Kinship.SONS_CHILD);
        _click(byId(Button.class, "counter-review"));
        assertThat(byId("counter-error").isVisible()).isTrue();
        assertThat(text("counter-error")).contains("承诺书");

        byId(Checkbox.class, "counter-letter-signed").setValue(true);
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-summary")).contains("周*宇", grandson.idNumber().masked(), "孙子女", "服务大厅",
                REASON);
        assertThat(family.asSharer(sharer.getId())).isEmpty();
        _click(byId(Button.class, "counter-confirm"));

        Relation relation = family.asSharer(sharer.getId()).getFirst();
        assertThat(text("counter-done")).contains("亲属已绑定");
        assertThat(text("relation-" + relation.getId())).contains("周*宇", "孙子女");

        // Grant before her wallet is open: refused with the reason, nothing changes.
        _click(byId(Button.class, "counter-grant-" + relation.getId()));
        byId(TextField.class, "counter-amount").setValue("200.00");
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-confirm"));
        assertThat(text("counter-error")).contains("钱包");
        assertThat(ledger.balances(sharer.getId()).reserved()).isEqualTo(Money.ZERO);
        _click(byId(Button.class, "counter-cancel"));

        // Open her wallet at the counter, then grant.
        _click(byId(Button.class, "counter-open-wallet"));
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-confirm"));
        assertThat(text("case-wallet-status")).startsWith("已开通");
        assertThat(exists("counter-open-wallet")).isFalse();

        _click(byId(Button.class, "counter-grant-" + relation.getId()));
        byId(TextField.class, "counter-amount").setValue("200.00");
        byId(TextArea.class, "counter-reason").setValue("为孙子授予上学期间的医药费额度");
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-summary")).contains("200.00 元", "为孙子授予上学期间的医药费额度");
        _click(byId(Button.class, "counter-confirm"));

        assertThat(text("quota-available-" + relation.getId())).isEqualTo("200.00 元");
        assertThat(text("case-available")).isEqualTo("5800.00 元");

        // The timeline names the agent and the channel (P6, D7).
        Details timeline = byId(Details.class, "relation-timeline-" + relation.getId());
        timeline.setOpened(true);
        String events = timeline.getElement().getTextRecursively();
        assertThat(events).contains("绑定", "服务大厅", "agent-v6", "额度");
        assertThat(text("case-counter-actions")).contains("绑定亲属", "开通钱包", "授予额度", "agent-v6");
        assertThat(wallet.summary(relation.getId()).available()).isEqualTo(Money.of("200.00"));
    }

    @Test
    void aGrantAboveWhatIsAvailableIsRefusedAtTheAmount_D11() {
        Person sharer = grandmother(true);
        Person grandson = grandson();
        Relation relation = family.bind(sharer.getId(), grandson.idNumber().value(), Kinship.SONS_CHILD, true,
                Actor.citizen(sharer.getId()));
        agent("agent-v7");
        openCase(sharer);

        _click(byId(Button.class, "counter-grant-" + relation.getId()));
        TextField amount = byId(TextField.class, "counter-amount");
        amount.setValue("12.345");
        _click(byId(Button.class, "counter-review"));
        assertThat(amount.isInvalid()).isTrue();

        amount.setValue("6000.01");
        coSign(people.colleague());
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-confirm"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("可用");
        assertThat(ledger.balances(sharer.getId()).reserved()).isEqualTo(Money.ZERO);
    }



    static void coSign(String colleague) {
        byId(TextField.class, "counter-cosign-username").setValue(colleague);
        byId(PasswordField.class, "counter-cosign-password").setValue(TestPeople.COLLEAGUE_PASSWORD);
    }

    @Test
    void aLargeCounterGrantIsCoSignedByAColleagueAndTheCitizenIsTold_issue11() {
        Person sharer = grandmother(true);
        Person grandson = grandson();
        Relation relation = family.bind(sharer.getId(), grandson.idNumber().value(), Kinship.SONS_CHILD, true,
                Actor.citizen(sharer.getId()));
        agent("agent-v9");
        openCase(sharer);

        _click(byId(Button.class, "counter-grant-" + relation.getId()));
        byId(TextField.class, "counter-amount").setValue("800.00");
        assertThat(exists("counter-cosign")).isFalse();
        byId(TextField.class, "counter-amount").setValue("1500.00");
        assertThat(exists("counter-cosign")).isTrue();
        _click(byId(Button.class, "counter-review"));
        TextField checker = byId(TextField.class, "counter-cosign-username");
        assertThat(checker.isInvalid()).isTrue();
        assertThat(checker.getErrorMessage()).contains("复核");

        String colleague = people.colleague();
        byId(TextField.class, "counter-cosign-username").setValue(colleague);
        byId(PasswordField.class, "counter-cosign-password").setValue("not-the-password");
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-confirm"));
        assertThat(byId(PasswordField.class, "counter-cosign-password").isInvalid()).isTrue();
        assertThat(ledger.balances(sharer.getId()).reserved()).isEqualTo(Money.ZERO);

        coSign(colleague);
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-summary")).contains("复核人", colleague, "1500.00 元");
        _click(byId(Button.class, "counter-confirm"));
        assertThat(text("quota-available-" + relation.getId())).isEqualTo("1500.00 元");

        // P3: she is told who did what for her, where — not the words the agent typed.
        login(sharer);
        navigate("notifications");
        String told = byId("notifications-list").getElement().getTextRecursively();
        assertThat(told).contains("工作人员 agent-v9 在服务大厅为您办理了：授予额度（亲属：周*宇，金额：1500.00 元）",
                "12393");
        assertThat(told).doesNotContain(REASON);
    }

    @Test
    void revokeAndDissolveAtTheCounterCheckTheAnswersFirst_D10_D21() {
        Person sharer = grandmother(true);
        Person grandson = grandson();
        Relation relation = family.bind(sharer.getId(), grandson.idNumber().value(), Kinship.SONS_CHILD, true,
                Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("300.00"), null, Actor.citizen(sharer.getId()));
        agent("agent-v8");
        openCase(sharer);

        _click(byId(Button.class, "counter-revoke-" + relation.getId()));
        byId(TextField.class, "counter-amount").setValue("100.00");
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-back"));
        assertThat(byId(TextField.class, "counter-amount").getValue()).isEqualTo("100.00");
        _click(byId(Button.class, "counter-review"));
        _click(byId(Button.class, "counter-confirm"));
        assertThat(text("quota-available-" + relation.getId())).isEqualTo("200.00 元");

        _click(byId(Button.class, "counter-dissolve-" + relation.getId()));
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-summary")).contains("退回");
        _click(byId(Button.class, "counter-confirm"));

        assertThat(text("relation-status-" + relation.getId())).contains("已解除");
        assertThat(exists("counter-dissolve-" + relation.getId())).isFalse();
        assertThat(ledger.balances(sharer.getId()).reserved()).isEqualTo(Money.ZERO);
        assertThat(family.timeline(sharer.getId(), relation.getId())).last()
                .satisfies(e -> {
                    assertThat(e.getChannel()).isEqualTo(Channel.SERVICE_HALL);
                    assertThat(e.getAgent()).isEqualTo("agent-v8");
                });
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void theTimelineReadsAQuotasEndDateInWordsNotAsStored_P2_P6_issue13() {
        Person sharer = grandmother(true);
        Person grandson = grandson();
        Relation relation = family.bind(sharer.getId(), grandson.idNumber().value(), Kinship.SONS_CHILD, true,
                Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("300.00"), LocalDate.now().plusDays(30),
                Actor.citizen(sharer.getId()));
        agent("agent-v11");
        openCase(sharer);

        com.vaadin.flow.component.details.Details timeline =
                byId(com.vaadin.flow.component.details.Details.class, "relation-timeline-" + relation.getId());
        timeline.setOpened(true);
        List<String> items = _find(timeline, com.vaadin.flow.component.html.ListItem.class).stream()
                .map(com.vaadin.flow.component.html.ListItem::getText).toList();
        assertThat(items).anySatisfy(item -> assertThat(item).contains("额度截止日期"))
                .noneSatisfy(item -> assertThat(item).contains("end 20"));
    }

    @Test
    void theCaseReadsInEnglishToo() {
        Person sharer = grandmother(false);
        agent("agent-v10");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        openCase(sharer);

        assertThat(text("case-title")).isEqualTo("Case of 周淑兰");
        assertThat(text("case-wallet-status")).isEqualTo("Not open");
        assertThat(text("case-balance")).isEqualTo("CNY 6000.00");
        _click(byId(Button.class, "counter-open-wallet"));
        _click(byId(Button.class, "counter-review"));
        assertThat(text("counter-summary")).contains("Service hall", "Open the medical insurance wallet");
    }

    @Test
    void theSupervisorSeesTheOpeningInTheAccessLog_D26() {
        Person sharer = grandmother(false);
        agent("agent-v9");
        openCase(sharer);

        login(PortalUser.staff("super-v9", "刘国强", StaffRole.SUPERVISOR));
        navigate("access-log");

        @SuppressWarnings("unchecked")
        Grid<Object> log = byId(Grid.class, "access-log-grid");
        List<String> newest = GridKt._getFormattedRow(log, GridKt._fetch(log, 0, 1).getFirst());
        assertThat(newest).contains("agent-v9", "周*兰 " + sharer.idNumber().masked(), REASON);
        assertThat(String.join(" ", newest)).doesNotContain(sharer.idNumber().value());
        assertThat(_find(Button.class)).noneMatch(b -> b.getText().contains("删除") || b.getText().contains("修改"));
    }
}
