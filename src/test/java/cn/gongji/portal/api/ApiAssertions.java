package cn.gongji.portal.api;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** Checks shared by the API tests: every error is problem+json with all five members and the expected code. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    public static ResultMatcher problem(int httpStatus, String code) {
        ResultMatcher[] all = {
                status().is(httpStatus),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(httpStatus),
                jsonPath("$.code").value(code),
                jsonPath("$.type").value("urn:gongji:problem:" + code),
                jsonPath("$.title").isNotEmpty(),
                jsonPath("$.detail").isNotEmpty(),
                // Nothing of the portal's insides ever reaches a client.
                content().string(Matchers.not(Matchers.containsString("Exception"))),
                content().string(Matchers.not(Matchers.containsString("at cn.gongji")))};
        return result -> {
            for (ResultMatcher matcher : all) {
                matcher.match(result);
            }
        };
    }
}
