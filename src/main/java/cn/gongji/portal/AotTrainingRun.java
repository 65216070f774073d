package cn.gongji.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The training run of the JVM's AOT cache (bin/build-aot-cache, docs/STARTUP.md): once the portal is ready it asks
 * itself for the sign-in page, so that what serves a first request (Tomcat, the security filters, Vaadin's servlet
 * and bootstrap page) is in the cache too, and then exits normally: the JDK writes the cache only on a normal exit,
 * not when the process is killed. Only with {@code portal.aot-training=true}; never in real use.
 */
@Component
@ConditionalOnProperty(name = "portal.aot-training", havingValue = "true")
class AotTrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(AotTrainingRun.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        String port = context.getEnvironment().getProperty("local.server.port");
        int status = 1;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build()) {
            HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(120)).build();
            for (int i = 0; i < 3; i++) {
                int code = http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode();
                log.info("AOT training run: GET /login answered {}", code);
                status = code == 200 ? 0 : 1;
            }
        } catch (Exception e) {
            log.error("AOT training run: GET /login failed", e);
        }
        int exitCode = status;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
