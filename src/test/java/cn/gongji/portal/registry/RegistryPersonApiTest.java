package cn.gongji.portal.registry;

import static cn.gongji.portal.api.ApiAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.gongji.portal.family.EndReason;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.identity.EnrolmentStatus;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.identity.StoredPersons;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.support.TestProfiles;
import cn.gongji.portal.wallet.WalletService;

/** PUT /api/v1/registry/persons/{idNumber}: enrolments and what their changes mean (D5, D22). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestPeople.class, Books.class, StoredPersons.class})
class RegistryPersonApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Books books;
    @Autowired
    TestPeople people;
    @Autowired
    StoredPersons persons;
    @Autowired
    LedgerService ledger;
    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    PasswordEncoder passwords;
    @Value("${portal.registry-token}")
    String registryToken;

    private ResultActions putPerson(String idNumber, String json) throws Exception {
        return mvc.perform(put("/api/v1/registry/persons/{idNumber}", idNumber)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String enrolment(String scheme, String status, String region) {
        return """
                {"name":"张建国","phone":"13800000000","scheme":"%s","status":"%s","regionCode":"%s"}"""
                .formatted(scheme, status, region);
    }

    private Person reload(Person person) {
        return persons.findById(person.getId()).orElseThrow();
    }

    @Test
    void createsEmployeeWithAccountAndHashedPassword_201() throws Exception {
        String id = TestPeople.idNumber("410100");
        putPerson(id, """
                {"name":"张建国","phone":"13800000000","scheme":"EMPLOYEE","status":"ACTIVE",
                 "regionCode":"410100","password":"Initial-pass-1"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.idNumber").value(id))
                .andExpect(jsonPath("$.scheme").value("EMPLOYEE"))
                .andExpect(jsonPath("$.relationsDissolved").value(0));

        Person created = persons.findByIdNumberValue(id).orElseThrow();
        assertThat(created.getName()).isEqualTo("张建国");
        assertThat(created.getScheme()).isEqualTo(Scheme.EMPLOYEE);
        assertThat(created.region().value()).isEqualTo("410100");
        assertThat(ledger.hasAccount(created.getId())).isTrue();
        assertThat(created.getPasswordHash()).doesNotContain("Initial-pass-1").startsWith("$2");
        assertThat(passwords.matches("Initial-pass-1", created.getPasswordHash())).isTrue();
        // Issue 11: the registry's password is an initial one, to be changed at the first sign-in.
        assertThat(created.isPasswordMustChange()).isTrue();
    }

    @Test
    void createsResidentWithoutPersonalAccount_D5() throws Exception {
        String id = TestPeople.idNumber("410100");
        putPerson(id, enrolment("RESIDENT", "ACTIVE", "410100")).andExpect(status().isCreated());

        Person created = persons.findByIdNumberValue(id).orElseThrow();
        assertThat(ledger.hasAccount(created.getId())).isFalse();
        assertThat(created.getPasswordHash()).isNull();
    }

    @Test
    void updateAnswers200AndKeepsPasswordWhenNoneIsGiven() throws Exception {
        String id = TestPeople.idNumber("410100");
        putPerson(id, """
                {"name":"张建国","scheme":"EMPLOYEE","status":"ACTIVE","regionCode":"410100",
                 "password":"Initial-pass-1"}""").andExpect(status().isCreated());
        String hash = persons.findByIdNumberValue(id).orElseThrow().getPasswordHash();

        putPerson(id, """
                {"name":"张建民","phone":"13900000000","scheme":"EMPLOYEE","status":"ACTIVE","regionCode":"410100"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationsDissolved").value(0));

        Person updated = persons.findByIdNumberValue(id).orElseThrow();
        assertThat(updated.getName()).isEqualTo("张建民");
        assertThat(updated.getPhone()).isEqualTo("13900000000");
        assertThat(updated.getPasswordHash()).isEqualTo(hash);
    }

    @Test
    void lowerCaseCheckCharacterInPathIsTheSamePerson_D1() throws Exception {
        String id = TestPeople.idNumber("410100");
        while (!id.endsWith("X")) {
            id = TestPeople.idNumber("410100");
        }
        putPerson(id, enrolment("RESIDENT", "ACTIVE", "410100")).andExpect(status().isCreated());
        putPerson(id.toLowerCase(), enrolment("RESIDENT", "ACTIVE", "410100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(id));
    }

    /** A cross-province relation with 300.00 of its sharer's 1000.00 granted as quota (D10). */
    private Relation crossProvinceRelationWithQuota(Person sharer, Person recipient) {
        Relation relation = family.bind(sharer.getId(), recipient.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("300.00"), null, Actor.citizen(sharer.getId()));
        assertThat(ledger.balances(sharer.getId()).reserved()).isEqualTo(Money.of("300.00"));
        return relation;
    }

    private void assertDissolvedAndQuotaReleased(Relation relation, Person sharer, EndReason reason) {
        Relation ended = family.find(relation.getId()).orElseThrow();
        assertThat(ended.getStatus()).isEqualTo(RelationStatus.DISSOLVED);
        assertThat(ended.getEndReason()).isEqualTo(reason);
        Balances balances = ledger.balances(sharer.getId());
        assertThat(balances.reserved()).isEqualTo(Money.ZERO);
        assertThat(balances.available()).isEqualTo(Money.of("1000.00"));
        assertThat(wallet.unusedQuotaOfSharer(sharer.getId())).isEqualTo(Money.ZERO);
        assertThat(wallet.summary(relation.getId()).returned()).isEqualTo(Money.of("300.00"));
        assertThat(books.isConserved(sharer.getId())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"SHARER, SHARER_INSURANCE_ENDED", "RECIPIENT, RECIPIENT_INSURANCE_ENDED"})
    void terminationDissolvesRelationsAndReleasesQuota_D22(String who, EndReason reason) throws Exception {
        Person sharer = people.employee("110105", "1000.00");
        Person recipient = people.resident("410100");
        Relation relation = crossProvinceRelationWithQuota(sharer, recipient);

        Person reported = who.equals("SHARER") ? sharer : recipient;
        putPerson(reported.idNumber().value(), enrolment(reported.getScheme().name(), "TERMINATED",
                reported.region().value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationsDissolved").value(1));

        assertThat(reload(reported).getStatus()).isEqualTo(EnrolmentStatus.TERMINATED);
        assertDissolvedAndQuotaReleased(relation, sharer, reason);
    }

    @ParameterizedTest
    @CsvSource({"SHARER, SHARER_REGION_TRANSFER, 110105, 110108",
            "RECIPIENT, RECIPIENT_REGION_TRANSFER, 410100, 410200",
            "RECIPIENT, RECIPIENT_REGION_TRANSFER, 410100, 320100"})
    void transferToAnotherPoolingRegionDissolvesRelationsAndReleasesQuota_D22(String who, EndReason reason,
                                                                               String from, String to)
            throws Exception {
        Person sharer = people.employee(who.equals("SHARER") ? from : "110105", "1000.00");
        Person recipient = people.resident(who.equals("RECIPIENT") ? from : "410100");
        Relation relation = crossProvinceRelationWithQuota(sharer, recipient);

        Person reported = who.equals("SHARER") ? sharer : recipient;
        putPerson(reported.idNumber().value(), enrolment(reported.getScheme().name(), "ACTIVE", to))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationsDissolved").value(1));

        assertThat(reload(reported).region().value()).isEqualTo(to);
        assertDissolvedAndQuotaReleased(relation, sharer, reason);
    }

    @Test
    void unchangedEnrolmentKeepsRelations_D22() throws Exception {
        Person sharer = people.employee("110105", "1000.00");
        Person recipient = people.resident("410100");
        Relation relation = crossProvinceRelationWithQuota(sharer, recipient);

        putPerson(sharer.idNumber().value(), enrolment("EMPLOYEE", "ACTIVE", "110105"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationsDissolved").value(0));

        assertThat(family.find(relation.getId()).orElseThrow().isLive()).isTrue();
        assertThat(ledger.balances(sharer.getId()).reserved()).isEqualTo(Money.of("300.00"));
    }

    @Test
    void leavingEmployeeSchemeEndsSharingButKeepsWhatHeReceives_D5() throws Exception {
        Person leaver = people.employee("110105", "500.00");
        Person hisRecipient = people.resident("110105");
        Person hisSharer = people.employee("110105", "500.00");
        Relation asSharer = family.bind(leaver.getId(), hisRecipient.idNumber().value(), Kinship.CHILD, true,
                Actor.citizen(leaver.getId()));
        Relation asRecipient = family.bind(hisSharer.getId(), leaver.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(hisSharer.getId()));

        putPerson(leaver.idNumber().value(), enrolment("RESIDENT", "ACTIVE", "110105"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationsDissolved").value(1));

        Relation ended = family.find(asSharer.getId()).orElseThrow();
        assertThat(ended.getStatus()).isEqualTo(RelationStatus.DISSOLVED);
        assertThat(ended.getEndReason()).isEqualTo(EndReason.SHARER_LEFT_EMPLOYEE_SCHEME);
        assertThat(family.find(asRecipient.getId()).orElseThrow().isLive()).isTrue();
        assertThat(reload(leaver).getScheme()).isEqualTo(Scheme.RESIDENT);
    }

    @Test
    void residentJoiningEmployeeSchemeGetsPersonalAccount_D5() throws Exception {
        Person resident = people.resident("410100");
        assertThat(ledger.hasAccount(resident.getId())).isFalse();

        putPerson(resident.idNumber().value(), enrolment("EMPLOYEE", "ACTIVE", "410100"))
                .andExpect(status().isOk());

        assertThat(ledger.hasAccount(resident.getId())).isTrue();
        assertThat(reload(resident).isActiveEmployee()).isTrue();
    }

    @Test
    void concurrentCreatesOfOnePersonMakeOnePerson_D1() throws Exception {
        String id = TestPeople.idNumber("410100");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                statuses.add(threads.submit(() -> {
                    start.await();
                    return putPerson(id, enrolment("EMPLOYEE", "ACTIVE", "410100")).andReturn().getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            assertThat(List.of(statuses.get(0).get(30, TimeUnit.SECONDS), statuses.get(1).get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(201, 200);
        } finally {
            threads.shutdownNow();
        }
        assertThat(ledger.hasAccount(persons.findByIdNumberValue(id).orElseThrow().getId())).isTrue();
    }

    @Test
    void unknownProvinceIsInvalidRegionCode() throws Exception {
        String id = TestPeople.idNumber("410100");
        putPerson(id, enrolment("EMPLOYEE", "ACTIVE", "990100")).andExpect(problem(400, "INVALID_REGION_CODE"));
        putPerson(id, enrolment("EMPLOYEE", "ACTIVE", "41010")).andExpect(problem(400, "INVALID_REGION_CODE"));
        assertThat(persons.findByIdNumberValue(id)).isEmpty();
    }

    @Test
    void invalidIdNumberInPathIsRefused_D1() throws Exception {
        String valid = TestPeople.idNumber("410100");
        char wrongCheck = valid.charAt(17) == '0' ? '1' : '0';
        String badCheckDigit = valid.substring(0, 17) + wrongCheck;
        putPerson(badCheckDigit, enrolment("EMPLOYEE", "ACTIVE", "410100"))
                .andExpect(problem(400, "INVALID_ID_NUMBER"));
        putPerson("41010019800230001X", enrolment("EMPLOYEE", "ACTIVE", "410100"))
                .andExpect(problem(400, "INVALID_ID_NUMBER"));
        putPerson("4101", enrolment("EMPLOYEE", "ACTIVE", "410100"))
                .andExpect(problem(400, "INVALID_ID_NUMBER"));
        assertThat(persons.findByIdNumberValue(badCheckDigit)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing name          | {"scheme":"EMPLOYEE","status":"ACTIVE","regionCode":"410100"}
            blank name            | {"name":"  ","scheme":"EMPLOYEE","status":"ACTIVE","regionCode":"410100"}
            name of 65 characters | {"name":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","scheme":"EMPLOYEE","status":"ACTIVE","regionCode":"410100"}
            name as a number      | {"name":12,"scheme":"EMPLOYEE","status":"ACTIVE","regionCode":"410100"}
            phone with letters    | {"name":"张三","phone":"138-0000","scheme":"EMPLOYEE","status":"ACTIVE","regionCode":"410100"}
            phone too short       | {"name":"张三","phone":"1380","scheme":"EMPLOYEE","status":"ACTIVE","regionCode":"410100"}
            unknown scheme        | {"name":"张三","scheme":"PRIVATE","status":"ACTIVE","regionCode":"410100"}
            lower-case scheme     | {"name":"张三","scheme":"employee","status":"ACTIVE","regionCode":"410100"}
            missing scheme        | {"name":"张三","status":"ACTIVE","regionCode":"410100"}
            unknown status        | {"name":"张三","scheme":"EMPLOYEE","status":"PAUSED","regionCode":"410100"}
            status as boolean     | {"name":"张三","scheme":"EMPLOYEE","status":true,"regionCode":"410100"}
            region as a number    | {"name":"张三","scheme":"EMPLOYEE","status":"ACTIVE","regionCode":410100}
            short password        | {"name":"张三","scheme":"EMPLOYEE","status":"ACTIVE","regionCode":"410100","password":"short"}
            malformed JSON        | {"name":"张三","scheme":"EMPLOYEE",
            JSON array            | ["张三","EMPLOYEE"]
            JSON null             | null
            a bare string         | "EMPLOYEE"
            """)
    void malformedEnrolmentIsInvalidRequestAndChangesNothing(String what, String json) throws Exception {
        String id = TestPeople.idNumber("410100");
        putPerson(id, json).andExpect(problem(400, "INVALID_REQUEST"));
        assertThat(persons.findByIdNumberValue(id)).isEmpty();
    }

    @Test
    void emptyBodyIsInvalidRequest() throws Exception {
        Person person = people.resident("410100");
        putPerson(person.idNumber().value(), "").andExpect(problem(400, "INVALID_REQUEST"));
        assertThat(reload(person).getName()).isEqualTo(person.getName());
    }

    @Test
    void refusedUpdateChangesNothing_D22() throws Exception {
        Person sharer = people.employee("110105", "1000.00");
        Person recipient = people.resident("410100");
        Relation relation = crossProvinceRelationWithQuota(sharer, recipient);

        putPerson(sharer.idNumber().value(), """
                {"name":"","scheme":"EMPLOYEE","status":"TERMINATED","regionCode":"110105"}""")
                .andExpect(problem(400, "INVALID_REQUEST"));

        assertThat(reload(sharer).isActive()).isTrue();
        assertThat(family.find(relation.getId()).orElseThrow().isLive()).isTrue();
        assertThat(ledger.balances(sharer.getId()).reserved()).isEqualTo(Money.of("300.00"));
    }
}
