package cn.gongji.portal.settlement;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.settlement.SettlementReceipt.SharedPart;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.wallet.WalletService;

@ServiceTest
class SettlementServiceTest {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";
    static final String GUANGXI = "450102";

    @Autowired
    SettlementService settlements;
    @Autowired
    Books books;
    @Autowired
    SettlementRepository stored;
    @Autowired
    FraudRecorder fraud;
    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    LedgerService ledger;
    @Autowired
    TestPeople people;
    @Autowired
    cn.gongji.portal.registry.InstitutionService institutions;

    Relation bind(Person sharer, Person recipient, Kinship kinship) {
        return family.bind(sharer.getId(), recipient.idNumber().value(), kinship, true, Actor.citizen(sharer.getId()));
    }

    void grant(Person sharer, Relation relation, String amount) {
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of(amount), null, Actor.citizen(sharer.getId()));
    }

    static SettleCommand bill(Person patient, String amount, boolean useShared, Person... presented) {
        return new SettleCommand("HO-T", "R-" + java.util.UUID.randomUUID(), patient.idNumber(), patient.idNumber(),
                null, SettlementKind.CARE, Money.of(amount), Money.of("0.00"), useShared,
                java.util.Arrays.stream(presented).map(Person::idNumber).toList(), "{\"diagnosis\":\"J06.9\"}");
    }

    @Test
    void ownAccountFirstThenQuotasOldestFirstThenSameProvinceAccountsThenCash_D17() {
        Person patient = people.employee(HENAN, "50.00");
        Person daughter = people.employee(BEIJING, "1000.00");
        Person son = people.employee(BEIJING, "1000.00");
        Person brother = people.employee(HENAN, "30.00");
        Relation fromDaughter = bind(daughter, patient, Kinship.PARENT);
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        Relation fromBrother = bind(brother, patient, Kinship.SIBLING);
        grant(son, fromSon, "40.00");      // granted second...
        grant(daughter, fromDaughter, "60.00");
        grant(son, fromSon, "10.00");

        SettlementReceipt r = people.settle(bill(patient, "200.00", true));

        assertThat(r.ownAccount()).isEqualTo(Money.of("50.00"));
        assertThat(r.shared()).containsExactly(
                new SharedPart(fromSon.getId(), Money.of("50.00"), SharingMode.WALLET),
                new SharedPart(fromDaughter.getId(), Money.of("60.00"), SharingMode.WALLET),
                new SharedPart(fromBrother.getId(), Money.of("30.00"), SharingMode.ACCOUNT));
        assertThat(r.cash()).isEqualTo(Money.of("10.00"));
        assertThat(ledger.balances(son.getId())).isEqualTo(new Balances(Money.of("950.00"), Money.ZERO,
                Money.of("950.00")));
        assertThat(books.isConserved(son.getId()) && books.isConserved(patient.getId())).isTrue();
    }

    @Test
    void thePatientMayDeclineSharedMoney_D17() {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");
        grant(son, bind(son, patient, Kinship.PARENT), "100.00");

        SettlementReceipt r = people.settle(bill(patient, "80.00", false));

        assertThat(r.shared()).isEmpty();
        assertThat(r.cash()).isEqualTo(Money.of("80.00"));
        assertThat(ledger.balances(son.getId()).reserved()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void theRecipientsOwnOrderComesFirst_P1() {
        Person patient = people.resident(HENAN);
        Person daughter = people.employee(BEIJING, "1000.00");
        Person son = people.employee(BEIJING, "1000.00");
        Relation fromDaughter = bind(daughter, patient, Kinship.PARENT);
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        grant(daughter, fromDaughter, "100.00");
        grant(son, fromSon, "100.00");
        family.setOrderOfUse(patient.getId(), List.of(fromSon.getId()));

        SettlementReceipt r = people.settle(bill(patient, "120.00", true));

        assertThat(r.shared()).containsExactly(new SharedPart(fromSon.getId(), Money.of("100.00"), SharingMode.WALLET),
                new SharedPart(fromDaughter.getId(), Money.of("20.00"), SharingMode.WALLET));
    }

    @Test
    void whereBothCodesAreRequiredTheSharersCodeMustBeShown_D18() {
        Person patient = people.resident(GUANGXI);
        Person son = people.employee(GUANGXI, "500.00");
        bind(son, patient, Kinship.PARENT);

        assertThat(people.settle(bill(patient, "100.00", true)).cash()).isEqualTo(Money.of("100.00"));
        assertThat(people.settle(bill(patient, "100.00", true, son)).cash()).isEqualTo(Money.ZERO);
    }

    @Test
    void someoneElsesCardIsRefusedAsImpersonationAndRecorded_D16() {
        Person patient = people.resident(HENAN);
        Person other = people.employee(HENAN, "500.00");
        SettleCommand c = bill(patient, "10.00", true);
        SettleCommand impersonated = new SettleCommand(c.institutionCode(), c.requestId(), patient.idNumber(),
                other.idNumber(), null, c.kind(), c.outOfPocket(), c.poolFund(), true, List.of(), null);

        assertRefused(Refusal.IMPERSONATION, () -> people.settle(impersonated));
        assertThat(fraud.ofPatient(patient.idNumber().value())).singleElement()
                .satisfies(e -> assertThat(e.getCardHolderIdNumber()).isEqualTo(other.idNumber().value()));
        assertThat(ledger.balances(other.getId()).balance()).isEqualTo(Money.of("500.00"));
    }

    @Test
    void aBuyerMayBuyMedicineWithThePatientsOwnCard_D16() {
        Person patient = people.resident(HENAN);
        Person buyer = people.resident(HENAN);
        SettleCommand c = bill(patient, "10.00", false);
        SettlementReceipt r = people.settle(new SettleCommand(c.institutionCode(), c.requestId(),
                patient.idNumber(), patient.idNumber(), buyer.idNumber(), SettlementKind.PHARMACY, c.outOfPocket(),
                c.poolFund(), false, List.of(), null));
        assertThat(stored.findById(r.settlementId()).orElseThrow().getBuyerIdNumber())
                .isEqualTo(buyer.idNumber().value());
    }

    @Test
    void anEndedInsuranceCannotSettle_D5() {
        Person patient = people.resident(HENAN);
        people.terminate(patient);
        assertRefused(Refusal.PATIENT_NOT_INSURED, () -> people.settle(bill(patient, "10.00", true)));
        IdNumber unknown = IdNumber.parse(TestPeople.idNumber(HENAN));
        assertRefused(Refusal.PERSON_NOT_FOUND, () -> people.settle(new SettleCommand("HO-T", "R-x", unknown,
                unknown, null, SettlementKind.CARE, Money.of("1.00"), Money.ZERO, true, List.of(), null)));
    }

    @Test
    void aPartialRefundUndoesCashFirstThenSharedLastUsedFirstThenOwn_D20() {
        Person patient = people.employee(HENAN, "50.00");
        Person son = people.employee(BEIJING, "1000.00");
        Person brother = people.employee(HENAN, "30.00");
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        Relation fromBrother = bind(brother, patient, Kinship.SIBLING);
        grant(son, fromSon, "40.00");
        SettlementReceipt paid = people.settle(bill(patient, "130.00", true)); // 50 own, 40 quota, 30 brother, 10 cash

        RefundReceipt first = settlements.refund("HO-T", paid.settlementId(), "RF-1", Money.of("45.00"));
        assertThat(first.parts()).extracting(RefundReceipt.Returned::source, RefundReceipt.Returned::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PaymentSource.CASH, Money.of("10.00")),
                        org.assertj.core.groups.Tuple.tuple(PaymentSource.SHARED_ACCOUNT, Money.of("30.00")),
                        org.assertj.core.groups.Tuple.tuple(PaymentSource.QUOTA, Money.of("5.00")));
        assertThat(ledger.balances(brother.getId()).balance()).isEqualTo(Money.of("30.00"));
        assertThat(wallet.summary(fromSon.getId()).available()).isEqualTo(Money.of("5.00"));

        assertRefused(Refusal.REFUND_EXCEEDS_PAID,
                () -> settlements.refund("HO-T", paid.settlementId(), "RF-2", Money.of("85.01")));
        settlements.refund("HO-T", paid.settlementId(), "RF-3", Money.of("85.00"));
        assertThat(ledger.balances(patient.getId()).balance()).isEqualTo(Money.of("50.00"));
        assertThat(ledger.balances(son.getId())).isEqualTo(new Balances(Money.of("1000.00"), Money.of("40.00"),
                Money.of("960.00")));
        assertRefused(Refusal.REFUND_EXCEEDS_PAID,
                () -> settlements.refund("HO-T", paid.settlementId(), "RF-4", Money.of("0.01")));
        assertRefused(Refusal.SETTLEMENT_NOT_FOUND,
                () -> settlements.refund("OTHER", paid.settlementId(), "RF-5", Money.of("1.00")));
        assertThat(books.isConserved(son.getId()) && books.isConserved(brother.getId())
                && books.isConserved(patient.getId())).isTrue();
        assertThat(fromBrother.getId()).isNotNull();
    }

    @Test
    void aRefundOfADissolvedRelationsQuotaGoesToTheSharersAccount_D20() {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        grant(son, fromSon, "100.00");
        SettlementReceipt paid = people.settle(bill(patient, "60.00", true));
        family.dissolve(son.getId(), fromSon.getId(), Actor.citizen(son.getId()));

        RefundReceipt r = settlements.refund("HO-T", paid.settlementId(), "RF-1", Money.of("60.00"));

        assertThat(r.parts()).singleElement().satisfies(p -> assertThat(p.toQuota()).isFalse());
        assertThat(ledger.balances(son.getId())).isEqualTo(new Balances(Money.of("1000.00"), Money.ZERO,
                Money.of("1000.00")));
    }

    @Test
    void theCareDetailIsThePatientsAlone_D24() {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");
        grant(son, bind(son, patient, Kinship.PARENT), "100.00");
        SettlementReceipt paid = people.settle(bill(patient, "60.00", true));

        assertThat(settlements.detailForPatient(patient.getId(), paid.settlementId())).hasValueSatisfying(
                d -> assertThat(d).contains("J06.9"));
        assertThat(settlements.detailForPatient(son.getId(), paid.settlementId())).isEmpty();
    }

    @Test
    void anInstitutionWhoseAgreementIsSuspendedSettlesNothingEvenPastTheApiFilter_D15() {
        Person patient = people.employee(HENAN, "100.00");
        String code = "HO-SUSP-" + System.nanoTime() % 1_000_000_000L;
        institutions.register(code, "暂停医院", cn.gongji.portal.registry.InstitutionKind.HOSPITAL,
                new cn.gongji.portal.identity.RegionCode("410100"), cn.gongji.portal.registry.InstitutionStatus.SUSPENDED,
                "test-key-suspended-" + code);
        SettleCommand c = bill(patient, "10.00", true);
        SettleCommand fromSuspended = new SettleCommand(code, c.requestId(), c.patient(), c.cardHolder(), null,
                c.kind(), c.outOfPocket(), c.poolFund(), true, List.of(), null);

        assertRefused(Refusal.INSTITUTION_NOT_DESIGNATED,
                () -> settlements.settle(fromSuspended, "institution:" + code, "hash"));
        assertThat(ledger.balances(patient.getId()).balance()).isEqualTo(Money.of("100.00"));
    }
}
