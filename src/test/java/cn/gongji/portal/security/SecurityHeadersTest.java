package cn.gongji.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.gongji.portal.support.ServiceTest;

/** The browser chain's security headers (issue 11), through the real filter chain. */
@ServiceTest
class SecurityHeadersTest {

    /**
     * An answer of the browser chain that MockMvc can give: the form login's redirect after a failed attempt
     * (Vaadin's pages are forwarded to its servlet, which MockMvc does not have; BehindTlsProxyTest checks the
     * sign-in page itself through the real Tomcat).
     */
    static MockHttpServletRequestBuilder page() {
        return post("/login").with(csrf()).param("username", "nobody").param("password", "x")
                .with(request -> {
                    request.setRemoteAddr("10.99.0.1");
                    return request;
                });
    }

    @Autowired
    WebApplicationContext context;

    MockMvc browser;

    @BeforeEach
    void setUp() {
        browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyVaadinCanLiveWithAndAReferrerPolicy() throws Exception {
        String csp = browser.perform(page())
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Permissions-Policy"))
                .andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(csp).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "object-src 'none'", "frame-ancestors 'none'");
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        browser.perform(page()).andExpect(header().doesNotExist("Strict-Transport-Security"));

        browser.perform(page().secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }
}
