package cn.gongji.portal.settlement;

import static cn.gongji.portal.api.ApiAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/settlements/{id}/refunds: each part back where it came from, never more than paid (D20, D19). */
class RefundApiTest extends InstitutionApiTestBase {

    /** A settlement of 130.00: 50 own account, 40 quota, 30 a same-province brother's account, 10 cash. */
    record Paid(Inst hospital, Person patient, Person son, Person brother, Relation fromSon, Relation fromBrother,
                String settlementId) {
    }

    private Paid paid() throws Exception {
        Person patient = people.employee(HENAN, "50.00");
        Person son = people.employee(BEIJING, "1000.00");
        Person brother = people.employee(HENAN, "30.00");
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        Relation fromBrother = bind(brother, patient, Kinship.SIBLING);
        grant(son, fromSon, "40.00");
        Inst hospital = hospital();
        JsonNode answer = body(settle(hospital, bill(patient, "130.00"))
                .andExpect(content().json("{\"ownAccount\":\"50.00\",\"cash\":\"10.00\"}", false)));
        return new Paid(hospital, patient, son, brother, fromSon, fromBrother, answer.get("settlementId").asString());
    }

    @Test
    void aPartialRefundUndoesCashFirstThenSharedLastUsedFirstThenOwn_D20() throws Exception {
        Paid p = paid();
        String requestId = newRequestId();

        JsonNode answer = body(refund(p.hospital(), p.settlementId(), requestId, "45.00")
                .andExpect(status().isCreated())
                .andExpect(content().json("""
                        {"settlementId":"%s","requestId":"%s","amount":"45.00","cash":"10.00",
                         "shared":[{"relationId":"%d","amount":"30.00","mode":"ACCOUNT","returnedTo":"SHARER_ACCOUNT"},
                                   {"relationId":"%d","amount":"5.00","mode":"WALLET","returnedTo":"QUOTA"}],
                         "ownAccount":"0.00"}""".formatted(p.settlementId(), requestId, p.fromBrother().getId(),
                        p.fromSon().getId()), true)));

        assertThat(answer.propertyNames()).containsExactly("settlementId", "requestId", "amount", "cash", "shared",
                "ownAccount");
        assertThat(balance(p.brother())).isEqualTo(Money.of("30.00"));
        assertThat(wallet.summary(p.fromSon().getId()).available()).isEqualTo(Money.of("5.00"));
        assertThat(balance(p.patient())).isEqualTo(Money.ZERO);
        assertThat(conserved(p.patient(), p.son(), p.brother())).isTrue();
    }

    @Test
    void aFullRefundGivesEverythingBack_D20() throws Exception {
        Paid p = paid();
        refund(p.hospital(), p.settlementId(), newRequestId(), "130.00")
                .andExpect(status().isCreated())
                .andExpect(content().json("{\"cash\":\"10.00\",\"ownAccount\":\"50.00\"}", false));

        assertThat(balance(p.patient())).isEqualTo(Money.of("50.00"));
        assertThat(balance(p.brother())).isEqualTo(Money.of("30.00"));
        assertThat(ledger.balances(p.son().getId())).isEqualTo(new Balances(Money.of("1000.00"),
                Money.of("40.00"), Money.of("960.00")));
        assertThat(wallet.summary(p.fromSon().getId()).available()).isEqualTo(Money.of("40.00"));
        assertThat(conserved(p.patient(), p.son(), p.brother())).isTrue();
    }

    @Test
    void aRefundNeverExceedsWhatWasPaid_D20() throws Exception {
        Paid p = paid();
        refund(p.hospital(), p.settlementId(), newRequestId(), "130.01").andExpect(problem(422, "REFUND_EXCEEDS_PAID"));
        refund(p.hospital(), p.settlementId(), newRequestId(), "100.00").andExpect(status().isCreated());
        refund(p.hospital(), p.settlementId(), newRequestId(), "30.01").andExpect(problem(422, "REFUND_EXCEEDS_PAID"));
        refund(p.hospital(), p.settlementId(), newRequestId(), "30.00").andExpect(status().isCreated());
        refund(p.hospital(), p.settlementId(), newRequestId(), "0.01").andExpect(problem(422, "REFUND_EXCEEDS_PAID"));
        assertThat(balance(p.patient())).isEqualTo(Money.of("50.00"));
        assertThat(conserved(p.patient(), p.son(), p.brother())).isTrue();
    }

    @Test
    void anotherInstitutionsOrAnUnknownSettlementIsNotFound_D20() throws Exception {
        Paid p = paid();
        refund(hospital(), p.settlementId(), newRequestId(), "1.00").andExpect(problem(404, "SETTLEMENT_NOT_FOUND"));
        refund(p.hospital(), "no-such-settlement", newRequestId(), "1.00")
                .andExpect(problem(404, "SETTLEMENT_NOT_FOUND"));
        refund(p.hospital(), "x".repeat(300), newRequestId(), "1.00").andExpect(problem(404, "SETTLEMENT_NOT_FOUND"));
        assertThat(balance(p.patient())).isEqualTo(Money.ZERO);
    }

    @Test
    void aRepeatedRefundReturnsTheFirstAnswerAndRefundsOnce_D19_D20() throws Exception {
        Paid p = paid();
        String requestId = newRequestId();
        String first = refund(p.hospital(), p.settlementId(), requestId, "60.00")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        refund(p.hospital(), p.settlementId(), requestId, "60.0")
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().string(first));
        refund(p.hospital(), p.settlementId(), requestId, "61.00").andExpect(problem(409, "REQUEST_ID_REUSED"));

        // 60 = 10 cash + 30 brother + 20 of the quota; the second copy changed nothing.
        assertThat(wallet.summary(p.fromSon().getId()).available()).isEqualTo(Money.of("20.00"));
        assertThat(balance(p.brother())).isEqualTo(Money.of("30.00"));
    }

    @Test
    void aDissolvedRelationsQuotaIsRefundedToTheSharersAccount_D20() throws Exception {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        grant(son, fromSon, "100.00");
        Inst hospital = hospital();
        String settlementId = body(settle(hospital, bill(patient, "60.00"))).get("settlementId").asString();
        family.dissolve(son.getId(), fromSon.getId(), Actor.citizen(son.getId()));
        assertThat(ledger.balances(son.getId())).isEqualTo(new Balances(Money.of("940.00"), Money.ZERO,
                Money.of("940.00")));

        refund(hospital, settlementId, newRequestId(), "60.00")
                .andExpect(status().isCreated())
                .andExpect(content().json("""
                        {"cash":"0.00","ownAccount":"0.00",
                         "shared":[{"relationId":"%d","amount":"60.00","mode":"WALLET","returnedTo":"SHARER_ACCOUNT"}]}"""
                        .formatted(fromSon.getId()), false));

        assertThat(ledger.balances(son.getId())).isEqualTo(new Balances(Money.of("1000.00"), Money.ZERO,
                Money.of("1000.00")));
        assertThat(conserved(son)).isTrue();
    }

    @Test
    void anInstitutionsRequestIdsAreOneSeriesForSettlementsAndRefunds_D19() throws Exception {
        Paid p = paid();
        String settledWith = jdbc.queryForObject("select request_id from settlement where id = ?", String.class,
                p.settlementId());

        // A refund under the settlement's request id is a different request under a used id.
        refund(p.hospital(), p.settlementId(), settledWith, "5.00")
                .andExpect(problem(409, "REQUEST_ID_REUSED"));
        // And a settlement under a refund's request id.
        String refundedWith = newRequestId();
        refund(p.hospital(), p.settlementId(), refundedWith, "5.00").andExpect(status().isCreated());
        settle(p.hospital(), bill(p.patient(), "1.00").with("requestId", refundedWith))
                .andExpect(problem(409, "REQUEST_ID_REUSED"));
        assertThat(settlementsStored(p.hospital(), refundedWith)).isZero();
        assertThat(conserved(p.patient(), p.son(), p.brother())).isTrue();
    }
}
