package cn.gongji.portal.security;

import static cn.gongji.portal.api.ApiAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.registry.InstitutionKind;
import cn.gongji.portal.registry.InstitutionService;
import cn.gongji.portal.registry.InstitutionStatus;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.support.TestProfiles;

/** The API's security chain: bearer tokens, roles, D15 — every refusal problem+json, no session, no redirect. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestPeople.class, Books.class})
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    InstitutionService institutions;
    @Autowired
    LedgerService ledger;
    @Value("${portal.registry-token}")
    String registryToken;

    private String institutionKey(InstitutionStatus status) {
        String key = "test-key-" + UUID.randomUUID();
        institutions.register("S" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L),
                "测试药房", InstitutionKind.PHARMACY, new RegionCode("410100"), status, key);
        return key;
    }

    private static String credit() {
        return "{\"requestId\":\"R-" + UUID.randomUUID() + "\",\"amount\":\"10.00\"}";
    }

    @Test
    void requestWithoutTokenIs401ProblemWithoutRedirectOrSession() throws Exception {
        Person person = people.employee("410100", "0");
        MvcResult result = mvc.perform(post("/api/v1/registry/persons/{id}/account-credits", person.idNumber().value())
                        .contentType(MediaType.APPLICATION_JSON).content(credit()))
                .andExpect(problem(401, "UNAUTHORIZED"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gongji-api\""))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(ledger.balances(person.getId()).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void wrongTokenIs401Problem() throws Exception {
        Person person = people.employee("410100", "0");
        for (String authorization : new String[] {"Bearer wrong", "Bearer " + registryToken + "x", "Bearer ",
                "Basic " + registryToken, registryToken}) {
            mvc.perform(post("/api/v1/registry/persons/{id}/account-credits", person.idNumber().value())
                            .header(HttpHeaders.AUTHORIZATION, authorization)
                            .contentType(MediaType.APPLICATION_JSON).content(credit()))
                    .andExpect(problem(401, "UNAUTHORIZED"));
        }
        assertThat(ledger.balances(person.getId()).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void registryTokenWorksWithAnyCaseOfBearer() throws Exception {
        Person person = people.employee("410100", "0");
        mvc.perform(post("/api/v1/registry/persons/{id}/account-credits", person.idNumber().value())
                        .header(HttpHeaders.AUTHORIZATION, "bearer " + registryToken)
                        .contentType(MediaType.APPLICATION_JSON).content(credit()))
                .andExpect(status().isCreated());
    }

    @Test
    void institutionKeyOnRegistryPathIs403Forbidden() throws Exception {
        Person person = people.employee("410100", "0");
        for (InstitutionStatus status : InstitutionStatus.values()) {
            mvc.perform(post("/api/v1/registry/persons/{id}/account-credits", person.idNumber().value())
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + institutionKey(status))
                            .contentType(MediaType.APPLICATION_JSON).content(credit()))
                    .andExpect(problem(403, "FORBIDDEN"));
        }
        mvc.perform(put("/api/v1/registry/institutions/X1")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + institutionKey(InstitutionStatus.ACTIVE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"kind\":\"PHARMACY\",\"regionCode\":\"410100\",\"status\":\"ACTIVE\"}"))
                .andExpect(problem(403, "FORBIDDEN"));
        assertThat(ledger.balances(person.getId()).balance()).isEqualTo(Money.ZERO);
        assertThat(institutions.find("X1")).isEmpty();
    }

    @Test
    void registryTokenOnInstitutionPathIs403Forbidden() throws Exception {
        mvc.perform(get("/api/v1/patients/x/funds").header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken))
                .andExpect(problem(403, "FORBIDDEN"));
        mvc.perform(post("/api/v1/settlements").header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken))
                .andExpect(problem(403, "FORBIDDEN"));
    }

    @Test
    void suspendedInstitutionIsRefusedBeforeRouting_D15() throws Exception {
        String key = institutionKey(InstitutionStatus.SUSPENDED);
        mvc.perform(get("/api/v1/patients/x/funds").header(HttpHeaders.AUTHORIZATION, "Bearer " + key))
                .andExpect(problem(403, "INSTITUTION_NOT_DESIGNATED"));
        mvc.perform(post("/api/v1/settlements/S-1/refunds").header(HttpHeaders.AUTHORIZATION, "Bearer " + key))
                .andExpect(problem(403, "INSTITUTION_NOT_DESIGNATED"));
    }

    @Test
    void activeInstitutionReachesRoutingOnItsPaths_D15() throws Exception {
        // Past security, the funds controller checks the ID number.
        mvc.perform(get("/api/v1/patients/x/funds")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + institutionKey(InstitutionStatus.ACTIVE)))
                .andExpect(problem(400, "INVALID_ID_NUMBER"));
    }

    @Test
    void unknownApiPathNeedsTokenThenIs404Problem() throws Exception {
        mvc.perform(get("/api/v1/nothing-here")).andExpect(problem(401, "UNAUTHORIZED"));
        mvc.perform(get("/api/v1/nothing-here").header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken))
                .andExpect(problem(404, "NOT_FOUND"));
        mvc.perform(get("/api/v1/registry/unknown").header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken))
                .andExpect(problem(404, "NOT_FOUND"));
    }

    @Test
    void rejectedUrlIsBadRequestProblem() throws Exception {
        mvc.perform(put("/api/v1/registry/institutions/semi;colon")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"kind\":\"PHARMACY\",\"regionCode\":\"410100\",\"status\":\"ACTIVE\"}"))
                .andExpect(problem(400, "INVALID_REQUEST"));
        assertThat(institutions.find("semi")).isEmpty();
    }
}
