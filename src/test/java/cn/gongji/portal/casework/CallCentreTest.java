package cn.gongji.portal.casework;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import cn.gongji.portal.family.Commitment;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.family.VerbalCommitment;
import cn.gongji.portal.family.VerbalCommitmentStatus;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.notification.Notification;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.security.TestClock;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.SignedIn;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.wallet.WalletService;

/**
 * Issue 12, D7: the call-centre channel. No telephone action without a passed identity check; revoke and dissolve on
 * the phone carry CALL_CENTRE, the agent, the reason and the check; a verbal commitment moves nothing until the sharer
 * confirms it himself online or at the hall, with every rule of a binding checked again; it can be declined or expire.
 */
@ServiceTest
class CallCentreTest {

    static final String TIANJIN = "120103";
    static final String HEBEI = "130102";
    static final String REASON = "来电：群众要求收回额度";
    static final EnumSet<PhoneCheck> ENOUGH = EnumSet.of(PhoneCheck.ID_NUMBER_READ_BACK, PhoneCheck.REGISTERED_PHONE);

    @Autowired
    CaseworkService casework;
    @Autowired
    Books books;
    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    LedgerService ledger;
    @Autowired
    NotificationService notifications;
    @Autowired
    CounterActionRepository actions;
    @Autowired
    TestPeople people;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        SignedIn.clear();
        clock.reset();
    }

    Person grandmother() {
        return people.person(TestPeople.idNumber(TIANJIN, LocalDate.of(1946, 2, 14)), "周淑兰", Scheme.EMPLOYEE, TIANJIN,
                "6000.00", true);
    }

    Person grandson() {
        return people.person(TestPeople.idNumber(HEBEI, LocalDate.of(2012, 8, 8)), "周小宇", Scheme.RESIDENT, HEBEI, null,
                true);
    }

    /** A live cross-province relation with a 500.00 quota, made by the sharer herself online. */
    Relation boundWithQuota(Person sharer, Person recipient) {
        Relation relation = family.bind(sharer.getId(), recipient.idNumber().value(), Kinship.SONS_CHILD, true,
                Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        return relation;
    }

    void agentOnThePhone(String agent, Person person) {
        SignedIn.staff(agent, StaffRole.AGENT);
        casework.open(person.idNumber().value(), "来电");
    }

    @Test
    void noTelephoneActionWithoutAPassedIdentityCheck_D7() {
        Person sharer = grandmother();
        Person grandson = grandson();
        Relation relation = boundWithQuota(sharer, grandson);
        agentOnThePhone("agent-p1", sharer);

        assertRefused(Refusal.PHONE_IDENTITY_NOT_CHECKED,
                () -> casework.revokeByPhone(sharer.getId(), relation.getId(), Money.of("100.00"), REASON));
        assertRefused(Refusal.PHONE_IDENTITY_NOT_CHECKED,
                () -> casework.dissolveByPhone(sharer.getId(), relation.getId(), REASON));
        assertRefused(Refusal.PHONE_IDENTITY_NOT_CHECKED, () -> casework.recordVerbalCommitment(sharer.getId(),
                TestPeople.idNumber(HEBEI), Kinship.SONS_CHILD, true, REASON));

        // The ID number read back is not enough alone: recorded as failed, and still refused.
        PhoneIdentity failed = casework.checkCallerIdentity(sharer.getId(), EnumSet.of(PhoneCheck.ID_NUMBER_READ_BACK),
                REASON);
        assertThat(failed.sufficient()).isFalse();
        assertRefused(Refusal.PHONE_IDENTITY_NOT_CHECKED,
                () -> casework.revokeByPhone(sharer.getId(), relation.getId(), Money.of("100.00"), REASON));
        // Nor are two checks without the ID number.
        assertThat(casework.checkCallerIdentity(sharer.getId(),
                EnumSet.of(PhoneCheck.REGISTERED_PHONE, PhoneCheck.RELATIVE_NAMED), REASON).sufficient()).isFalse();

        assertThat(wallet.summary(relation.getId()).available()).isEqualTo(Money.of("500.00"));
        assertThat(family.relationFor(sharer.getId(), relation.getId()).isLive()).isTrue();
        assertThat(actions.findByPersonIdOrderByIdDesc(sharer.getId())).extracting(CounterAction::getKind)
                .containsExactly(CounterActionKind.IDENTITY_FAILED, CounterActionKind.IDENTITY_FAILED);

        // Passed: recorded with the checks, the agent and the time; now the phone actions go through.
        PhoneIdentity passed = casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);
        assertThat(passed.sufficient()).isTrue();
        assertThat(passed.agent()).isEqualTo("agent-p1");
        assertThat(passed.passed()).containsExactlyInAnyOrderElementsOf(ENOUGH);
        assertThat(casework.callerIdentity(sharer.getId())).hasValueSatisfying(latest -> {
            assertThat(latest.checkId()).isEqualTo(passed.checkId());
            assertThat(latest.sufficient()).isTrue();
            assertThat(latest.passed()).isEqualTo(passed.passed());
        });
        casework.revokeByPhone(sharer.getId(), relation.getId(), Money.of("100.00"), REASON);
        assertThat(wallet.summary(relation.getId()).available()).isEqualTo(Money.of("400.00"));
    }

    @Test
    void aCheckCoversOneCallOfOneAgentAndALaterFailedCheckWithdrawsIt_D7() {
        Person sharer = grandmother();
        Relation relation = boundWithQuota(sharer, grandson());
        agentOnThePhone("agent-p2", sharer);
        casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);

        // Another agent on the same case has not checked anyone.
        agentOnThePhone("agent-p2b", sharer);
        assertRefused(Refusal.PHONE_IDENTITY_NOT_CHECKED,
                () -> casework.revokeByPhone(sharer.getId(), relation.getId(), Money.of("10.00"), REASON));

        // The same agent after the call's window (30 minutes): checked again first.
        SignedIn.staff("agent-p2", StaffRole.AGENT);
        clock.advance(Duration.ofMinutes(31));
        casework.open(sharer.idNumber().value(), "来电");
        assertRefused(Refusal.PHONE_IDENTITY_NOT_CHECKED,
                () -> casework.revokeByPhone(sharer.getId(), relation.getId(), Money.of("10.00"), REASON));

        casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);
        casework.checkCallerIdentity(sharer.getId(), EnumSet.of(PhoneCheck.ID_NUMBER_READ_BACK), REASON);
        assertRefused(Refusal.PHONE_IDENTITY_NOT_CHECKED,
                () -> casework.revokeByPhone(sharer.getId(), relation.getId(), Money.of("10.00"), REASON));
        assertThat(wallet.summary(relation.getId()).available()).isEqualTo(Money.of("500.00"));

        // A registered phone cannot be ticked where none is registered... this person has one, so it counts.
        assertThat(casework.checkCallerIdentity(sharer.getId(), EnumSet.of(PhoneCheck.ID_NUMBER_READ_BACK,
                PhoneCheck.RECENT_ACTIVITY), REASON).sufficient()).isTrue();
    }

    @Test
    void revokeAndDissolveOnThePhoneCarryCallCentreTheAgentTheReasonAndTheCheck_D7_D25_P3() {
        Person sharer = grandmother();
        Person grandson = grandson();
        Relation relation = boundWithQuota(sharer, grandson);
        agentOnThePhone("agent-p3", sharer);
        long check = casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON).checkId();

        casework.revokeByPhone(sharer.getId(), relation.getId(), Money.of("200.00"), REASON);
        casework.dissolveByPhone(sharer.getId(), relation.getId(), "来电：群众要求解除");

        List<LedgerEntry> timeline = ledger.timeline(relation.getId());
        LedgerEntry revoked = timeline.stream().filter(e -> e.getKind() == LedgerKind.QUOTA_REVOKED).findFirst()
                .orElseThrow();
        assertThat(revoked.getChannel()).isEqualTo(Channel.CALL_CENTRE);
        assertThat(revoked.getAgent()).isEqualTo("agent-p3");
        assertThat(revoked.getReason()).isEqualTo(REASON);
        LedgerEntry dissolved = timeline.stream().filter(e -> e.getKind() == LedgerKind.RELATION_DISSOLVED)
                .findFirst().orElseThrow();
        assertThat(dissolved.getChannel()).isEqualTo(Channel.CALL_CENTRE);
        assertThat(dissolved.getAgent()).isEqualTo("agent-p3");
        assertThat(family.relationFor(sharer.getId(), relation.getId()).getStatus())
                .isEqualTo(RelationStatus.DISSOLVED);
        // D21: the rest of the quota came back to her at once.
        assertThat(ledger.balances(sharer.getId()).reserved()).isEqualTo(Money.ZERO);
        assertThat(books.isConserved(sharer.getId())).isTrue();

        List<CounterAction> recorded = actions.findByPersonIdOrderByIdDesc(sharer.getId());
        assertThat(recorded).extracting(CounterAction::getKind).containsExactly(CounterActionKind.DISSOLVE,
                CounterActionKind.REVOKE, CounterActionKind.IDENTITY_CHECKED);
        assertThat(recorded).allSatisfy(a -> {
            assertThat(a.getChannel()).isEqualTo(Channel.CALL_CENTRE);
            assertThat(a.getAgent()).isEqualTo("agent-p3");
        });
        assertThat(recorded.get(0).getIdentityCheckId()).isEqualTo(check);
        assertThat(recorded.get(1).getIdentityCheckId()).isEqualTo(check);
        assertThat(recorded.get(1).getAmount()).isEqualTo(Money.of("200.00"));
        assertThat(recorded.get(2).getIdentityChecks()).isEqualTo("ID_NUMBER_READ_BACK,REGISTERED_PHONE");

        // P3: she is told, with the agent and the telephone channel.
        List<Notification> told = notifications.latest(sharer.getId(), Pageable.ofSize(10)).stream()
                .filter(n -> n.getKind() == NotificationKind.COUNTER_ACTION).toList();
        assertThat(told).extracting(Notification::getReason).containsExactlyInAnyOrder("REVOKE", "DISSOLVE");
        assertThat(told).allSatisfy(n -> {
            assertThat(n.getChannel()).isEqualTo(Channel.CALL_CENTRE);
            assertThat(n.getAgent()).isEqualTo("agent-p3");
        });
    }

    @Test
    void grantsAreNotOfferedOnThePhone_D7() {
        // A grant gives money to a person: the service has no telephone grant at all, only revoke and dissolve.
        assertThat(Arrays.stream(CaseworkService.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())).map(Method::getName)
                .filter(name -> name.endsWith("ByPhone")).distinct())
                .containsExactlyInAnyOrder("revokeByPhone", "dissolveByPhone");
    }

    @Test
    void aVerbalCommitmentCreatesNoRelationAndMovesNoMoney_D7_D25() {
        Person sharer = grandmother();
        Person grandson = grandson();
        Balances before = ledger.balances(sharer.getId());
        agentOnThePhone("agent-p4", sharer);
        long check = casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON).checkId();

        assertRefused(Refusal.COMMITMENT_NOT_ACCEPTED, () -> casework.recordVerbalCommitment(sharer.getId(),
                grandson.idNumber().value(), Kinship.SONS_CHILD, false, REASON));
        VerbalCommitment verbal = casework.recordVerbalCommitment(sharer.getId(), grandson.idNumber().value(),
                Kinship.SONS_CHILD, true, "来电：绑定孙子");

        assertThat(family.asSharer(sharer.getId())).isEmpty();
        assertThat(family.asRecipient(grandson.getId())).isEmpty();
        assertThat(ledger.balances(sharer.getId())).isEqualTo(before);
        assertThat(ledger.history(sharer.getId(), java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(60),
                EnumSet.of(LedgerKind.RELATION_BOUND, LedgerKind.RELATION_CONFIRMED), Pageable.ofSize(5)))
                .isEmpty();
        assertThat(verbal.getStatus()).isEqualTo(VerbalCommitmentStatus.PENDING);
        assertThat(verbal.getChannel()).isEqualTo(Channel.CALL_CENTRE);
        assertThat(verbal.getAgent()).isEqualTo("agent-p4");
        assertThat(verbal.getAgentReason()).isEqualTo("来电：绑定孙子");
        assertThat(verbal.getIdentityCheckId()).isEqualTo(check);
        assertThat(verbal.getExpiresAt()).isEqualTo(verbal.getRecordedAt().plus(Duration.ofDays(7)));
        assertThat(family.pendingVerbalCommitments(sharer.getId())).extracting(VerbalCommitment::getId)
                .containsExactly(verbal.getId());

        CounterAction recorded = actions.findByPersonIdOrderByIdDesc(sharer.getId()).getFirst();
        assertThat(recorded.getKind()).isEqualTo(CounterActionKind.VERBAL_BIND);
        assertThat(recorded.getChannel()).isEqualTo(Channel.CALL_CENTRE);
        assertThat(recorded.getVerbalCommitmentId()).isEqualTo(verbal.getId());
        assertThat(recorded.getIdentityCheckId()).isEqualTo(check);
        // The sharer is told what was recorded and that nothing happens until he confirms; the relative is not.
        assertThat(notifications.latest(sharer.getId(), Pageable.ofSize(5)).stream()
                .filter(n -> "VERBAL_BIND".equals(n.getReason()))).singleElement()
                .satisfies(n -> assertThat(n.getChannel()).isEqualTo(Channel.CALL_CENTRE));
        assertThat(notifications.latest(grandson.getId(), Pageable.ofSize(5))).isEmpty();

        // One pending proposal per pair, and the agent is told that one is waiting (not that a relation exists).
        assertRefused(Refusal.VERBAL_COMMITMENT_PENDING, () -> casework.recordVerbalCommitment(sharer.getId(),
                grandson.idNumber().value(), Kinship.SONS_CHILD, true, REASON));
    }

    @Test
    void theRulesOfABindingAreCheckedWhenTheVerbalCommitmentIsRecorded_D3_D4_D5() {
        Person sharer = grandmother();
        agentOnThePhone("agent-p5", sharer);
        casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);
        assertRefused(Refusal.SAME_PERSON, () -> casework.recordVerbalCommitment(sharer.getId(),
                sharer.idNumber().value(), Kinship.SPOUSE, true, REASON));
        assertRefused(Refusal.RECIPIENT_NOT_INSURED, () -> casework.recordVerbalCommitment(sharer.getId(),
                TestPeople.idNumber(HEBEI), Kinship.SONS_CHILD, true, REASON));
        Person noWallet = people.person(TestPeople.idNumber(HEBEI), "周小明", Scheme.RESIDENT, HEBEI, null, false);
        assertRefused(Refusal.RECIPIENT_WALLET_NOT_OPENED, () -> casework.recordVerbalCommitment(sharer.getId(),
                noWallet.idNumber().value(), Kinship.SONS_CHILD, true, REASON));
        assertThat(family.verbalCommitmentsOf(sharer.getId())).isEmpty();
    }

    @Test
    void theCitizensOnlineConfirmationBindsWithChannelOnlineAndNamesTheVerbalRecord_D7() {
        Person sharer = grandmother();
        Person grandson = grandson();
        agentOnThePhone("agent-p6", sharer);
        casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);
        VerbalCommitment verbal = casework.recordVerbalCommitment(sharer.getId(), grandson.idNumber().value(),
                Kinship.SONS_CHILD, true, REASON);
        SignedIn.clear();

        assertRefused(Refusal.COMMITMENT_NOT_ACCEPTED, () -> family.confirmVerbalCommitment(sharer.getId(),
                verbal.getId(), false, Actor.citizen(sharer.getId())));
        // Nobody else confirms it, and a telephone never does.
        Person stranger = people.employee(TIANJIN, "10.00");
        assertRefused(Refusal.RELATION_NOT_FOUND, () -> family.confirmVerbalCommitment(stranger.getId(),
                verbal.getId(), true, Actor.citizen(stranger.getId())));
        assertThatThrownBy(() -> family.confirmVerbalCommitment(sharer.getId(), verbal.getId(), true,
                Actor.agentFor(sharer.getId(), "agent-p6", Channel.CALL_CENTRE, REASON)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(family.asSharer(sharer.getId())).isEmpty();

        Relation relation = family.confirmVerbalCommitment(sharer.getId(), verbal.getId(), true,
                Actor.citizen(sharer.getId()));

        assertThat(relation.isLive()).isTrue();
        assertThat(relation.getKinship()).isEqualTo(Kinship.SONS_CHILD);
        assertThat(relation.getRecipientId()).isEqualTo(grandson.getId());
        Commitment signed = family.commitmentOf(relation.getId()).orElseThrow();
        assertThat(signed.getChannel()).isEqualTo(Channel.ONLINE);
        assertThat(signed.getAgent()).isNull();
        assertThat(signed.getSignedBy()).isEqualTo(sharer.getId());
        assertThat(signed.getVerbalCommitmentId()).isEqualTo(verbal.getId());
        assertThat(ledger.timeline(relation.getId())).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(LedgerKind.RELATION_BOUND);
            assertThat(e.getChannel()).isEqualTo(Channel.ONLINE);
        });
        VerbalCommitment done = family.verbalCommitment(verbal.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(VerbalCommitmentStatus.CONFIRMED);
        assertThat(done.getResolvedChannel()).isEqualTo(Channel.ONLINE);
        assertThat(done.getRelationId()).isEqualTo(relation.getId());
        assertThat(family.pendingVerbalCommitments(sharer.getId())).isEmpty();
        assertRefused(Refusal.VERBAL_COMMITMENT_NOT_PENDING, () -> family.confirmVerbalCommitment(sharer.getId(),
                verbal.getId(), true, Actor.citizen(sharer.getId())));
        // The relative hears of it only now (P3).
        assertThat(notifications.latest(grandson.getId(), Pageable.ofSize(5))).extracting(Notification::getKind)
                .containsExactly(NotificationKind.RELATION_BOUND);
    }

    @Test
    void aHallConfirmationBindsWithTheLetterSignedThereAndNamesTheVerbalRecord_D7() {
        Person sharer = grandmother();
        Person grandson = grandson();
        agentOnThePhone("agent-p7", sharer);
        casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);
        VerbalCommitment verbal = casework.recordVerbalCommitment(sharer.getId(), grandson.idNumber().value(),
                Kinship.SONS_CHILD, true, REASON);

        agentOnThePhone("agent-hall", sharer);
        assertRefused(Refusal.COMMITMENT_NOT_ACCEPTED,
                () -> casework.confirmVerbalAtHall(sharer.getId(), verbal.getId(), false, "窗口确认"));
        Relation relation = casework.confirmVerbalAtHall(sharer.getId(), verbal.getId(), true, "窗口确认");

        Commitment signed = family.commitmentOf(relation.getId()).orElseThrow();
        assertThat(signed.getChannel()).isEqualTo(Channel.SERVICE_HALL);
        assertThat(signed.getAgent()).isEqualTo("agent-hall");
        assertThat(signed.getVerbalCommitmentId()).isEqualTo(verbal.getId());
        assertThat(ledger.timeline(relation.getId()).getFirst().getChannel()).isEqualTo(Channel.SERVICE_HALL);
        CounterAction bind = actions.findByPersonIdOrderByIdDesc(sharer.getId()).getFirst();
        assertThat(bind.getKind()).isEqualTo(CounterActionKind.BIND);
        assertThat(bind.getChannel()).isEqualTo(Channel.SERVICE_HALL);
        assertThat(bind.getVerbalCommitmentId()).isEqualTo(verbal.getId());
        assertThat(bind.getRelationId()).isEqualTo(relation.getId());
        assertThat(family.verbalCommitment(verbal.getId()).orElseThrow().getResolvedChannel())
                .isEqualTo(Channel.SERVICE_HALL);
    }

    @Test
    void theRulesAreCheckedAgainAtConfirmation_D5() {
        Person sharer = grandmother();
        Person grandson = grandson();
        agentOnThePhone("agent-p8", sharer);
        casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);
        VerbalCommitment verbal = casework.recordVerbalCommitment(sharer.getId(), grandson.idNumber().value(),
                Kinship.SONS_CHILD, true, REASON);
        people.terminate(grandson);

        assertRefused(Refusal.RECIPIENT_INSURANCE_ENDED, () -> family.confirmVerbalCommitment(sharer.getId(),
                verbal.getId(), true, Actor.citizen(sharer.getId())));
        assertThat(family.asSharer(sharer.getId())).isEmpty();
        assertThat(family.verbalCommitment(verbal.getId()).orElseThrow().getStatus())
                .isEqualTo(VerbalCommitmentStatus.PENDING);
    }

    @Test
    void aRelativeBoundMeanwhileIsRefusedAtConfirmationAndTheProposalStaysPending_D6() {
        Person sharer = grandmother();
        Person grandson = grandson();
        agentOnThePhone("agent-p11", sharer);
        casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);
        VerbalCommitment verbal = casework.recordVerbalCommitment(sharer.getId(), grandson.idNumber().value(),
                Kinship.SONS_CHILD, true, REASON);
        SignedIn.clear();
        family.bind(sharer.getId(), grandson.idNumber().value(), Kinship.SONS_CHILD, true,
                Actor.citizen(sharer.getId()));

        assertRefused(Refusal.ALREADY_BOUND, () -> family.confirmVerbalCommitment(sharer.getId(), verbal.getId(),
                true, Actor.citizen(sharer.getId())));
        assertThat(family.asSharer(sharer.getId())).hasSize(1);
        assertThat(family.verbalCommitment(verbal.getId()).orElseThrow().getStatus())
                .isEqualTo(VerbalCommitmentStatus.PENDING);
    }

    @Test
    void aDeclinedVerbalCommitmentCanNoLongerBeConfirmed_D7() {
        Person sharer = grandmother();
        Person grandson = grandson();
        agentOnThePhone("agent-p9", sharer);
        casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);
        VerbalCommitment verbal = casework.recordVerbalCommitment(sharer.getId(), grandson.idNumber().value(),
                Kinship.SONS_CHILD, true, REASON);
        SignedIn.clear();

        family.declineVerbalCommitment(sharer.getId(), verbal.getId(), Actor.citizen(sharer.getId()));

        VerbalCommitment declined = family.verbalCommitment(verbal.getId()).orElseThrow();
        assertThat(declined.getStatus()).isEqualTo(VerbalCommitmentStatus.DECLINED);
        assertThat(declined.getResolvedChannel()).isEqualTo(Channel.ONLINE);
        assertRefused(Refusal.VERBAL_COMMITMENT_NOT_PENDING, () -> family.confirmVerbalCommitment(sharer.getId(),
                verbal.getId(), true, Actor.citizen(sharer.getId())));
        assertThat(family.asSharer(sharer.getId())).isEmpty();
        assertThat(family.pendingVerbalCommitments(sharer.getId())).isEmpty();
    }

    @Test
    void aVerbalCommitmentExpiresAfterSevenDays_D7() {
        Person sharer = grandmother();
        Person grandson = grandson();
        agentOnThePhone("agent-p10", sharer);
        casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);
        VerbalCommitment verbal = casework.recordVerbalCommitment(sharer.getId(), grandson.idNumber().value(),
                Kinship.SONS_CHILD, true, REASON);

        clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertThat(family.pendingVerbalCommitments(sharer.getId())).isEmpty();
        assertRefused(Refusal.VERBAL_COMMITMENT_EXPIRED, () -> family.confirmVerbalCommitment(sharer.getId(),
                verbal.getId(), true, Actor.citizen(sharer.getId())));
        assertThat(family.asSharer(sharer.getId())).isEmpty();
        assertThat(family.expireVerbalCommitments()).isGreaterThanOrEqualTo(1);
        VerbalCommitment expired = family.verbalCommitment(verbal.getId()).orElseThrow();
        assertThat(expired.getStatus()).isEqualTo(VerbalCommitmentStatus.EXPIRED);
        assertThat(expired.getResolvedChannel()).isEqualTo(Channel.SYSTEM);

        // A new call may record the declaration again.
        agentOnThePhone("agent-p10", sharer);
        casework.checkCallerIdentity(sharer.getId(), ENOUGH, REASON);
        VerbalCommitment again = casework.recordVerbalCommitment(sharer.getId(), grandson.idNumber().value(),
                Kinship.SONS_CHILD, true, REASON);
        assertThat(again.getId()).isNotEqualTo(verbal.getId());
    }
}
