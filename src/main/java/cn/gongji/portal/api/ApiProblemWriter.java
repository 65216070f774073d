package cn.gongji.portal.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer straight to the servlet response, for the places that answer before or outside
 * Spring MVC: the security chain (401, 403), the body size filter (413) and the fallback for requests no API
 * controller took (404, 405, 415). The same mapper writes the same shape as the controller advice.
 */
@Component
public class ApiProblemWriter {

    private final JsonMapper json;

    ApiProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        write(response, new ApiProblems.Answer(problem, HttpHeaders.EMPTY));
    }

    public void write(HttpServletResponse response, ApiProblems.Answer answer) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(answer.problem().status());
        answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(answer.problem()));
        response.flushBuffer();
    }
}
