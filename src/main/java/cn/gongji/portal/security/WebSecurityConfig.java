package cn.gongji.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import cn.gongji.portal.identity.PersonRepository;

/**
 * The browser's filter chain: Vaadin's configurer with form login at {@code /login}, session-based, CSRF-protected.
 * The API has its own stateless chain for {@code /api/**} at {@code @Order(1)}; this one comes after it and takes
 * every other request.
 */
@Configuration
@EnableWebSecurity
public class WebSecurityConfig {

    /** The route of the login view. Security names it as a path so that it need not depend on the UI. */
    public static final String LOGIN_ROUTE = "login";

    /** After every chain with its own security matcher (the API's is 1); this one has none and matches the rest. */
    static final int BROWSER_CHAIN_ORDER = 10;

    /**
     * The only way to check a portal password, published as a bean so that Spring Boot creates no default user and
     * any chain that uses the global authentication manager gets lockout too.
     */
    @Bean
    LockoutAuthenticationProvider portalAuthenticationProvider(PersonRepository persons, StaffAccountRepository staff,
                                                                LoginAttempts attempts, PasswordEncoder passwords,
                                                                StaffSessionAudit audit) {
        return new LockoutAuthenticationProvider(new PortalUserDetailsService(persons, staff), passwords, attempts,
                audit);
    }

    @Bean
    @Order(BROWSER_CHAIN_ORDER)
    SecurityFilterChain browserFilterChain(HttpSecurity http, LockoutAuthenticationProvider portalAuthentication,
                                           StaffSessionAudit audit) throws Exception {
        // One provider and no parent manager: a wrong password is checked, and counted, exactly once.
        http.authenticationManager(new ProviderManager(portalAuthentication));
        // The login page needs its styles before anyone has signed in.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/lumo/**").permitAll());
        // Staff sign-outs are audited; added before Vaadin's configurer, whose AuthenticationContext.logout() runs the
        // same handlers.
        http.logout(logout -> logout.addLogoutHandler(audit));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView("/" + LOGIN_ROUTE)
                // Vaadin denies unknown paths by default (a bare 403). A signed-in user should instead reach the
                // router, which shows the same "not found" view for missing routes and forbidden ones.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /** Tells Spring (and {@link StaffSessionAudit}) when the servlet container ends a session, e.g. when idle. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
