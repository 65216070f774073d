package cn.gongji.portal.registry;

import static cn.gongji.portal.api.ApiAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.support.TestProfiles;

/** PUT /api/v1/registry/institutions/{code}: designated institutions and their keys (D13, D15). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestPeople.class, Books.class})
class InstitutionApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    InstitutionService institutions;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${portal.registry-token}")
    String registryToken;

    private ResultActions putInstitution(String code, String json) throws Exception {
        return mvc.perform(put("/api/v1/registry/institutions/{code}", code)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String institution(String status) {
        return """
                {"name":"某某大药房","kind":"PHARMACY","regionCode":"410100","status":"%s"}""".formatted(status);
    }

    private static String newCode() {
        return "T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    private String create(String code, String status) throws Exception {
        String answer = putInstitution(code, institution(status))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.apiKey");
    }

    private ResultActions funds(String key) throws Exception {
        return mvc.perform(get("/api/v1/patients/{id}/funds", TestPeople.idNumber("410100"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key));
    }

    @Test
    void createdInstitutionGetsKeyThatAuthenticatesAndIsStoredHashedOnly() throws Exception {
        String code = newCode();
        String answer = putInstitution(code, institution("ACTIVE"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andReturn().getResponse().getContentAsString();
        String key = JsonPath.read(answer, "$.apiKey");

        // 32 random bytes, base64url without padding.
        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        Institution found = institutions.authenticate(key).orElseThrow();
        assertThat(found.getCode()).isEqualTo(code);
        assertThat(found.getKind()).isEqualTo(InstitutionKind.PHARMACY);
        assertThat(found.isDesignated()).isTrue();
        assertThat(institutions.authenticate(key + "x")).isEmpty();

        Map<String, Object> row = jdbc.queryForMap("select * from institution where code = ?", code);
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(key));
        assertThat(row.get("API_KEY_HASH") != null ? row.get("API_KEY_HASH") : row.get("api_key_hash"))
                .isEqualTo(InstitutionService.hash(key));
    }

    @Test
    void activeInstitutionPassesSecurityOnPatientPaths_D15() throws Exception {
        String key = create(newCode(), "ACTIVE");
        // Past security, the funds look-up answers for the unknown person: 404 problem+json, not 401/403.
        funds(key).andExpect(problem(404, "PERSON_NOT_FOUND"));
    }

    @Test
    void updateAnswers200WithoutKeyAndKeepsKey() throws Exception {
        String code = newCode();
        String key = create(code, "ACTIVE");

        putInstitution(code, """
                {"name":"某某医院","kind":"HOSPITAL","regionCode":"410200","status":"ACTIVE"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.apiKey").doesNotExist());

        Institution updated = institutions.authenticate(key).orElseThrow();
        assertThat(updated.getName()).isEqualTo("某某医院");
        assertThat(updated.getKind()).isEqualTo(InstitutionKind.HOSPITAL);
        assertThat(updated.region().value()).isEqualTo("410200");
    }

    @Test
    void suspendedInstitutionIsNotDesignated_D15() throws Exception {
        String code = newCode();
        String key = create(code, "ACTIVE");
        putInstitution(code, institution("SUSPENDED")).andExpect(status().isOk());

        funds(key).andExpect(problem(403, "INSTITUTION_NOT_DESIGNATED"));
        mvc.perform(put("/api/v1/settlements").header(HttpHeaders.AUTHORIZATION, "Bearer " + key))
                .andExpect(problem(403, "INSTITUTION_NOT_DESIGNATED"));

        putInstitution(code, institution("ACTIVE")).andExpect(status().isOk());
        funds(key).andExpect(problem(404, "PERSON_NOT_FOUND"));
    }

    @Test
    void terminatedInstitutionIsNotDesignated_D15() throws Exception {
        String key = create(newCode(), "TERMINATED");
        funds(key).andExpect(problem(403, "INSTITUTION_NOT_DESIGNATED"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown kind     | INVALID_REQUEST     | {"name":"某某大药房","kind":"CLINIC","regionCode":"410100","status":"ACTIVE"}
            unknown status   | INVALID_REQUEST     | {"name":"某某大药房","kind":"PHARMACY","regionCode":"410100","status":"CLOSED"}
            missing name     | INVALID_REQUEST     | {"kind":"PHARMACY","regionCode":"410100","status":"ACTIVE"}
            kind as a number | INVALID_REQUEST     | {"name":"某某大药房","kind":1,"regionCode":"410100","status":"ACTIVE"}
            unknown province | INVALID_REGION_CODE | {"name":"某某大药房","kind":"PHARMACY","regionCode":"990100","status":"ACTIVE"}
            missing region   | INVALID_REGION_CODE | {"name":"某某大药房","kind":"PHARMACY","status":"ACTIVE"}
            malformed JSON   | INVALID_REQUEST     | {"name":
            """)
    void malformedInstitutionIsRefusedAndNotCreated(String what, String code, String json) throws Exception {
        String institutionCode = newCode();
        putInstitution(institutionCode, json).andExpect(problem(400, code));
        assertThat(institutions.find(institutionCode)).isEmpty();
    }

    @Test
    void malformedInstitutionCodeIsRefused() throws Exception {
        for (String code : List.of("has space", "x".repeat(33), "a.b", "中文")) {
            putInstitution(code, institution("ACTIVE")).andExpect(problem(400, "INVALID_REQUEST"));
        }
    }
}
