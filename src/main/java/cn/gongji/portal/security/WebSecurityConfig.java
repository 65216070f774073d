package cn.gongji.portal.security;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import cn.gongji.portal.identity.People;

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

    /**
     * The browser pages' Content Security Policy (issue 11). Vaadin's client engine evaluates the JavaScript the
     * server sends ({@code executeJs}, property bindings) and its web components set inline styles, so scripts need
     * {@code 'unsafe-inline' 'unsafe-eval'} and styles {@code 'unsafe-inline'} — as Vaadin's own documentation says.
     * Everything else is this origin only: no third-party scripts, no plug-ins, no framing by other sites, forms post
     * only here. {@code 'self'} in connect-src also covers the development tools' web socket on the same host.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** After every chain with its own security matcher (the API's is 1); this one has none and matches the rest. */
    static final int BROWSER_CHAIN_ORDER = 10;

    /**
     * The only way to check a portal password, published as a bean so that Spring Boot creates no default user and
     * any chain that uses the global authentication manager gets lockout too.
     */
    @Bean
    LockoutAuthenticationProvider portalAuthenticationProvider(People people, StaffAccountRepository staff,
                                                                LoginAttempts attempts, PasswordEncoder passwords,
                                                                StaffSessionAudit audit) {
        return new LockoutAuthenticationProvider(new PortalUserDetailsService(people, staff), passwords, attempts,
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
        // Security headers (issue 11). HSTS is sent only on a secure request, which behind a TLS proxy is one that
        // came with X-Forwarded-Proto: https (server.forward-headers-strategy=native); Tomcat then also marks the
        // session cookie Secure. X-Content-Type-Options and X-Frame-Options: DENY are Spring's defaults.
        // Written eagerly, before the request goes on: Vaadin's pages (/login, every route) are forwarded by Spring
        // MVC to Vaadin's servlet, and the container commits a forwarded response itself, so headers written "on
        // commit" would be lost. (Vaadin then sets X-Frame-Options: SAMEORIGIN on its bootstrap page; the CSP's
        // frame-ancestors 'none' is what browsers follow.)
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true))
                .permissionsPolicyHeader(permissions -> permissions.policy(
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
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
