package cn.gongji.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import cn.gongji.portal.api.ApiProblemWriter;
import cn.gongji.portal.api.ApiProblems;
import cn.gongji.portal.registry.InstitutionService;
import cn.gongji.portal.shared.Refusal;

/**
 * The security chain of the machine API, {@code /api/**}, ahead of the browser portal's chain. Stateless: a
 * bearer token on every request, no session, no CSRF token (no browser cookie is ever accepted here, so there
 * is nothing to forge), never a redirect to the login page — every refusal is problem+json.
 *
 * <ul>
 * <li>{@code /api/v1/registry/**}: the registry's token only.</li>
 * <li>{@code /api/v1/patients/**}, {@code /api/v1/settlements/**}: an institution key, and the institution must
 * be ACTIVE — otherwise 403 INSTITUTION_NOT_DESIGNATED (D15), decided here, before any controller.</li>
 * <li>The API description ({@code /api/v1/openapi…}) is public; any other API path needs some valid token.</li>
 * </ul>
 */
@Configuration
class ApiSecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfig.class);
    private static final String CHALLENGE = "Bearer realm=\"gongji-api\"";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, InstitutionService institutions,
                                       ApiProblemWriter problems,
                                       ObjectProvider<SecurityContextHolderStrategy> strategies,
                                       @Value("${portal.registry-token:}") String registryToken) throws Exception {
        // The same strategy HttpSecurity gives the chain's own filters: the context's bean (Vaadin declares one)
        // or else the global one.
        SecurityContextHolderStrategy contexts =
                strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        if (registryToken.isBlank()) {
            log.warn("portal.registry-token is not set: the registry API refuses every request");
        }
        http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new ApiTokenFilter(registryToken, institutions, contexts, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/openapi", "/api/v1/openapi.*", "/api/v1/openapi/**").permitAll()
                        .requestMatchers("/api/v1/registry/**").hasRole("REGISTRY")
                        .requestMatchers("/api/v1/patients/**", "/api/v1/settlements/**")
                        .access(designatedInstitution())
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * Requests the firewall refuses before any chain runs (a ';' or an encoded '/' in the URL, …): problem+json
     * on {@code /api/**}; everywhere else Spring Security's default, a plain 400. The only such handler in the
     * portal — Spring Security takes one bean of this type for all chains.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ApiProblemWriter problems) {
        RequestRejectedHandler browser = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(response, ApiProblems.of(Refusal.INVALID_REQUEST,
                        "The request URL has characters the portal does not accept (such as ';' or an encoded '/')."));
            } else {
                browser.handle(request, response, rejected);
            }
        };
    }

    /** A denial that says why: the caller is an institution, but not a designated one (D15). */
    private static final class NotDesignated extends AuthorizationDecision {

        NotDesignated() {
            super(false);
        }
    }

    private static AuthorizationManager<RequestAuthorizationContext> designatedInstitution() {
        return (authentication, context) -> {
            if (authentication.get().getPrincipal() instanceof ApiInstitution institution) {
                return institution.isDesignated() ? new AuthorizationDecision(true) : new NotDesignated();
            }
            return new AuthorizationDecision(false);
        };
    }

    private static AuthenticationEntryPoint unauthorized(ApiProblemWriter problems) {
        return (request, response, failure) -> {
            boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    tokenSent ? CHALLENGE + ", error=\"invalid_token\"" : CHALLENGE);
            problems.write(response, ApiProblems.unauthorized(tokenSent
                    ? "The bearer token is not valid."
                    : "Send the registry token or your institution's API key as 'Authorization: Bearer <token>'."));
        };
    }

    private static AccessDeniedHandler forbidden(ApiProblemWriter problems) {
        return (request, response, denied) -> {
            if (denied instanceof AuthorizationDeniedException decision
                    && decision.getAuthorizationResult() instanceof NotDesignated) {
                problems.write(response, ApiProblems.of(Refusal.INSTITUTION_NOT_DESIGNATED, null));
            } else {
                problems.write(response, ApiProblems.forbidden("This token may not use this part of the API."));
            }
        };
    }
}
