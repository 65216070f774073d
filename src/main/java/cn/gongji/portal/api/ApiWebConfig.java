package cn.gongji.portal.api;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * The parts of "problem+json for all of /api/**" that no controller advice can reach:
 * <ul>
 * <li>the body size filter, first in line so that nothing (not even form parsing) reads a body past 64 KB;</li>
 * <li>a catch-all handler for {@code /api/**}: without it an unknown API path would be forwarded to Vaadin
 * (which maps {@code /**}) and answered with an HTML page;</li>
 * <li>an exception resolver for API requests that failed before any API controller took them — no matching
 * method (405), media type (415, 406), the catch-all's 404 — which Spring would otherwise send to the HTML error
 * page through {@code sendError}.</li>
 * </ul>
 */
@Configuration
class ApiWebConfig {

    static final String API_PREFIX = "/api/";

    @Bean
    FilterRegistrationBean<ApiBodySizeFilter> apiBodySizeFilter(ApiProblemWriter problems) {
        FilterRegistrationBean<ApiBodySizeFilter> registration =
                new FilterRegistrationBean<>(new ApiBodySizeFilter(problems));
        registration.addUrlPatterns("/api/*");
        // Right after the character-encoding filter, before Spring's form-content filter and the security chain.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Consulted after the annotated controllers (order 0) and before everything else (Vaadin's forwarding
     * mapping and static resources come last): any {@code /api/**} path no controller maps is a 404 problem.
     */
    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping(ApiProblemWriter problems) {
        HttpRequestHandler notFound = (request, response) -> problems.write(response, ApiProblems.notFound());
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 1);
    }

    @Bean
    HandlerExceptionResolver apiFallbackExceptionResolver(ApiProblemWriter problems) {
        return new FallbackResolver(problems);
    }

    /** Runs before Spring MVC's own resolvers (order 0); leaves API controllers to {@link ApiExceptionHandler}. */
    static final class FallbackResolver implements HandlerExceptionResolver, Ordered {

        private final ApiProblemWriter problems;

        FallbackResolver(ApiProblemWriter problems) {
            this.problems = problems;
        }

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                             Exception failure) {
            if (!isApi(request) || isApiController(handler) || response.isCommitted()) {
                return null;
            }
            try {
                problems.write(response, ApiProblems.from(failure));
            } catch (IOException e) {
                return null;
            }
            return new ModelAndView();
        }

        private static boolean isApi(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
        }

        private static boolean isApiController(Object handler) {
            return handler instanceof HandlerMethod method
                    && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ApiController.class);
        }

        @Override
        public int getOrder() {
            return -1;
        }
    }
}
