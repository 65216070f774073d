package cn.gongji.portal.idempotency;

/**
 * What an idempotent action answers the first time: an HTTP status and a body that is written as JSON and kept
 * (at most 4000 characters of JSON, the size of {@code api_request.response_body}).
 */
public record Answer(int status, Object body) {

    public static Answer created(Object body) {
        return new Answer(201, body);
    }

    public static Answer ok(Object body) {
        return new Answer(200, body);
    }
}
