package cn.gongji.portal.security;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

import cn.gongji.portal.registry.InstitutionService;
import cn.gongji.portal.support.TestProfiles;

/**
 * An institution's key is checked in the database before any controller runs. When that database is out of reach (a
 * Galera node killed under the portal, deploy/failure-tests), the answer is 503 TRY_AGAIN problem+json, not the
 * container's error page (which the browser chain answered with a redirect to /login).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class ApiKeyLookupFailureTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    InstitutionService institutions;

    @Test
    void aKeyThatCannotBeCheckedIsTryAgain() throws Exception {
        given(institutions.authenticate(anyString())).willThrow(new CannotCreateTransactionException(
                "Could not open JPA EntityManager", new SQLTransientConnectionException("Connection is not available")));
        mvc.perform(post("/api/v1/settlements").header("Authorization", "Bearer some-institution-key")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.code").value("TRY_AGAIN"));
    }
}
