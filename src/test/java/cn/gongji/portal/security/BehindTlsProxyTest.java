package cn.gongji.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.gongji.portal.support.TestProfiles;

/**
 * Behind a TLS-terminating proxy (issue 11), through the real Tomcat: a request the proxy forwarded from https gets a
 * Secure session cookie and Strict-Transport-Security (server.forward-headers-strategy=native); a plain http one gets
 * neither. The proxy here is the test itself, on 127.0.0.1, an internal address Tomcat trusts by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:behind-tls-proxy;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles(resolver = TestProfiles.class)
class BehindTlsProxyTest {

    @LocalServerPort
    int port;

    @Test
    void aRequestForwardedFromHttpsGetsASecureCookieAndHsts() throws Exception {
        HttpResponse<Void> response = login(true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("; Secure").contains("; HttpOnly").contains("SameSite=Lax"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        // The sign-in page is Vaadin's bootstrap page, which Spring MVC forwards to Vaadin's servlet: the headers
        // must be written before that (HeaderWriterFilter writes them eagerly), or the forward loses them.
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("'unsafe-eval'");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void aPlainHttpRequestGetsNeither() throws Exception {
        HttpResponse<Void> response = login(false);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").doesNotContain("Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<Void> login(boolean forwardedFromHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (forwardedFromHttps) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }
    }
}
