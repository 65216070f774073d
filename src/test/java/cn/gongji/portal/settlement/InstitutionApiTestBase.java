package cn.gongji.portal.settlement;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.registry.InstitutionKind;
import cn.gongji.portal.registry.InstitutionService;
import cn.gongji.portal.registry.InstitutionStatus;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.support.TestProfiles;
import cn.gongji.portal.wallet.WalletService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the institution API tests share: institutions with their keys, people bound and granted through the
 * services, and the three calls of api.md "Institution → portal" through MockMvc (the whole chain: body limit,
 * security, controller, problem+json).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestPeople.class, Books.class})
@org.junit.jupiter.api.Tag("db")
abstract class InstitutionApiTestBase {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";
    static final String SHANGHAI = "310104";
    static final String GUANGXI = "450102";

    @Autowired
    MockMvc mvc;
    @Autowired
    Books books;
    @Autowired
    TestPeople people;
    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    LedgerService ledger;
    @Autowired
    InstitutionService institutions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    /** A designated institution as its system sees itself: its code, and the key it sends. */
    record Inst(String code, String name, String key) {
    }

    Inst institution(InstitutionKind kind, InstitutionStatus status) {
        String code = (kind == InstitutionKind.HOSPITAL ? "HO-" : "PH-")
                + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String name = (kind == InstitutionKind.HOSPITAL ? "测试医院" : "测试大药房") + code.substring(3);
        String key = "test-key-" + UUID.randomUUID();
        institutions.register(code, name, kind, new RegionCode("410100"), status, key);
        return new Inst(code, name, key);
    }

    Inst hospital() {
        return institution(InstitutionKind.HOSPITAL, InstitutionStatus.ACTIVE);
    }

    Inst pharmacy() {
        return institution(InstitutionKind.PHARMACY, InstitutionStatus.ACTIVE);
    }

    Relation bind(Person sharer, Person recipient, Kinship kinship) {
        return family.bind(sharer.getId(), recipient.idNumber().value(), kinship, true, Actor.citizen(sharer.getId()));
    }

    void grant(Person sharer, Relation relation, String amount) {
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of(amount), null, Actor.citizen(sharer.getId()));
    }

    static String newRequestId() {
        return "HIS-" + UUID.randomUUID();
    }

    /** A settlement body as in api.md, the patient's own card, shared money used; change fields with {@link Bill#with}. */
    Bill bill(Person patient, String outOfPocket) {
        return new Bill(json).with("requestId", newRequestId())
                .with("patientId", patient.idNumber().value())
                .with("cardHolderId", patient.idNumber().value())
                .with("buyerId", null)
                .with("kind", "CARE")
                .with("outOfPocket", outOfPocket)
                .with("poolFund", "0.00")
                .with("useSharedFunds", true)
                .with("sharerIds", List.of())
                .with("detail", Map.of("diagnosis", "J06.9 急性上呼吸道感染", "items", List.of("阿莫西林胶囊")));
    }

    static final class Bill {

        private final JsonMapper json;
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Bill(JsonMapper json) {
            this.json = json;
        }

        Bill with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        Bill without(String field) {
            fields.remove(field);
            return this;
        }

        String requestId() {
            return (String) fields.get("requestId");
        }

        String json() {
            return json.writeValueAsString(fields);
        }
    }

    ResultActions settle(Inst institution, Bill bill) throws Exception {
        return settle(institution.key(), bill.json());
    }

    ResultActions settle(String key, String body) throws Exception {
        return mvc.perform(post("/api/v1/settlements")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    ResultActions refund(Inst institution, String settlementId, String requestId, String amount) throws Exception {
        return refund(institution.key(), settlementId, """
                {"requestId":"%s","amount":"%s"}""".formatted(requestId, amount));
    }

    ResultActions refund(String key, String settlementId, String body) throws Exception {
        return mvc.perform(post("/api/v1/settlements/{id}/refunds", settlementId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    ResultActions funds(Inst institution, String idNumber) throws Exception {
        return mvc.perform(get("/api/v1/patients/{idNumber}/funds", idNumber)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + institution.key()));
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    int settlementsStored(Inst institution, String requestId) {
        return jdbc.queryForObject("select count(*) from settlement where institution_code = ? and request_id = ?",
                Integer.class, institution.code(), requestId);
    }

    Money balance(Person person) {
        return ledger.balances(person.getId()).balance();
    }

    boolean conserved(Person... persons) {
        for (Person p : persons) {
            if (!books.isConserved(p.getId())
                    || !ledger.balances(p.getId()).reserved().equals(wallet.unusedQuotaOfSharer(p.getId()))) {
                return false;
            }
        }
        return true;
    }
}
