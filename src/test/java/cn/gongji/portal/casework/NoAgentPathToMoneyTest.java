package cn.gongji.portal.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.support.ServiceTest;

/**
 * D26 and the boundaries over HTTP. Even a request that carries a staff member's authentication (here put on
 * the request directly; a real browser session is not even read by the stateless API chain) is refused by the
 * settlement API, which only a designated institution may use — and no API exists that could change or delete an
 * access-log entry, a flag or a counter action.
 */
@ServiceTest
class NoAgentPathToMoneyTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    RequestMappingHandlerMapping mappings;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anAgentsSessionCannotSettleOrRefund_D16_D26() throws Exception {
        for (StaffRole role : StaffRole.values()) {
            PortalUser staff = PortalUser.staff("agent-http", "经办", role);
            http.perform(post("/api/v1/settlements").with(user(staff)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"requestId\":\"R-agent\",\"amount\":\"10.00\"}"))
                    .andExpect(status().isForbidden());
            http.perform(post("/api/v1/settlements/S-1/refunds").with(user(staff))
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void noApiCanChangeOrDeleteTheAccessLogFlagsOrCounterActions_D26_D27() throws Exception {
        assertThat(mappings.getHandlerMethods().keySet()).allSatisfy(info ->
                assertThat(info.toString()).doesNotContainIgnoringCase("case").doesNotContainIgnoringCase("access")
                        .doesNotContainIgnoringCase("flag").doesNotContainIgnoringCase("counter"));
        // Every route the portal really has, with a supervisor's authentication: nothing changes or deletes through it.
        PortalUser supervisor = PortalUser.staff("super-http", "稽核", StaffRole.SUPERVISOR);
        List<String> paths = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .map(pattern -> pattern.replaceAll("\\{[^}]+}", "1")).distinct().toList();
        assertThat(paths).isNotEmpty();
        for (String path : paths) {
            for (var request : List.of(delete(path), put(path), patch(path))) {
                int status = http.perform(request.with(user(supervisor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}")).andReturn().getResponse().getStatus();
                assertThat(status / 100).as(request + " " + path).isNotEqualTo(2);
            }
        }
    }
}
