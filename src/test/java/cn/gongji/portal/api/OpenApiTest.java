package cn.gongji.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.support.TestProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API description is served without a token, and carries the contract's paths and examples (api.md). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestPeople.class, Books.class})
class OpenApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void theDescriptionIsPublicAndHasTheInstitutionContractWithItsExamples() throws Exception {
        String text = mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        JsonNode doc = json.readTree(text);

        JsonNode paths = doc.get("paths");
        assertThat(paths.has("/api/v1/settlements")).isTrue();
        assertThat(paths.has("/api/v1/settlements/{settlementId}/refunds")).isTrue();
        assertThat(paths.has("/api/v1/patients/{idNumber}/funds")).isTrue();
        assertThat(paths.has("/api/v1/registry/persons/{idNumber}")).isTrue();
        JsonNode settle = paths.get("/api/v1/settlements").get("post");
        assertThat(settle.at("/requestBody/content/application~1json/examples/pharmacy/value/requestId").asString())
                .isEqualTo("HIS-000123");
        assertThat(settle.at("/responses/201/content/application~1json/example/shared/0/mode").asString())
                .isEqualTo("WALLET");
        assertThat(settle.at("/responses/default/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.at("/components/schemas/Problem/properties").has("code")).isTrue();
        assertThat(doc.at("/components/schemas/SettlementRequest/properties/detail/type").toString())
                .contains("object");
        assertThat(doc.at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(settle.get("description").asString()).contains("INSTITUTION_NOT_DESIGNATED", "REQUEST_ID_REUSED");
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        JsonNode putPerson = paths.get("/api/v1/registry/persons/{idNumber}").get("put");
        assertThat(putPerson.at("/requestBody/content/application~1json/example/name").asString())
                .isEqualTo("张建国");
        assertThat(putPerson.at("/tags/0").asString()).isEqualTo("Registry → portal");
        // Nothing of the browser portal is described.
        assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void theDescriptionIsAlsoServedAsYaml() throws Exception {
        String yaml = mvc.perform(get("/api/v1/openapi.yaml"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(yaml).contains("openapi:", "/api/v1/settlements:");
    }
}
