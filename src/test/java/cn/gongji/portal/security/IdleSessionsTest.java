package cn.gongji.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.spring.SpringServlet;

import cn.gongji.portal.support.TestProfiles;

/**
 * Idle sessions end (issue 11): the settings of application.properties reach the running Tomcat and Vaadin servlet.
 * The same context as {@link BehindTlsProxyTest} (same annotations), so no further start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:behind-tls-proxy;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles(resolver = TestProfiles.class)
class IdleSessionsTest {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    @Test
    void sessionsTimeOutAfterFifteenIdleMinutes() {
        assertThat(context.getServletContext().getSessionTimeout()).isEqualTo(15);
    }

    @Test
    void vaadinClosesIdleSessionsDespiteHeartbeatsWhichComeEveryMinute() throws Exception {
        // The servlet starts on its first request.
        try (HttpClient http = HttpClient.newHttpClient()) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        DeploymentConfiguration vaadin = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(SpringServlet.class::isInstance).map(SpringServlet.class::cast)
                .findFirst().orElseThrow()
                .getService().getDeploymentConfiguration();

        assertThat(vaadin.isCloseIdleSessions()).isTrue();
        assertThat(vaadin.getHeartbeatInterval()).isEqualTo(60);
    }
}
