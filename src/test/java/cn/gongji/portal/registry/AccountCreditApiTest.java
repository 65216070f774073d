package cn.gongji.portal.registry;

import static cn.gongji.portal.api.ApiAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.support.TestProfiles;

/** POST /api/v1/registry/persons/{idNumber}/account-credits: money in, once per request id (D19, D25, D28). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestPeople.class, Books.class})
class AccountCreditApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Books books;
    @Autowired
    TestPeople people;
    @Autowired
    LedgerService ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${portal.registry-token}")
    String registryToken;

    private ResultActions credit(String idNumber, String json) throws Exception {
        return mvc.perform(post("/api/v1/registry/persons/{idNumber}/account-credits", idNumber)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String body(String requestId, String amount) {
        return """
                {"requestId":"%s","amount":"%s"}""".formatted(requestId, amount);
    }

    private static String newRequestId() {
        return "R-" + UUID.randomUUID();
    }

    private Money balance(Person person) {
        return ledger.balances(person.getId()).balance();
    }

    private int storedRequests(String requestId) {
        return jdbc.queryForObject("select count(*) from api_request where client = 'registry' and request_id = ?",
                Integer.class, requestId);
    }

    @Test
    void creditAnswers201WithNewBalance_D25() throws Exception {
        Person person = people.employee("410100", "100.00");

        credit(person.idNumber().value(), body(newRequestId(), "800.00"))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{\"balance\":\"900.00\"}", true));

        assertThat(balance(person)).isEqualTo(Money.of("900.00"));
        assertThat(books.isConserved(person.getId())).isTrue();
    }

    @Test
    void repeatedCreditReturnsFirstAnswerAndCreditsOnce_D19() throws Exception {
        Person person = people.employee("410100", "0");
        String requestId = newRequestId();

        credit(person.idNumber().value(), body(requestId, "800.00"))
                .andExpect(status().isCreated())
                .andExpect(content().json("{\"balance\":\"800.00\"}", true));
        credit(person.idNumber().value(), body(newRequestId(), "50.00"))
                .andExpect(content().json("{\"balance\":\"850.00\"}", true));
        // The same request again, written differently ("800.0"): the first answer, nothing credited.
        credit(person.idNumber().value(), body(requestId, "800.0"))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().json("{\"balance\":\"800.00\"}", true));

        assertThat(balance(person)).isEqualTo(Money.of("850.00"));
        assertThat(storedRequests(requestId)).isEqualTo(1);
    }

    @Test
    void differentBodyUnderUsedRequestIdIsRefused_D19() throws Exception {
        Person person = people.employee("410100", "0");
        Person other = people.employee("410100", "0");
        String requestId = newRequestId();
        credit(person.idNumber().value(), body(requestId, "800.00")).andExpect(status().isCreated());

        credit(person.idNumber().value(), body(requestId, "900.00")).andExpect(problem(409, "REQUEST_ID_REUSED"));
        credit(other.idNumber().value(), body(requestId, "800.00")).andExpect(problem(409, "REQUEST_ID_REUSED"));

        assertThat(balance(person)).isEqualTo(Money.of("800.00"));
        assertThat(balance(other)).isEqualTo(Money.ZERO);
    }

    @Test
    void concurrentIdenticalCreditsCreditOnce_D19() throws Exception {
        Person person = people.employee("410100", "0");
        String json = body(newRequestId(), "100.00");
        int copies = 8;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < copies; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return credit(person.idNumber().value(), json).andReturn();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<MvcResult> result : results) {
                MvcResult done = result.get(30, TimeUnit.SECONDS);
                statuses.add(done.getResponse().getStatus());
                assertThat(done.getResponse().getContentAsString()).isEqualTo("{\"balance\":\"100.00\"}");
            }
            assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(balance(person)).isEqualTo(Money.of("100.00"));
        assertThat(books.isConserved(person.getId())).isTrue();
    }

    @Test
    void creditForUnknownPersonIsNotFoundAndNotStored() throws Exception {
        String requestId = newRequestId();
        credit(TestPeople.idNumber("410100"), body(requestId, "800.00")).andExpect(problem(404, "PERSON_NOT_FOUND"));
        assertThat(storedRequests(requestId)).isZero();
    }

    @Test
    void creditForResidentIsRefused_D5() throws Exception {
        Person resident = people.resident("410100");
        String requestId = newRequestId();
        credit(resident.idNumber().value(), body(requestId, "800.00"))
                .andExpect(problem(422, "NOT_EMPLOYEE_INSURED"));
        assertThat(ledger.hasAccount(resident.getId())).isFalse();
        assertThat(storedRequests(requestId)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1.234\"", "\"-1.00\"", "\"0.00\"", "\"0\"", "\"1e3\"", "\"1000000.01\"",
            "\"99999999999999999999999999.00\"", "\"\"", "\" 1.00\"", "\"1,000.00\"", "\"１００.00\"", "\"NaN\"",
            "800", "800.00", "1e3", "true", "{}", "[\"1.00\"]"})
    void malformedAmountIsInvalidAmountAndChangesNothing_D28(String amount) throws Exception {
        Person person = people.employee("410100", "100.00");
        String requestId = newRequestId();

        credit(person.idNumber().value(), """
                {"requestId":"%s","amount":%s}""".formatted(requestId, amount))
                .andExpect(problem(400, "INVALID_AMOUNT"));

        assertThat(balance(person)).isEqualTo(Money.of("100.00"));
        assertThat(storedRequests(requestId)).isZero();
    }

    @Test
    void largestAllowedAmountIsCredited_D28() throws Exception {
        Person person = people.employee("410100", "0");
        credit(person.idNumber().value(), body(newRequestId(), "1000000.00"))
                .andExpect(content().json("{\"balance\":\"1000000.00\"}", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"amount\":\"1.00\"}", "{\"requestId\":\"\",\"amount\":\"1.00\"}",
            "{\"requestId\":\"has space\",\"amount\":\"1.00\"}", "{\"requestId\":42,\"amount\":\"1.00\"}",
            "{\"requestId\":\"R-1\"}", "{\"requestId\":\"R-1\",\"amount\":null}", "{}", "[]", "{\"requestId\":",
            "{\"requestId\":\"RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR\",\"amount\":\"1.00\"}"})
    void malformedCreditIsInvalidRequestAndChangesNothing(String json) throws Exception {
        Person person = people.employee("410100", "100.00");
        credit(person.idNumber().value(), json).andExpect(problem(400, "INVALID_REQUEST"));
        assertThat(balance(person)).isEqualTo(Money.of("100.00"));
    }

    @Test
    void badIdNumberIsRefusedBeforeAnythingIsStored_D1() throws Exception {
        String valid = TestPeople.idNumber("410100");
        String badCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String requestId = newRequestId();
        credit(badCheckDigit, body(requestId, "1.00")).andExpect(problem(400, "INVALID_ID_NUMBER"));
        assertThat(storedRequests(requestId)).isZero();
    }
}
