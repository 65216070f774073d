package cn.gongji.portal.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure in an {@link ApiController} becomes problem+json: refusals with their own status and code, bad
 * input 400, anything unexpected 500 without a word about it. Browser-side controllers are not affected.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiProblem> handle(Exception failure) {
        ApiProblems.Answer answer = ApiProblems.from(failure);
        // The content type is set here, so content negotiation cannot turn an error into a second error (e.g. a
        // client that only accepts text/html still gets the problem).
        return ResponseEntity.status(answer.problem().status())
                .headers(answer.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(answer.problem());
    }
}
