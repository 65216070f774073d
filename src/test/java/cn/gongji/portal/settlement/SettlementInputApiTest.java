package cn.gongji.portal.settlement;

import static cn.gongji.portal.api.ApiAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.support.TestPeople;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed settlement and refund requests: always a 4xx problem with a stable code, never a 5xx, and nothing
 * charged or stored (api.md conventions, D1, D28).
 */
class SettlementInputApiTest extends InstitutionApiTestBase {

    /** Marks a field left out of the body. */
    static final String MISSING = "<missing>";
    static final String BAD_CHECK_DIGIT = badCheckDigit();

    static String badCheckDigit() {
        String valid = TestPeople.idNumber("410102");
        return valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
    }

    static Arguments field(String field, String rawJson, int status, String code) {
        return Arguments.of(field, rawJson, status, code);
    }

    static Stream<Arguments> malformedFields() {
        return Stream.of(
                field("outOfPocket", "\"1.234\"", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "\"-1.00\"", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "\"0.00\"", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "\"0\"", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "\"1000000.01\"", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "\"99999999999999999999999999999.00\"", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "\"1e3\"", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "\"\"", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "\"１５０.00\"", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "150", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "150.00", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "true", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "{}", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "[\"1.00\"]", 400, "INVALID_AMOUNT"),
                field("outOfPocket", "null", 400, "INVALID_REQUEST"),
                field("outOfPocket", MISSING, 400, "INVALID_REQUEST"),
                field("poolFund", "\"-0.01\"", 400, "INVALID_AMOUNT"),
                field("poolFund", "\"0.001\"", 400, "INVALID_AMOUNT"),
                field("poolFund", "0", 400, "INVALID_AMOUNT"),
                field("poolFund", "\"1000000.01\"", 400, "INVALID_AMOUNT"),
                field("poolFund", MISSING, 400, "INVALID_REQUEST"),
                field("patientId", '"' + BAD_CHECK_DIGIT + '"', 400, "INVALID_ID_NUMBER"),
                field("patientId", "\"41010219500915013\"", 400, "INVALID_ID_NUMBER"),
                field("patientId", "\"410102195013450134\"", 400, "INVALID_ID_NUMBER"),
                field("patientId", "\"\"", 400, "INVALID_ID_NUMBER"),
                field("patientId", "410102195009150134", 400, "INVALID_REQUEST"),
                field("patientId", "null", 400, "INVALID_REQUEST"),
                field("patientId", MISSING, 400, "INVALID_REQUEST"),
                field("cardHolderId", '"' + BAD_CHECK_DIGIT + '"', 400, "INVALID_ID_NUMBER"),
                field("cardHolderId", MISSING, 400, "INVALID_REQUEST"),
                field("buyerId", '"' + BAD_CHECK_DIGIT + '"', 400, "INVALID_ID_NUMBER"),
                field("buyerId", "42", 400, "INVALID_REQUEST"),
                field("kind", "\"SURGERY\"", 400, "INVALID_REQUEST"),
                field("kind", "\"care\"", 400, "INVALID_REQUEST"),
                field("kind", "\"\"", 400, "INVALID_REQUEST"),
                field("kind", "1", 400, "INVALID_REQUEST"),
                field("kind", "null", 400, "INVALID_REQUEST"),
                field("kind", MISSING, 400, "INVALID_REQUEST"),
                field("useSharedFunds", "\"true\"", 400, "INVALID_REQUEST"),
                field("useSharedFunds", "1", 400, "INVALID_REQUEST"),
                field("useSharedFunds", "0", 400, "INVALID_REQUEST"),
                field("useSharedFunds", "null", 400, "INVALID_REQUEST"),
                field("useSharedFunds", MISSING, 400, "INVALID_REQUEST"),
                field("sharerIds", "\"410102195009150134\"", 400, "INVALID_REQUEST"),
                field("sharerIds", "[410102195009150134]", 400, "INVALID_REQUEST"),
                field("sharerIds", "[null]", 400, "INVALID_REQUEST"),
                field("sharerIds", "{}", 400, "INVALID_REQUEST"),
                field("sharerIds", "[\"" + BAD_CHECK_DIGIT + "\"]", 400, "INVALID_ID_NUMBER"),
                field("detail", "\"J06.9\"", 400, "INVALID_REQUEST"),
                field("detail", "[\"J06.9\"]", 400, "INVALID_REQUEST"),
                field("detail", "42", 400, "INVALID_REQUEST"),
                field("requestId", MISSING, 400, "INVALID_REQUEST"),
                field("requestId", "\"\"", 400, "INVALID_REQUEST"),
                field("requestId", "\"has space\"", 400, "INVALID_REQUEST"),
                field("requestId", "\"请求-1\"", 400, "INVALID_REQUEST"),
                field("requestId", '"' + "R".repeat(65) + '"', 400, "INVALID_REQUEST"),
                field("requestId", "42", 400, "INVALID_REQUEST"));
    }

    @ParameterizedTest(name = "{0} = {1} → {2} {3}")
    @MethodSource("malformedFields")
    void aMalformedFieldIsRefusedAndChangesNothing_D1_D28(String field, String rawJson, int status, String code)
            throws Exception {
        Person patient = people.employee(HENAN, "100.00");
        Inst hospital = hospital();
        Bill bill = bill(patient, "10.00");
        ObjectNode body = (ObjectNode) json.readTree(bill.json());
        if (MISSING.equals(rawJson)) {
            body.remove(field);
        } else {
            body.set(field, json.readTree(rawJson));
        }

        settle(hospital.key(), json.writeValueAsString(body)).andExpect(problem(status, code));

        assertThat(settlementsStored(hospital, bill.requestId())).isZero();
        assertThat(balance(patient)).isEqualTo(Money.of("100.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "{", "42", "\"text\"", "{\"requestId\":}", "{}", "{\"detail\":{}}"})
    void aMalformedBodyIsInvalidRequest(String body) throws Exception {
        settle(hospital().key(), body).andExpect(problem(400, "INVALID_REQUEST"));
    }

    @Test
    void aRequestWithoutBodyIsInvalidRequestAndOneThatIsNotJsonIs415() throws Exception {
        Inst hospital = hospital();
        mvc.perform(post("/api/v1/settlements").header(HttpHeaders.AUTHORIZATION, "Bearer " + hospital.key()))
                .andExpect(problem(400, "INVALID_REQUEST"));
        mvc.perform(post("/api/v1/settlements").header(HttpHeaders.AUTHORIZATION, "Bearer " + hospital.key())
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(problem(400, "INVALID_REQUEST"));
        mvc.perform(post("/api/v1/settlements").header(HttpHeaders.AUTHORIZATION, "Bearer " + hospital.key())
                        .contentType(MediaType.TEXT_PLAIN).content("requestId=R-1"))
                .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void theSmallestAndLargestAmountsAndAZeroPoolFundAreAccepted_D28() throws Exception {
        Person patient = people.employee(HENAN, "1000000.00");
        Inst hospital = hospital();
        settle(hospital, bill(patient, "0.01").with("poolFund", "0.00")).andExpect(status().isCreated());
        settle(hospital, bill(patient, "999999.99").with("poolFund", "1000000.00")).andExpect(status().isCreated());
        assertThat(balance(patient)).isEqualTo(Money.ZERO);
    }

    @Test
    void anOversizedBodyIs413AndATooLargeDetail400() throws Exception {
        Person patient = people.employee(HENAN, "100.00");
        Inst hospital = hospital();
        Bill huge = bill(patient, "10.00").with("detail", java.util.Map.of("note", "x".repeat(70 * 1024)));
        settle(hospital, huge).andExpect(problem(413, "PAYLOAD_TOO_LARGE"));

        Bill large = bill(patient, "10.00").with("detail", java.util.Map.of("note",
                "x".repeat(SettlementController.MAX_DETAIL_LENGTH)));
        settle(hospital, large).andExpect(problem(400, "INVALID_REQUEST"));

        String nested = "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
        ObjectNode body = (ObjectNode) json.readTree(bill(patient, "10.00").json());
        String deep = json.writeValueAsString(body).replace("\"detail\":{", "\"detail\":{\"deep\":" + nested + ",");
        settle(hospital.key(), deep).andExpect(problem(400, "INVALID_REQUEST"));

        assertThat(settlementsStored(hospital, huge.requestId()) + settlementsStored(hospital, large.requestId()))
                .isZero();
        assertThat(balance(patient)).isEqualTo(Money.of("100.00"));
    }

    @Test
    void tooManySharerIdsAreRefused_D18() throws Exception {
        Person patient = people.employee(HENAN, "100.00");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= SettlementController.MAX_SHARER_IDS; i++) {
            ids.add(TestPeople.idNumber(HENAN));
        }
        Inst hospital = hospital();
        settle(hospital, bill(patient, "10.00").with("sharerIds", ids)).andExpect(problem(400, "INVALID_REQUEST"));
        settle(hospital, bill(patient, "10.00").with("sharerIds", ids.subList(0, SettlementController.MAX_SHARER_IDS)))
                .andExpect(status().isCreated());
    }

    static Stream<Arguments> malformedRefunds() {
        return Stream.of(
                Arguments.of("{\"requestId\":\"R-%s\",\"amount\":\"1.234\"}", "INVALID_AMOUNT"),
                Arguments.of("{\"requestId\":\"R-%s\",\"amount\":\"0.00\"}", "INVALID_AMOUNT"),
                Arguments.of("{\"requestId\":\"R-%s\",\"amount\":\"-5.00\"}", "INVALID_AMOUNT"),
                Arguments.of("{\"requestId\":\"R-%s\",\"amount\":\"1000000.01\"}", "INVALID_AMOUNT"),
                Arguments.of("{\"requestId\":\"R-%s\",\"amount\":5}", "INVALID_AMOUNT"),
                Arguments.of("{\"requestId\":\"R-%s\"}", "INVALID_REQUEST"),
                Arguments.of("{\"requestId\":\"R-%s\",\"amount\":null}", "INVALID_REQUEST"),
                Arguments.of("{\"amount\":\"5.00\"}", "INVALID_REQUEST"),
                Arguments.of("{\"requestId\":7,\"amount\":\"5.00\"}", "INVALID_REQUEST"),
                Arguments.of("null", "INVALID_REQUEST"),
                Arguments.of("[]", "INVALID_REQUEST"),
                Arguments.of("", "INVALID_REQUEST"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("malformedRefunds")
    void aMalformedRefundIsRefusedAndChangesNothing_D28(String template, String code) throws Exception {
        Person patient = people.employee(HENAN, "100.00");
        Inst hospital = hospital();
        String settlementId = body(settle(hospital, bill(patient, "40.00"))).get("settlementId").asString();

        refund(hospital.key(), settlementId, template.replace("%s", java.util.UUID.randomUUID().toString()))
                .andExpect(problem(400, code));

        assertThat(balance(patient)).isEqualTo(Money.of("60.00"));
    }
}
