package cn.gongji.portal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.gongji.portal.api.ApiProblemWriter;
import cn.gongji.portal.api.ApiProblems;
import cn.gongji.portal.registry.InstitutionService;

/**
 * Bearer tokens of the API: the registry's configured token (ROLE_REGISTRY) or an institution's key
 * (ROLE_INSTITUTION, principal {@link ApiInstitution}). A request without a token, or with one that is neither,
 * stays anonymous and is answered 401 by the chain's entry point. Nothing is kept between requests.
 *
 * <p>Not a Spring bean on purpose: Spring Boot would also register any Filter bean for every request.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    static final String REGISTRY_PRINCIPAL = "registry";
    private static final String BEARER = "Bearer ";

    private final byte[] registryTokenDigest;
    private final InstitutionService institutions;
    private final SecurityContextHolderStrategy contexts;
    private final ApiProblemWriter problems;

    /**
     * @param registryToken the configured token; blank means the registry cannot sign in
     * @param contexts      the strategy the rest of the chain reads (Vaadin installs its own as a bean)
     * @param problems      writes the answer when the key cannot be checked at all
     */
    ApiTokenFilter(String registryToken, InstitutionService institutions, SecurityContextHolderStrategy contexts,
                   ApiProblemWriter problems) {
        this.registryTokenDigest = registryToken == null || registryToken.isBlank() ? null : sha256(registryToken);
        this.institutions = institutions;
        this.contexts = contexts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Authentication authentication;
            try {
                authentication = authenticate(header.substring(BEARER.length()).strip());
            } catch (RuntimeException e) {
                // The institution's key is looked up in the database (past the key cache): if that fails, e.g.
                // because the database node went away, the answer is problem+json (503 TRY_AGAIN when the database
                // was out of reach) - not the container's error page, which the browser chain would turn into a
                // redirect to the login page.
                problems.write(response, ApiProblems.from(e));
                return;
            }
            if (authentication != null) {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(authentication);
                contexts.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    private Authentication authenticate(String token) {
        if (token.isEmpty()) {
            return null;
        }
        // Digests of equal length compared in constant time: neither the content nor the length of the
        // configured token leaks through the time a wrong guess takes.
        if (registryTokenDigest != null && MessageDigest.isEqual(registryTokenDigest, sha256(token))) {
            return UsernamePasswordAuthenticationToken.authenticated(REGISTRY_PRINCIPAL, null,
                    List.of(new SimpleGrantedAuthority("ROLE_REGISTRY")));
        }
        return institutions.authenticate(token)
                .map(institution -> UsernamePasswordAuthenticationToken.authenticated(
                        ApiInstitution.of(institution), null, List.of(new SimpleGrantedAuthority("ROLE_INSTITUTION"))))
                .orElse(null);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
