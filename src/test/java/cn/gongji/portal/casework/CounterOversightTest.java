package cn.gongji.portal.casework;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.history.HistoryFilter;
import cn.gongji.portal.history.HistoryLine;
import cn.gongji.portal.history.HistoryService;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.notification.Notification;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.supervision.FlagLine;
import cn.gongji.portal.supervision.FlagRule;
import cn.gongji.portal.supervision.FlagService;
import cn.gongji.portal.supervision.FlagStatus;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.SignedIn;
import cn.gongji.portal.support.TestPeople;

/**
 * Issue 11: one agent alone cannot hand a citizen's money to a third person unseen. Every counter action is told to
 * the citizen with the agent and the channel (P3); a counter grant above {@code portal.casework.co-sign-above}
 * (1,000.00) needs a second staff member's co-signature; many bindings and grants by one agent raise a D27 flag; and
 * what an agent typed is never shown to citizens (D24).
 */
@ServiceTest
class CounterOversightTest {

    static final String TIANJIN = "120103";
    static final String HEBEI = "130102";

    @Autowired
    CaseworkService casework;
    @Autowired
    NotificationService notifications;
    @Autowired
    HistoryService history;
    @Autowired
    FlagService flags;
    @Autowired
    LedgerService ledger;
    @Autowired
    TestPeople people;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    record Case(Person sharer, Person grandson, Relation relation, String agent) {
    }

    /** A sharer with a wallet and a bound grandson in another province, opened by a fresh agent at the counter. */
    private Case counterCase() {
        Person sharer = people.person(TestPeople.idNumber(TIANJIN, LocalDate.of(1948, 3, 3)), "赵桂芳",
                Scheme.EMPLOYEE, TIANJIN, "5000.00", true);
        Person grandson = people.person(TestPeople.idNumber(HEBEI, LocalDate.of(2010, 5, 5)), "赵小明",
                Scheme.RESIDENT, HEBEI, null, true);
        String agent = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.staff(agent, StaffRole.AGENT);
        casework.open(sharer.idNumber().value(), "Citizen at the counter");
        Relation relation = casework.bind(sharer.getId(), grandson.idNumber().value(), Kinship.SONS_CHILD, true,
                "She signed the letter in the hall");
        return new Case(sharer, grandson, relation, agent);
    }


    @Test
    void aCounterGrantAboveTheLimitNeedsAnotherStaffMembersCoSignature_issue11() {
        Case c = counterCase();
        String colleague = people.colleague();
        Money above = Money.of("1000.01");

        assertThat(casework.needsCoSign(Money.of("1000.00"))).isFalse();
        assertThat(casework.needsCoSign(above)).isTrue();
        assertRefused(Refusal.CO_SIGN_REQUIRED, () -> casework.grant(c.sharer().getId(), c.relation().getId(),
                above, "large grant", null));
        assertRefused(Refusal.CO_SIGN_INVALID, () -> casework.grant(c.sharer().getId(), c.relation().getId(),
                above, "large grant", new CoSign(colleague, "wrong")));
        assertRefused(Refusal.CO_SIGN_INVALID, () -> casework.grant(c.sharer().getId(), c.relation().getId(),
                above, "large grant", new CoSign(c.agent(), TestPeople.COLLEAGUE_PASSWORD)));
        assertRefused(Refusal.CO_SIGN_INVALID, () -> casework.grant(c.sharer().getId(), c.relation().getId(),
                above, "large grant", new CoSign("nobody-" + colleague, TestPeople.COLLEAGUE_PASSWORD)));
        assertThat(ledger.balances(c.sharer().getId()).available()).isEqualTo(Money.of("5000.00"));

        casework.grant(c.sharer().getId(), c.relation().getId(), above, "large grant",
                new CoSign(colleague, TestPeople.COLLEAGUE_PASSWORD));
        casework.grant(c.sharer().getId(), c.relation().getId(), Money.of("1000.00"), "at the limit", null);

        assertThat(ledger.balances(c.sharer().getId()).available()).isEqualTo(Money.of("2999.99"));
        List<CounterAction> actions = casework.reload(c.sharer().getId()).counterActions();
        assertThat(actions).extracting(CounterAction::getKind, CounterAction::getChecker).startsWith(
                org.assertj.core.groups.Tuple.tuple(CounterActionKind.GRANT, null),
                org.assertj.core.groups.Tuple.tuple(CounterActionKind.GRANT, colleague));
    }

    @Test
    void theCitizenIsToldOfEveryCounterActionWithTheAgentAndTheChannel_P3_D7() {
        Case c = counterCase();
        casework.grant(c.sharer().getId(), c.relation().getId(), Money.of("300.00"), "grant for school", null);
        casework.dissolve(c.sharer().getId(), c.relation().getId(), "the family asked");

        List<Notification> told = notifications.latest(c.sharer().getId(), Pageable.ofSize(20)).stream()
                .filter(n -> n.getKind() == NotificationKind.COUNTER_ACTION).toList();
        assertThat(told).extracting(Notification::getReason)
                .containsExactlyInAnyOrder("BIND", "GRANT", "DISSOLVE");
        assertThat(told).allSatisfy(n -> {
            assertThat(n.getAgent()).isEqualTo(c.agent());
            assertThat(n.getChannel()).isEqualTo(Channel.SERVICE_HALL);
            assertThat(n.getOtherPersonId()).isEqualTo(c.grandson().getId());
        });
        assertThat(told).filteredOn(n -> "GRANT".equals(n.getReason())).singleElement()
                .satisfies(n -> assertThat(new Money(n.getAmount())).isEqualTo(Money.of("300.00")));
    }

    @Test
    void citizensSeeTheActionButNeverWhatTheAgentTyped_D24() {
        Case c = counterCase();
        String secret = "Her son says she is confused; granted on his say-so";
        casework.grant(c.sharer().getId(), c.relation().getId(), Money.of("200.00"), secret, null);
        SignedIn.clear();

        for (Person viewer : List.of(c.sharer(), c.grandson())) {
            List<HistoryLine> lines = history.lines(viewer.getId(), HistoryFilter.EVERYTHING, Pageable.ofSize(50))
                    .getContent();
            assertThat(lines).isNotEmpty();
            assertThat(lines).allSatisfy(line -> assertThat(String.valueOf(line.reason())).doesNotContain("confused"));
            assertThat(history.describeReason(secret, java.util.Locale.SIMPLIFIED_CHINESE)).isEmpty();
        }
    }

    @Test
    void manyBindingsAndGrantsByOneAgentRaiseOneFlag_D27() {
        Case c = counterCase();
        for (int i = 0; i < 12; i++) {
            casework.grant(c.sharer().getId(), c.relation().getId(), Money.of("1.00"), "grant " + i, null);
        }
        SignedIn.staff("super-" + c.agent(), StaffRole.SUPERVISOR);
        List<FlagLine> raised = flags.flags(FlagStatus.OPEN, FlagRule.COUNTER_ACTIVITY, Pageable.ofSize(500))
                .getContent().stream().filter(f -> f.flag().facts().getFirst().equals(c.agent())).toList();
        assertThat(raised).singleElement().satisfies(f -> {
            assertThat(f.flag().getPersonId()).isEqualTo(c.sharer().getId());
            assertThat(f.flag().facts()).containsExactly(c.agent(), "10", "60");
        });
    }
}
