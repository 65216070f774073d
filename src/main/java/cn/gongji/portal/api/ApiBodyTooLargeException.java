package cn.gongji.portal.api;

import java.io.IOException;

/**
 * Thrown by the request stream once a body has passed the limit. An {@link IOException}, so it travels through
 * the JSON reader like any read failure; {@link ApiProblems} finds it among the causes and answers 413.
 */
class ApiBodyTooLargeException extends IOException {

    ApiBodyTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
    }
}
