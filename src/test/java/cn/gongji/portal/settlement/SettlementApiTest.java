package cn.gongji.portal.settlement;

import static cn.gongji.portal.api.ApiAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.registry.InstitutionKind;
import cn.gongji.portal.registry.InstitutionStatus;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/settlements: who pays (D9, D10, D12, D13, D17, D18, P1), own card (D16), once per request id (D19). */
class SettlementApiTest extends InstitutionApiTestBase {

    @Autowired
    FraudRecorder fraud;
    @Autowired
    SettlementService settlements;
    @Autowired
    SettlementRepository storedSettlements;

    @Test
    void settlementAnswers201ExactlyAsTheContract_D17() throws Exception {
        Person patient = people.employee(HENAN, "50.00");
        Person son = people.employee(BEIJING, "1000.00");
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        grant(son, fromSon, "80.00");
        Inst pharmacy = pharmacy();
        Bill bill = bill(patient, "150.00").with("kind", "PHARMACY");

        JsonNode answer = body(settle(pharmacy, bill)
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.settlementId").isString())
                .andExpect(content().json("""
                        {"requestId":"%s","ownAccount":"50.00",
                         "shared":[{"relationId":"%d","amount":"80.00","mode":"WALLET"}],"cash":"20.00"}"""
                        .formatted(bill.requestId(), fromSon.getId()), false)));

        // Exactly the contract's members, in its order.
        assertThat(answer.propertyNames()).containsExactly("settlementId", "requestId", "ownAccount", "shared",
                "cash");
        assertThat(answer.get("shared").get(0).propertyNames()).containsExactly("relationId", "amount", "mode");
        assertThat(balance(patient)).isEqualTo(Money.ZERO);
        assertThat(ledger.balances(son.getId())).isEqualTo(new Balances(Money.of("920.00"), Money.ZERO,
                Money.of("920.00")));
        assertThat(settlementsStored(pharmacy, bill.requestId())).isEqualTo(1);
        assertThat(conserved(patient, son)).isTrue();
    }

    @Test
    void ownAccountThenQuotasOldestGrantFirstThenSameProvinceAccountsThenCash_D17() throws Exception {
        Person patient = people.employee(HENAN, "10.00");
        Person daughter = people.employee(BEIJING, "1000.00");
        Person son = people.employee(SHANGHAI, "1000.00");
        Person brother = people.employee(HENAN, "30.00");
        Relation fromDaughter = bind(daughter, patient, Kinship.PARENT);
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        Relation fromBrother = bind(brother, patient, Kinship.SIBLING);
        grant(son, fromSon, "40.00");          // the oldest grant: spent first
        grant(daughter, fromDaughter, "60.00");

        settle(hospital(), bill(patient, "150.00"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownAccount").value("10.00"))
                .andExpect(content().json("""
                        {"shared":[{"relationId":"%d","amount":"40.00","mode":"WALLET"},
                                   {"relationId":"%d","amount":"60.00","mode":"WALLET"},
                                   {"relationId":"%d","amount":"30.00","mode":"ACCOUNT"}],
                         "cash":"10.00"}""".formatted(fromSon.getId(), fromDaughter.getId(), fromBrother.getId()),
                        false));
        assertThat(conserved(patient, daughter, son, brother)).isTrue();
    }

    @Test
    void thePatientMayDeclineSharedMoney_D17() throws Exception {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");
        grant(son, bind(son, patient, Kinship.PARENT), "100.00");

        settle(hospital(), bill(patient, "80.00").with("useSharedFunds", false))
                .andExpect(status().isCreated())
                .andExpect(content().json("{\"ownAccount\":\"0.00\",\"shared\":[],\"cash\":\"80.00\"}", false));
        assertThat(ledger.balances(son.getId()).reserved()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void theRecipientsOwnOrderComesFirst_P1() throws Exception {
        Person patient = people.resident(HENAN);
        Person daughter = people.employee(BEIJING, "1000.00");
        Person son = people.employee(BEIJING, "1000.00");
        Relation fromDaughter = bind(daughter, patient, Kinship.PARENT);
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        grant(daughter, fromDaughter, "100.00");
        grant(son, fromSon, "100.00");
        family.setOrderOfUse(patient.getId(), List.of(fromSon.getId()));

        settle(hospital(), bill(patient, "120.00"))
                .andExpect(content().json("""
                        {"shared":[{"relationId":"%d","amount":"100.00","mode":"WALLET"},
                                   {"relationId":"%d","amount":"20.00","mode":"WALLET"}],"cash":"0.00"}"""
                        .formatted(fromSon.getId(), fromDaughter.getId()), false));
    }

    @Test
    void sameProvinceSharingTakesOnlyWhatIsAvailableNeverReservedQuota_D9() throws Exception {
        Person patient = people.resident(HENAN);
        Person daughter = people.employee(HENAN, "500.00");
        Person grandson = people.resident(BEIJING);
        Relation toPatient = bind(daughter, patient, Kinship.PARENT);
        // Her quota for someone in another province is reserved: not hers to spend, nor her mother's.
        grant(daughter, bind(daughter, grandson, Kinship.CHILD), "300.00");

        settle(hospital(), bill(patient, "350.00"))
                .andExpect(content().json("""
                        {"shared":[{"relationId":"%d","amount":"200.00","mode":"ACCOUNT"}],"cash":"150.00"}"""
                        .formatted(toPatient.getId()), false));
        assertThat(ledger.balances(daughter.getId())).isEqualTo(new Balances(Money.of("300.00"),
                Money.of("300.00"), Money.ZERO));
        assertThat(conserved(daughter)).isTrue();
    }

    @Test
    void aQuotaIsSpentUpToItsUnusedPartNeverBeyond_D10() throws Exception {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        grant(son, fromSon, "100.00");
        Inst hospital = hospital();

        settle(hospital, bill(patient, "70.00")).andExpect(jsonPath("$.shared[0].amount").value("70.00"));
        settle(hospital, bill(patient, "70.00"))
                .andExpect(jsonPath("$.shared[0].amount").value("30.00"))
                .andExpect(jsonPath("$.cash").value("40.00"));
        settle(hospital, bill(patient, "70.00"))
                .andExpect(jsonPath("$.shared").isEmpty())
                .andExpect(jsonPath("$.cash").value("70.00"));
        assertThat(ledger.balances(son.getId())).isEqualTo(new Balances(Money.of("900.00"), Money.ZERO,
                Money.of("900.00")));
        assertThat(conserved(son)).isTrue();
    }

    @Test
    void thePoolFundPartIsKeptForTheRecordAndNeverShared_D12() throws Exception {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");
        grant(son, bind(son, patient, Kinship.PARENT), "500.00");

        JsonNode answer = body(settle(hospital(), bill(patient, "100.00").with("poolFund", "800.00"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shared[0].amount").value("100.00"))
                .andExpect(jsonPath("$.cash").value("0.00")));
        Settlement stored = storedSettlements.findById(answer.get("settlementId").asString()).orElseThrow();
        assertThat(stored.getPoolFund()).isEqualTo(Money.of("800.00"));
        assertThat(stored.getOutOfPocket()).isEqualTo(Money.of("100.00"));
        assertThat(ledger.balances(son.getId()).balance()).isEqualTo(Money.of("900.00"));
    }

    @Test
    void careAtAHospitalAndPurchasesAtAPharmacyMayUseSharedMoney_D13() throws Exception {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");
        grant(son, bind(son, patient, Kinship.PARENT), "500.00");
        Inst hospital = hospital();

        settle(hospital, bill(patient, "100.00").with("kind", "CARE")).andExpect(jsonPath("$.cash").value("0.00"));
        settle(hospital, bill(patient, "20.00").with("kind", "PHARMACY")).andExpect(jsonPath("$.cash").value("0.00"));
        settle(pharmacy(), bill(patient, "30.00").with("kind", "PHARMACY")).andExpect(jsonPath("$.cash").value("0.00"));
        assertThat(ledger.balances(son.getId()).balance()).isEqualTo(Money.of("850.00"));
    }

    @Test
    void aPharmacyCannotSettleCare_D13() throws Exception {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");
        grant(son, bind(son, patient, Kinship.PARENT), "500.00");
        Inst pharmacy = pharmacy();
        Bill bill = bill(patient, "100.00").with("kind", "CARE");

        settle(pharmacy, bill).andExpect(problem(400, "INVALID_REQUEST"));
        assertThat(settlementsStored(pharmacy, bill.requestId())).isZero();
        assertThat(ledger.balances(son.getId()).reserved()).isEqualTo(Money.of("500.00"));
    }

    @Test
    void aSuspendedOrEndedInstitutionCannotSettle_D15() throws Exception {
        Person patient = people.employee(HENAN, "100.00");
        Settlement earlier = settlementOf(hospital(), patient);
        for (InstitutionStatus status : List.of(InstitutionStatus.SUSPENDED, InstitutionStatus.TERMINATED)) {
            Inst institution = institution(InstitutionKind.HOSPITAL, status);
            Bill bill = bill(patient, "10.00");
            settle(institution, bill).andExpect(problem(403, "INSTITUTION_NOT_DESIGNATED"));
            funds(institution, patient.idNumber().value()).andExpect(problem(403, "INSTITUTION_NOT_DESIGNATED"));
            refund(institution, earlier.getId(), newRequestId(), "1.00")
                    .andExpect(problem(403, "INSTITUTION_NOT_DESIGNATED"));
            assertThat(settlementsStored(institution, bill.requestId())).isZero();
        }
        assertThat(balance(patient)).isEqualTo(Money.of("90.00"));
    }

    @Test
    void withoutAValidKeyNothingIsSettled_401() throws Exception {
        Person patient = people.employee(HENAN, "100.00");
        String json = bill(patient, "10.00").json();
        for (String key : new String[] {"", "wrong-key-0000000000", "dev-registry-token-x"}) {
            settle(key, json).andExpect(problem(401, "UNAUTHORIZED"));
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/settlements")
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(problem(401, "UNAUTHORIZED"));
        assertThat(balance(patient)).isEqualTo(Money.of("100.00"));
    }

    @Test
    void someoneElsesCardIsRefusedAsImpersonationAndEveryAttemptIsRecorded_D16() throws Exception {
        Person patient = people.resident(HENAN);
        Person other = people.employee(HENAN, "500.00");
        Person son = people.employee(BEIJING, "1000.00");
        grant(son, bind(son, patient, Kinship.PARENT), "100.00");
        Inst hospital = hospital();
        Bill bill = bill(patient, "50.00").with("cardHolderId", other.idNumber().value());

        settle(hospital, bill).andExpect(problem(422, "IMPERSONATION"));
        // The same request again: refusals are not stored answers, so it is judged — and recorded — again.
        settle(hospital, bill).andExpect(problem(422, "IMPERSONATION"));

        assertThat(fraud.ofPatient(patient.idNumber().value())).hasSize(2).allSatisfy(e -> {
            assertThat(e.getKind()).isEqualTo("IMPERSONATION");
            assertThat(e.getInstitutionCode()).isEqualTo(hospital.code());
            assertThat(e.getRequestId()).isEqualTo(bill.requestId());
            assertThat(e.getCardHolderIdNumber()).isEqualTo(other.idNumber().value());
        });
        assertThat(settlementsStored(hospital, bill.requestId())).isZero();
        assertThat(balance(other)).isEqualTo(Money.of("500.00"));
        assertThat(ledger.balances(son.getId()).reserved()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void aBuyerMayBuyMedicineWithThePatientsOwnCardAndIsRecorded_D16() throws Exception {
        Person patient = people.resident(HENAN);
        Person buyer = people.resident(HENAN);
        JsonNode answer = body(settle(pharmacy(), bill(patient, "12.50").with("kind", "PHARMACY")
                .with("buyerId", buyer.idNumber().value()))
                .andExpect(status().isCreated()));
        assertThat(storedSettlements.findById(answer.get("settlementId").asString()).orElseThrow().getBuyerIdNumber())
                .isEqualTo(buyer.idNumber().value());
    }

    @Test
    void whereBothCodesAreRequiredASharersMoneyNeedsHisCode_D18() throws Exception {
        Person patient = people.resident(GUANGXI);
        Person son = people.employee(GUANGXI, "500.00");
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        Inst hospital = hospital();

        settle(hospital, bill(patient, "100.00"))
                .andExpect(content().json("{\"shared\":[],\"cash\":\"100.00\"}", false));
        settle(hospital, bill(patient, "100.00").with("sharerIds", List.of(son.idNumber().value())))
                .andExpect(content().json("""
                        {"shared":[{"relationId":"%d","amount":"100.00","mode":"ACCOUNT"}],"cash":"0.00"}"""
                        .formatted(fromSon.getId()), false));
        assertThat(balance(son)).isEqualTo(Money.of("400.00"));
    }

    @Test
    void aRepeatReturnsTheFirstAnswerWith200AndChargesOnce_D19() throws Exception {
        Person patient = people.employee(HENAN, "100.00");
        Inst hospital = hospital();
        Bill bill = bill(patient, "30.00");

        String first = settle(hospital, bill).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        // The same content, its detail's keys in another order: the same request.
        Bill reordered = bill(patient, "30.00").with("requestId", bill.requestId())
                .with("detail", new java.util.TreeMap<>(Map.of("items", List.of("阿莫西林胶囊"),
                        "diagnosis", "J06.9 急性上呼吸道感染")).descendingMap())
                .with("outOfPocket", "30.0");
        for (Bill repeat : List.of(bill, reordered)) {
            settle(hospital, repeat)
                    .andExpect(status().isOk())
                    .andExpect(header().string("Idempotent-Replayed", "true"))
                    .andExpect(content().string(first));
        }
        assertThat(balance(patient)).isEqualTo(Money.of("70.00"));
        assertThat(settlementsStored(hospital, bill.requestId())).isEqualTo(1);
    }

    @Test
    void otherContentUnderAUsedRequestIdIsRefused_D19() throws Exception {
        Person patient = people.employee(HENAN, "100.00");
        Inst hospital = hospital();
        Bill bill = bill(patient, "30.00");
        settle(hospital, bill).andExpect(status().isCreated());

        settle(hospital, bill(patient, "31.00").with("requestId", bill.requestId()))
                .andExpect(problem(409, "REQUEST_ID_REUSED"));
        settle(hospital, bill(patient, "30.00").with("requestId", bill.requestId())
                .with("detail", Map.of("diagnosis", "K29.7")))
                .andExpect(problem(409, "REQUEST_ID_REUSED"));
        settle(hospital, bill(patient, "30.00").with("requestId", bill.requestId()).with("useSharedFunds", false))
                .andExpect(problem(409, "REQUEST_ID_REUSED"));
        // The same id as a refund is another request too.
        refund(hospital, "any", bill.requestId(), "1.00").andExpect(problem(409, "REQUEST_ID_REUSED"));

        assertThat(balance(patient)).isEqualTo(Money.of("70.00"));
    }

    @Test
    void requestIdsAreEachInstitutionsOwn_D19() throws Exception {
        Person patient = people.employee(HENAN, "100.00");
        Bill bill = bill(patient, "30.00");
        settle(hospital(), bill).andExpect(status().isCreated());
        settle(hospital(), bill).andExpect(status().isCreated());
        assertThat(balance(patient)).isEqualTo(Money.of("40.00"));
    }

    @Test
    void anUnknownPatientIsNotFoundAndAnEndedInsuranceCannotSettle() throws Exception {
        Inst hospital = hospital();
        String unknown = cn.gongji.portal.support.TestPeople.idNumber(HENAN);
        settle(hospital, bill(people.resident(HENAN), "10.00").with("patientId", unknown)
                .with("cardHolderId", unknown)).andExpect(problem(404, "PERSON_NOT_FOUND"));

        Person ended = people.employee(HENAN, "100.00");
        people.terminate(ended);
        Bill bill = bill(ended, "10.00");
        settle(hospital, bill).andExpect(problem(422, "PATIENT_NOT_INSURED"));
        assertThat(settlementsStored(hospital, bill.requestId())).isZero();
        assertThat(balance(ended)).isEqualTo(Money.of("100.00"));
    }

    @Test
    void theCareDetailIsStoredForThePatientAlone_D24() throws Exception {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");
        grant(son, bind(son, patient, Kinship.PARENT), "100.00");
        JsonNode answer = body(settle(hospital(), bill(patient, "60.00")).andExpect(status().isCreated()));
        String settlementId = answer.get("settlementId").asString();

        assertThat(settlements.detailForPatient(patient.getId(), settlementId)).hasValue(
                "{\"diagnosis\":\"J06.9 急性上呼吸道感染\",\"items\":[\"阿莫西林胶囊\"]}");
        assertThat(settlements.detailForPatient(son.getId(), settlementId)).isEmpty();
    }

    private Settlement settlementOf(Inst institution, Person patient) throws Exception {
        JsonNode answer = body(settle(institution, bill(patient, "10.00")).andExpect(status().isCreated()));
        return storedSettlements.findById(answer.get("settlementId").asString()).orElseThrow();
    }
}
