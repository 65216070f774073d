package cn.gongji.portal.demo;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.registry.InstitutionService;
import cn.gongji.portal.security.StaffAccountRepository;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;

/** The README's demo cast is loaded as documented (on its own in-memory database). */
@SpringBootTest(properties = {"portal.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:demo-data-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "portal.quota-expiry-interval=PT24H"})
// The demo cast exists only with the development profile (ProductionSafetyCheck).
@ActiveProfiles("dev")
class DemoDataTest {

    @Autowired
    People persons;
    @Autowired
    LedgerService ledger;
    @Autowired
    FamilyService family;
    @Autowired
    InstitutionService institutions;
    @Autowired
    StaffAccountRepository staff;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    DemoData demo;

    Person person(String id) {
        return persons.find(new IdNumber(id)).orElseThrow();
    }

    @Test
    void theDemoSharerHasTheDocumentedBalancesAndPassword() {
        Person jianguo = person(DemoData.ZHANG_JIANGUO);
        assertThat(ledger.balances(jianguo.getId())).isEqualTo(new Balances(Money.of("5000.00"),
                Money.of("300.00"), Money.of("4700.00")));
        assertThat(passwords.matches(DemoData.CITIZEN_PASSWORD, jianguo.getPasswordHash())).isTrue();
        assertThat(family.liveAsSharer(jianguo.getId())).hasSize(2);
    }

    @Test
    void theJourneySharerHasMoneyAndNoWalletYet_D10() {
        Person jianying = person(DemoData.ZHANG_JIANYING);
        assertThat(ledger.balances(jianying.getId())).isEqualTo(new Balances(Money.of("4000.00"), Money.of("0.00"),
                Money.of("4000.00")));
        assertThat(jianying.isWalletOpen()).isFalse();
        assertThat(person(DemoData.ZHANG_DEMING).isWalletOpen()).isTrue();
    }

    @Test
    void theDemoCastShowsTheDocumentedRefusals_D3_D4() {
        Person jianguo = person(DemoData.ZHANG_JIANGUO);
        assertRefused(Refusal.KINSHIP_NOT_ELIGIBLE, () -> family.bind(jianguo.getId(), DemoData.LI_DEFU,
                Kinship.PARENT, true, Actor.citizen(jianguo.getId())));
        assertRefused(Refusal.KINSHIP_OUTSIDE_REGION_SCOPE, () -> family.bind(jianguo.getId(),
                DemoData.ZHANG_JIANHUA, Kinship.SIBLING, true, Actor.citizen(jianguo.getId())));
        assertThat(person(DemoData.ZHAO_GUOQING).isActive()).isFalse();
    }

    @Test
    void theServiceHallPairIsAcrossProvincesWithOnlyTheGrandsonsWalletOpen_D10() {
        Person grandmother = person(DemoData.ZHOU_SHULAN);
        Person grandson = person(DemoData.ZHOU_XIAOYU);
        assertThat(grandmother.isWalletOpen()).isFalse();
        assertThat(grandson.isWalletOpen()).isTrue();
        assertThat(grandmother.region().sameProvinceAs(grandson.region())).isFalse();
        assertThat(ledger.balances(grandmother.getId()).available()).isEqualTo(Money.of("6000.00"));
        assertThat(family.asSharer(grandmother.getId())).isEmpty();
    }

    @Test
    void demoStaffAndInstitutionsExistWithTheirDevKeys() {
        assertThat(staff.findByUsername("agent01")).isPresent();
        assertThat(staff.findByUsername("super01")).isPresent();
        assertThat(institutions.authenticate(DemoStaffAndInstitutions.PHARMACY_KEY)).hasValueSatisfying(
                i -> assertThat(i.isDesignated()).isTrue());
        assertThat(institutions.authenticate(DemoStaffAndInstitutions.SUSPENDED_PHARMACY_KEY)).hasValueSatisfying(
                i -> assertThat(i.isDesignated()).isFalse());
    }

    @Test
    void loadingTwiceChangesNothing() throws Exception {
        long before = persons.count();
        demo.run(null);
        assertThat(persons.count()).isEqualTo(before);
    }
}
