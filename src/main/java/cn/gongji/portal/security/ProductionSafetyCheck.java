package cn.gongji.portal.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses to start with development secrets outside development (issue 11). The development values (the registry
 * token {@value #DEV_REGISTRY_TOKEN}, the demo people with their published passwords and institution keys) live only
 * in {@code application-dev.properties}; any start without the {@code dev} profile must bring its own:
 * <ul>
 *   <li>{@code portal.registry-token} ({@code PORTAL_REGISTRY_TOKEN}) set, and not the development value;</li>
 *   <li>{@code portal.demo-data} not true (the demo staff's passwords are in the README);</li>
 *   <li>on the {@code mysql} profile, a database password ({@code PORTAL_DB_PASSWORD}) — unless
 *       {@code PORTAL_ALLOW_INSECURE_DB=true} ({@code portal.allow-insecure-db}) says that a password-less database
 *       account is meant, as on a CI machine or a developer's own MariaDB. This one holds on {@code dev} too: the
 *       profile says whose secrets are in use, not where the database is.</li>
 * </ul>
 * It runs as an {@link EnvironmentPostProcessor} (registered in {@code META-INF/spring.factories}), after the
 * configuration files and profiles are read and before any bean exists, so nothing is listening or connected yet
 * when it refuses. {@link UnsafeConfigurationFailureAnalyzer} prints the reason.
 */
public final class ProductionSafetyCheck implements EnvironmentPostProcessor, Ordered {

    public static final String DEV_PROFILE = "dev";
    public static final String MYSQL_PROFILE = "mysql";
    static final String DEV_REGISTRY_TOKEN = "dev-registry-token";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeConfigurationException(problems);
        }
    }

    /** After Spring Boot has read the configuration files and activated the profiles they name. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** What is unsafe about this environment; empty when it may start. */
    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        List<String> profiles = Arrays.asList(environment.getActiveProfiles());
        boolean dev = profiles.contains(DEV_PROFILE);
        if (!dev) {
            String token = environment.getProperty("portal.registry-token", "").strip();
            if (token.isEmpty()) {
                problems.add("No registry token: set PORTAL_REGISTRY_TOKEN (portal.registry-token) to a long random"
                        + " secret shared with the registry. (The development profile 'dev' has a built-in one.)");
            } else if (token.equals(DEV_REGISTRY_TOKEN)) {
                problems.add("The registry token is the published development value '" + DEV_REGISTRY_TOKEN
                        + "': set PORTAL_REGISTRY_TOKEN to a secret of your own, or start with the profile 'dev'.");
            }
            if (environment.getProperty("portal.demo-data", Boolean.class, false)) {
                problems.add("portal.demo-data=true loads the demo staff and institutions, whose passwords and keys"
                        + " are published in the README: only with the profile 'dev'.");
            }
        }
        if (profiles.contains(MYSQL_PROFILE)
                && environment.getProperty("spring.datasource.password", "").isEmpty()
                && !environment.getProperty("portal.allow-insecure-db", Boolean.class, false)) {
            problems.add("The database account '" + environment.getProperty("spring.datasource.username", "")
                    + "' has no password: set PORTAL_DB_USER and PORTAL_DB_PASSWORD, or PORTAL_ALLOW_INSECURE_DB=true"
                    + " if a password-less account is really meant (a CI or development database).");
        }
        return problems;
    }
}
