package cn.gongji.portal.api;

import static cn.gongji.portal.api.ApiAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.support.TestProfiles;
import tools.jackson.databind.json.JsonMapper;

/** Problem+json for everything that can go wrong on /api/**, including what never reaches a controller. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestPeople.class, Books.class})
class ApiErrorsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    LedgerService ledger;
    @Autowired
    JsonMapper json;
    @Value("${portal.registry-token}")
    String registryToken;

    private String creditPath(Person person) {
        return "/api/v1/registry/persons/" + person.idNumber().value() + "/account-credits";
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() throws Exception {
        Person person = people.employee("410100", "0");
        mvc.perform(get(creditPath(person)).header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken))
                .andExpect(problem(405, "METHOD_NOT_ALLOWED"))
                .andExpect(header().string(HttpHeaders.ALLOW, "POST"));
        mvc.perform(delete("/api/v1/registry/persons/" + person.idNumber().value())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken))
                .andExpect(problem(405, "METHOD_NOT_ALLOWED"));
    }

    @Test
    void nonJsonBodyIs415Problem() throws Exception {
        Person person = people.employee("410100", "0");
        mvc.perform(post(creditPath(person)).header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                        .contentType(MediaType.TEXT_PLAIN).content("requestId=R-1&amount=1.00"))
                .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE"));
        mvc.perform(post(creditPath(person)).header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("requestId=R-1&amount=1.00"))
                .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE"));
        assertThat(ledger.balances(person.getId()).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void clientAcceptingOnlyHtmlStillGetsTheProblem() throws Exception {
        Person person = people.employee("410100", "0");
        mvc.perform(post(creditPath(person)).header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                        .accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requestId\":\"R-1\",\"amount\":\"-1\"}"))
                .andExpect(problem(400, "INVALID_AMOUNT"));
    }

    @Test
    void bodyOver64KbIs413ProblemAndChangesNothing() throws Exception {
        Person person = people.employee("410100", "0");
        // A valid credit padded with an unknown field to 70 KB: the size alone refuses it.
        String padded = "{\"requestId\":\"R-" + UUID.randomUUID() + "\",\"amount\":\"10.00\",\"padding\":\""
                + "x".repeat(70 * 1024) + "\"}";
        mvc.perform(post(creditPath(person)).header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                        .contentType(MediaType.APPLICATION_JSON).content(padded))
                .andExpect(problem(413, "PAYLOAD_TOO_LARGE"));
        assertThat(ledger.balances(person.getId()).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void bodyOfExactly64KbIsRead() throws Exception {
        Person person = people.employee("410100", "0");
        String start = "{\"requestId\":\"R-" + UUID.randomUUID() + "\",\"amount\":\"10.00\",\"padding\":\"";
        String body = start + "x".repeat((int) ApiBodySizeFilter.LIMIT - start.length() - 2) + "\"}";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize((int) ApiBodySizeFilter.LIMIT);
        mvc.perform(post(creditPath(person)).header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
    }

    @Test
    void bodyWithoutLengthIsCountedWhileRead() throws Exception {
        ApiBodySizeFilter filter = new ApiBodySizeFilter(new ApiProblemWriter(json));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/registry/x") {
            @Override
            public long getContentLengthLong() {
                return -1; // as for a chunked body
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(new byte[70 * 1024]);
        MockFilterChain reader = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
                    throws java.io.IOException {
                req.getInputStream().readAllBytes();
            }
        };
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), reader))
                .isInstanceOf(ApiBodyTooLargeException.class);
        assertThat(ApiProblems.from(new RuntimeException(new ApiBodyTooLargeException(1))).problem().status())
                .isEqualTo(413);
    }

    @Test
    void deeplyNestedJsonIsInvalidRequest() throws Exception {
        Person person = people.employee("410100", "0");
        String nested = "{\"requestId\":\"R-1\",\"amount\":\"1.00\",\"x\":" + "[".repeat(5000) + "]".repeat(5000)
                + "}";
        mvc.perform(post(creditPath(person)).header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                        .contentType(MediaType.APPLICATION_JSON).content(nested))
                .andExpect(problem(400, "INVALID_REQUEST"));
    }

    @Test
    void invalidJsonEncodingIsInvalidRequest() throws Exception {
        Person person = people.employee("410100", "0");
        byte[] broken = {'{', '"', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        mvc.perform(put("/api/v1/registry/persons/" + person.idNumber().value())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + registryToken)
                        .contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(problem(400, "INVALID_REQUEST"));
    }

    @ApiController
    static class FailingController {

        @GetMapping("/api/v1/failing")
        String fail() {
            throw new IllegalStateException("secret database detail");
        }
    }

    @Test
    void unexpectedFailureIs500ProblemSayingNothingAboutIt() throws Exception {
        MockMvc standalone = MockMvcBuilders.standaloneSetup(new FailingController())
                .setControllerAdvice(new ApiExceptionHandler())
                .build();
        standalone.perform(get("/api/v1/failing"))
                .andExpect(problem(500, "INTERNAL_ERROR"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
    }
}
