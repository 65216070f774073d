package cn.gongji.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Development secrets only in the dev profile (issue 11): a start reads the real configuration files
 * (application.properties, application-dev.properties, application-mysql.properties) and the check registered in
 * META-INF/spring.factories, with an empty application so that only the configuration is under test.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSafetyTest {

    /** No beans: the configuration files and the environment post-processors are all that runs. */
    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }

    @Test
    void aPlainStartWithoutAProfileRefusesForWantOfARegistryToken(CapturedOutput output) {
        Throwable refused = catchThrowable(() -> start(new String[0]));

        assertThat(refused).isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("PORTAL_REGISTRY_TOKEN");
        assertThat(((UnsafeConfigurationException) refused).problems()).hasSize(1);
        // Printed as Spring Boot's failure analysis, not as a stack trace.
        assertThat(output).contains("APPLICATION FAILED TO START").contains("No registry token");
    }

    @Test
    void theDevelopmentTokenIsRefusedOutsideDev() {
        assertThat(catchThrowable(() -> start(new String[0], "portal.registry-token=dev-registry-token")))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("published development value");
    }

    @Test
    void theDemoCastIsRefusedOutsideDev() {
        assertThat(catchThrowable(() -> start(new String[0], "portal.registry-token=a-real-secret-0123456789",
                "portal.demo-data=true")))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("portal.demo-data=true");
    }

    @Test
    void withARealTokenItStartsWithoutDemoData() {
        try (var context = start(new String[0], "portal.registry-token=a-real-secret-0123456789")) {
            Environment environment = context.getEnvironment();
            assertThat(environment.getProperty("portal.demo-data", Boolean.class)).isFalse();
        }
    }

    @Test
    void theDevProfileHasTheDevelopmentTokenAndTheDemoCast() {
        try (var context = start(new String[] {"dev"})) {
            Environment environment = context.getEnvironment();
            assertThat(environment.getProperty("portal.registry-token")).isEqualTo("dev-registry-token");
            assertThat(environment.getProperty("portal.demo-data", Boolean.class)).isTrue();
        }
    }

    @Test
    void theMysqlProfileRefusesAnAccountWithoutPassword() {
        Throwable refused = catchThrowable(() -> start(new String[] {"mysql"},
                "portal.registry-token=a-real-secret-0123456789"));

        assertThat(refused).isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("'root' has no password").hasMessageContaining("PORTAL_ALLOW_INSECURE_DB");
    }

    @Test
    void theMysqlProfileRefusesItOnDevToo() {
        assertThat(catchThrowable(() -> start(new String[] {"dev", "mysql"})))
                .isInstanceOf(UnsafeConfigurationException.class).hasMessageContaining("has no password");
    }

    @Test
    void anAccountWithoutPasswordIsAcceptedWhenSaidSo() {
        // The variable as the README names it: application.properties reads it into portal.allow-insecure-db.
        try (var context = start(new String[] {"mysql"}, "portal.registry-token=a-real-secret-0123456789",
                "PORTAL_ALLOW_INSECURE_DB=true")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void theMysqlProfileWithAPasswordStarts() {
        try (var context = start(new String[] {"mysql"}, "portal.registry-token=a-real-secret-0123456789",
                "PORTAL_DB_USER=portal", "PORTAL_DB_PASSWORD=s3cret-of-the-deployer")) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.username")).isEqualTo("portal");
        }
    }

    private static ConfigurableApplicationContext start(String[] profiles, String... properties) {
        // As command-line arguments: they outrank the configuration files, as a deployer's settings do.
        String[] arguments = java.util.Arrays.stream(properties).map(property -> "--" + property)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Nothing.class).web(WebApplicationType.NONE).profiles(profiles)
                .run(arguments);
    }
}
