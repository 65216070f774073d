package cn.gongji.portal.supervision;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.settlement.FraudRecorder;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.SignedIn;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.wallet.Quota;
import cn.gongji.portal.wallet.WalletService;

/** Each rule of D27 raises its flag, never blocks, and stays quiet for a normal family. */
@ServiceTest
class FlagRulesTest {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    FraudRecorder fraud;
    @Autowired
    FlagService flagService;
    @Autowired
    FlagRepository flags;
    @Autowired
    FlagRules rules;
    @Autowired
    TestPeople people;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    Person employeeBorn(String region, int year) {
        return people.person(TestPeople.idNumber(region, LocalDate.of(year, 3, 1)), "测试职工", Scheme.EMPLOYEE, region,
                "5000.00", true);
    }

    Person residentBorn(String region, int year) {
        return people.person(TestPeople.idNumber(region, LocalDate.of(year, 6, 1)), "测试居民", Scheme.RESIDENT, region,
                null, true);
    }

    Relation bind(Person sharer, Person recipient, Kinship kinship) {
        return family.bind(sharer.getId(), recipient.idNumber().value(), kinship, true, Actor.citizen(sharer.getId()));
    }

    List<FlagRule> rulesAbout(Person person) {
        return flags.concerning(person.getId()).stream().map(Flag::getRule).toList();
    }

    @Test
    void aParentYoungerThanTheSharerIsFlaggedWithoutBlocking_D27() {
        Person sharer = employeeBorn(BEIJING, 1980);
        Person youngParent = residentBorn(HENAN, 1990);

        Relation relation = bind(sharer, youngParent, Kinship.PARENT);

        assertThat(relation.isLive()).isTrue();
        List<Flag> raised = flags.concerning(sharer.getId());
        assertThat(raised).extracting(Flag::getRule).containsExactly(FlagRule.KINSHIP_AGE_MISMATCH);
        assertThat(raised.getFirst().getRelationId()).isEqualTo(relation.getId());
        assertThat(raised.getFirst().getOtherPersonId()).isEqualTo(youngParent.getId());
        assertThat(raised.getFirst().facts()).containsExactly("PARENT", "1980-03-01", "1990-06-01");
    }

    @Test
    void aNormalFamilyIsNotFlagged_D27() {
        Person sharer = employeeBorn(BEIJING, 1978);

        bind(sharer, residentBorn(HENAN, 1950), Kinship.PARENT);
        bind(sharer, residentBorn(HENAN, 2005), Kinship.CHILD);
        bind(sharer, residentBorn(HENAN, 1979), Kinship.SPOUSE);
        bind(sharer, residentBorn(HENAN, 1925), Kinship.PATERNAL_GRANDPARENT);

        assertThat(rulesAbout(sharer)).isEmpty();
    }

    @Test
    void aGrandchildTooCloseInAgeIsFlagged_D27() {
        Person sharer = employeeBorn(BEIJING, 1970);

        bind(sharer, residentBorn(HENAN, 1990), Kinship.SONS_CHILD);

        assertThat(rulesAbout(sharer)).containsExactly(FlagRule.KINSHIP_AGE_MISMATCH);
    }

    @Test
    void theAgeRuleFollowsTheGenerationsAndTheConfiguredGap_D27() {
        LocalDate sharer = LocalDate.of(1980, 1, 1);
        // 15 years per generation (application.properties).
        assertThat(rules.contradictsBirthDates(1, sharer, LocalDate.of(1965, 1, 1))).isFalse();
        assertThat(rules.contradictsBirthDates(1, sharer, LocalDate.of(1965, 1, 2))).isTrue();
        assertThat(rules.contradictsBirthDates(2, sharer, LocalDate.of(1955, 1, 1))).isTrue();
        assertThat(rules.contradictsBirthDates(-1, sharer, LocalDate.of(1995, 1, 1))).isFalse();
        assertThat(rules.contradictsBirthDates(-1, sharer, LocalDate.of(1990, 1, 1))).isTrue();
        assertThat(rules.contradictsBirthDates(null, sharer, LocalDate.of(2020, 1, 1))).isFalse();
    }

    @Test
    void aSharerWithManyRecipientsIsFlaggedOnceWhileOpen_D27() {
        Person sharer = employeeBorn(BEIJING, 1960);
        for (int i = 0; i < 4; i++) {
            bind(sharer, residentBorn(HENAN, 1962), Kinship.SIBLING);
        }
        assertThat(rulesAbout(sharer)).isEmpty();

        bind(sharer, residentBorn(HENAN, 1962), Kinship.SIBLING);
        bind(sharer, residentBorn(HENAN, 1962), Kinship.SIBLING);

        List<Flag> raised = flags.concerning(sharer.getId());
        assertThat(raised).extracting(Flag::getRule).containsExactly(FlagRule.MANY_RECIPIENTS);
        assertThat(raised.getFirst().facts()).containsExactly("5", "5");
    }

    @Test
    void aBurstOfSpendingIsFlagged_D27() {
        Person sharer = employeeBorn(BEIJING, 1970);
        Person child = residentBorn(HENAN, 2000);
        Relation relation = bind(sharer, child, Kinship.CHILD);
        Quota quota = wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("100.00"), null,
                Actor.citizen(sharer.getId()));

        for (int i = 0; i < 4; i++) {
            spend(quota);
        }
        assertThat(rulesAbout(sharer)).isEmpty();

        spend(quota);
        spend(quota);

        List<Flag> raised = flags.concerning(sharer.getId());
        assertThat(raised).extracting(Flag::getRule).containsExactly(FlagRule.SPENDING_BURST);
        assertThat(raised.getFirst().facts()).containsExactly("5", "60");
        // Never blocking: all six payments went through.
        assertThat(wallet.summary(relation.getId()).used()).isEqualTo(Money.of("6.00"));
    }

    @Test
    void anImpersonationAttemptIsFlaggedAboutThePatient_D16_D27() {
        Person patient = residentBorn(HENAN, 1950);
        Person holder = residentBorn(HENAN, 1985);

        fraud.impersonation("PH-TEST-1", "R-imp-" + patient.getId(), patient.idNumber().value(),
                holder.idNumber().value());

        List<Flag> raised = flags.concerning(patient.getId());
        assertThat(raised).extracting(Flag::getRule).containsExactly(FlagRule.IMPERSONATION);
        assertThat(raised.getFirst().getPersonId()).isEqualTo(patient.getId());
        assertThat(raised.getFirst().getOtherPersonId()).isEqualTo(holder.getId());
        assertThat(raised.getFirst().facts()).containsExactly("PH-TEST-1", patient.idNumber().masked(),
                holder.idNumber().masked());
    }

    @Test
    void aSupervisorResolvesAFlagWithANoteAndItStaysInHistory_D27() {
        Person sharer = employeeBorn(BEIJING, 1980);
        bind(sharer, residentBorn(HENAN, 1995), Kinship.PARENT);
        long flagId = flags.concerning(sharer.getId()).getFirst().getId();
        SignedIn.staff("super-t1", StaffRole.SUPERVISOR);

        assertRefused(Refusal.NOTE_REQUIRED, () -> flagService.resolve(flagId, "  "));
        FlagLine resolved = flagService.resolve(flagId, "Checked the household register: adoptive parent.");

        assertThat(resolved.isOpen()).isFalse();
        assertThat(resolved.resolution().getResolvedBy()).isEqualTo("super-t1");
        assertThat(flagService.flags(FlagStatus.RESOLVED, FlagRule.KINSHIP_AGE_MISMATCH, Pageable.ofSize(500))
                .getContent()).anyMatch(l -> l.flag().getId() == flagId);
        assertThat(flagService.flags(FlagStatus.OPEN, null, Pageable.ofSize(500)).getContent())
                .noneMatch(l -> l.flag().getId() == flagId);
        assertThat(flagService.concerning(sharer.getId())).singleElement()
                .satisfies(l -> assertThat(l.resolution().getNote()).startsWith("Checked"));
        assertRefused(Refusal.FLAG_ALREADY_RESOLVED, () -> flagService.resolve(flagId, "again"));
    }

    @Test
    void anAgentCannotResolveAndACitizenCannotSeeFlags_D27() {
        Person sharer = employeeBorn(BEIJING, 1980);
        bind(sharer, residentBorn(HENAN, 1996), Kinship.PARENT);
        long flagId = flags.concerning(sharer.getId()).getFirst().getId();

        SignedIn.staff("agent-t1", StaffRole.AGENT);
        assertThat(flagService.concerning(sharer.getId())).hasSize(1);
        assertThatThrownBy(() -> flagService.resolve(flagId, "note")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> flagService.flags(FlagStatus.OPEN, null, Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.citizen(sharer);
        assertThatThrownBy(() -> flagService.concerning(sharer.getId())).isInstanceOf(AccessDeniedException.class);
        SignedIn.clear();
        assertThatThrownBy(() -> flagService.concerning(sharer.getId()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    private void spend(Quota quota) {
        people.spendFromQuota(quota, "1.00");
    }
}
