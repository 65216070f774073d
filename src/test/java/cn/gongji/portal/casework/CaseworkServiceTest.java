package cn.gongji.portal.casework;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import cn.gongji.portal.family.Commitment;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.SignedIn;
import cn.gongji.portal.support.TestPeople;

@ServiceTest
class CaseworkServiceTest {

    static final String TIANJIN = "120103";
    static final String HEBEI = "130102";
    static final String REASON = "Citizen at the counter asks to bind her grandson";

    @Autowired
    CaseworkService casework;
    @Autowired
    FamilyService family;
    @Autowired
    LedgerService ledger;
    @Autowired
    CaseAccessRepository accesses;
    @Autowired
    TestPeople people;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    Person grandmother() {
        return people.person(TestPeople.idNumber(TIANJIN, LocalDate.of(1946, 2, 14)), "周淑兰", Scheme.EMPLOYEE, TIANJIN,
                "6000.00", false);
    }

    Person grandson() {
        return people.person(TestPeople.idNumber(HEBEI, LocalDate.of(2012, 8, 8)), "周小宇", Scheme.RESIDENT, HEBEI, null,
                true);
    }

    @Test
    void searchNeedsAReasonAndAQueryAndShowsMaskedMatches_D2_D26() {
        Person person = grandmother();
        SignedIn.staff("agent-s1", StaffRole.AGENT);

        assertRefused(Refusal.REASON_REQUIRED, () -> casework.search(person.idNumber().value(), " "));
        assertRefused(Refusal.CASE_QUERY_REQUIRED, () -> casework.search("  ", REASON));
        assertRefused(Refusal.INVALID_ID_NUMBER, () -> casework.search("12010319460214062X", REASON));

        List<CaseMatch> byId = casework.search(person.idNumber().value(), REASON);
        assertThat(byId).singleElement().satisfies(m -> {
            assertThat(m.maskedName()).isEqualTo("周*兰");
            assertThat(m.maskedIdNumber()).isEqualTo(person.idNumber().masked());
            assertThat(m.maskedPhone()).doesNotContain(person.getPhone());
        });
        assertThat(casework.search(person.getPhone(), REASON)).extracting(CaseMatch::idNumber)
                .containsExactly(person.idNumber().value());
        assertThat(casework.search("淑兰", REASON)).extracting(CaseMatch::idNumber)
                .contains(person.idNumber().value());
    }

    @Test
    void openingACaseIsLoggedWithAgentPersonTimeAndReason_D26() {
        Person person = grandmother();
        SignedIn.staff("agent-s2", StaffRole.AGENT);

        CaseFile file = casework.open(person.idNumber().value(), "  " + REASON + " ");

        assertThat(file.idNumber()).isEqualTo(person.idNumber().value());
        assertThat(file.name()).isEqualTo("周淑兰");
        List<CaseAccess> logged = accesses.findByPersonIdOrderByIdDesc(person.getId());
        assertThat(logged).singleElement().satisfies(a -> {
            assertThat(a.getAgent()).isEqualTo("agent-s2");
            assertThat(a.getReason()).isEqualTo(REASON);
            assertThat(a.getAccessedAt()).isNotNull();
        });
        assertRefused(Refusal.REASON_REQUIRED, () -> casework.open(person.idNumber().value(), ""));
        assertRefused(Refusal.PERSON_NOT_FOUND, () -> casework.open(TestPeople.idNumber(TIANJIN), REASON));
        assertThat(accesses.findByPersonIdOrderByIdDesc(person.getId())).hasSize(1);
    }

    @Test
    void aCaseCannotBeReadOrActedOnWithoutALoggedOpeningByTheSameAgent_D26() {
        Person person = grandmother();
        SignedIn.staff("agent-s3", StaffRole.AGENT);
        assertRefused(Refusal.CASE_NOT_OPENED, () -> casework.reload(person.getId()));
        assertRefused(Refusal.CASE_NOT_OPENED, () -> casework.ledger(person.getId(), Pageable.ofSize(5)));
        assertRefused(Refusal.CASE_NOT_OPENED, () -> casework.openWallet(person.getId(), REASON));

        casework.open(person.idNumber().value(), REASON);
        assertThat(casework.reload(person.getId()).personId()).isEqualTo(person.getId());

        SignedIn.staff("agent-s4", StaffRole.AGENT);
        assertRefused(Refusal.CASE_NOT_OPENED, () -> casework.reload(person.getId()));
    }

    @Test
    void theServiceHallJourneyRecordsTheAgentTheChannelAndTheReason_D7_D10_D25() {
        Person sharer = grandmother();
        Person grandson = grandson();
        SignedIn.staff("agent-s5", StaffRole.AGENT);
        casework.open(sharer.idNumber().value(), REASON);

        assertRefused(Refusal.COMMITMENT_NOT_ACCEPTED, () -> casework.bind(sharer.getId(),
                grandson.idNumber().value(), Kinship.SONS_CHILD, false, REASON));
        assertRefused(Refusal.REASON_REQUIRED, () -> casework.bind(sharer.getId(), grandson.idNumber().value(),
                Kinship.SONS_CHILD, true, " "));
        assertThat(casework.previewBind(sharer.getId(), grandson.idNumber().value()).relativeName())
                .isEqualTo("周*宇");

        Relation relation = casework.bind(sharer.getId(), grandson.idNumber().value(), Kinship.SONS_CHILD, true,
                REASON);
        assertRefused(Refusal.WALLET_NOT_OPENED, () -> casework.grant(sharer.getId(), relation.getId(),
                Money.of("200.00"), "Grant for school costs", null));
        casework.openWallet(sharer.getId(), "She asks to open her wallet");
        casework.grant(sharer.getId(), relation.getId(), Money.of("200.00"), "Grant for school costs", null);

        Commitment commitment = family.commitmentOf(relation.getId()).orElseThrow();
        assertThat(commitment.getChannel()).isEqualTo(Channel.SERVICE_HALL);
        assertThat(commitment.getAgent()).isEqualTo("agent-s5");
        assertThat(commitment.getAgentReason()).isEqualTo(REASON);
        List<LedgerEntry> timeline = casework.timeline(sharer.getId(), relation.getId());
        assertThat(timeline).extracting(LedgerEntry::getKind)
                .containsExactly(LedgerKind.RELATION_BOUND, LedgerKind.QUOTA_GRANTED);
        assertThat(timeline).allSatisfy(e -> {
            assertThat(e.getChannel()).isEqualTo(Channel.SERVICE_HALL);
            assertThat(e.getAgent()).isEqualTo("agent-s5");
        });
        assertThat(timeline.get(1).getReason()).isEqualTo("Grant for school costs");
        assertThat(ledger.balances(sharer.getId()).available()).isEqualTo(Money.of("5800.00"));

        CaseFile file = casework.reload(sharer.getId());
        assertThat(file.isWalletOpen()).isTrue();
        assertThat(file.asSharer()).singleElement().satisfies(line -> {
            assertThat(line.relativeName()).isEqualTo("周*宇");
            assertThat(line.relativeMaskedId()).isEqualTo(grandson.idNumber().masked());
            assertThat(line.quota().available()).isEqualTo(Money.of("200.00"));
        });
        assertThat(file.counterActions()).extracting(CounterAction::getKind).containsExactly(
                CounterActionKind.GRANT, CounterActionKind.OPEN_WALLET, CounterActionKind.BIND);
        assertThat(file.counterActions()).allSatisfy(a -> assertThat(a.getAgent()).isEqualTo("agent-s5"));
        assertThat(casework.ledger(sharer.getId(), Pageable.ofSize(10)).getContent())
                .anySatisfy(l -> assertThat(l.counterparty()).isEqualTo("周*宇"));
    }

    @Test
    void revokeAndDissolveAtTheCounterKeepTheAgentsReason_D10_D21() {
        Person sharer = people.person(TestPeople.idNumber(TIANJIN, LocalDate.of(1950, 1, 1)), "王大爷",
                Scheme.EMPLOYEE, TIANJIN, "1000.00", true);
        Person grandson = grandson();
        SignedIn.staff("agent-s6", StaffRole.AGENT);
        casework.open(sharer.idNumber().value(), REASON);
        Relation relation = casework.bind(sharer.getId(), grandson.idNumber().value(), Kinship.SONS_CHILD, true,
                REASON);
        casework.grant(sharer.getId(), relation.getId(), Money.of("300.00"), "grant", null);

        assertRefused(Refusal.REVOKE_EXCEEDS_UNUSED, () -> casework.revoke(sharer.getId(), relation.getId(),
                Money.of("300.01"), "revoke"));
        casework.revoke(sharer.getId(), relation.getId(), Money.of("100.00"), "He asks for 100 back");
        casework.dissolve(sharer.getId(), relation.getId(), "Grandson moved in with him");

        assertThat(family.find(relation.getId()).orElseThrow().getStatus()).isEqualTo(RelationStatus.DISSOLVED);
        assertThat(ledger.balances(sharer.getId()).reserved()).isEqualTo(Money.ZERO);
        assertThat(casework.reload(sharer.getId()).counterActions()).first().satisfies(a -> {
            assertThat(a.getKind()).isEqualTo(CounterActionKind.DISSOLVE);
            assertThat(a.getReason()).isEqualTo("Grandson moved in with him");
        });
    }

    @Test
    void aCitizenReachesNoCaseworkAndAnAgentNoAccessLog_D26() {
        Person person = grandmother();
        SignedIn.citizen(person);
        assertThatThrownBy(() -> casework.search(person.idNumber().value(), REASON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.open(person.idNumber().value(), REASON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.openWallet(person.getId(), REASON))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.staff("agent-s7", StaffRole.AGENT);
        casework.open(person.idNumber().value(), REASON);
        assertThatThrownBy(() -> casework.accessLog(Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);

        SignedIn.staff("super-s7", StaffRole.SUPERVISOR);
        assertThat(casework.accessLog(Pageable.ofSize(50)).getContent())
                .anySatisfy(line -> {
                    assertThat(line.access().getAgent()).isEqualTo("agent-s7");
                    assertThat(line.access().getPersonId()).isEqualTo(person.getId());
                    assertThat(line.personName()).isEqualTo("周*兰");
                    assertThat(line.personMaskedId()).isEqualTo(person.idNumber().masked());
                });
    }

    @Test
    void theAccessLogAndCounterActionsCanOnlyBeAppendedAndRead_D26() {
        for (Class<?> repository : List.of(CaseAccessRepository.class, CounterActionRepository.class)) {
            assertThat(Arrays.stream(repository.getMethods()).map(Method::getName))
                    .as(repository.getSimpleName())
                    .noneMatch(name -> name.startsWith("delete") || name.startsWith("update")
                            || name.startsWith("remove"));
        }
        assertThat(CaseAccess.class.getAnnotation(org.hibernate.annotations.Immutable.class)).isNotNull();
        assertThat(CounterAction.class.getAnnotation(org.hibernate.annotations.Immutable.class)).isNotNull();
        // The entities offer no setter, the service no operation that changes or removes an entry.
        assertThat(Arrays.stream(CaseAccess.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
        assertThat(publicMethodsOf(CaseworkService.class))
                .noneMatch(name -> name.matches("(?i).*(delete|remove|update|change|edit|erase|purge).*"));
    }

    @Test
    void anAgentHasNoWayToSpendMoneyOrSettleABill_D26() {
        assertThat(publicMethodsOf(CaseworkService.class))
                .noneMatch(name -> name.matches("(?i).*(spend|settle|refund|pay|credit|withdraw).*"));
        assertThat(CounterActionKind.values()).extracting(Enum::name)
                .containsExactly("BIND", "GRANT", "REVOKE", "DISSOLVE", "OPEN_WALLET",
                        // issue 12, the call centre: none of these moves money by itself
                        "IDENTITY_CHECKED", "IDENTITY_FAILED", "VERBAL_BIND");
        assertThat(CounterActionKind.values()).filteredOn(CounterActionKind::movesMoney).extracting(Enum::name)
                .containsExactly("BIND", "GRANT");
    }

    private static List<String> publicMethodsOf(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).toList();
    }
}
