package cn.gongji.portal.idempotency;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer to an idempotent request, as it is sent: the status, the JSON body, and whether it is the stored
 * answer of an earlier copy of the request.
 */
public record IdempotentAnswer(int status, String json, boolean replayed) {

    /** Set on a repeated request's answer, so a client can tell a replay from a first answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /**
     * The HTTP response. A repeat gets the first answer's body with 200 (api.md: "returns the first answer with
     * 200"), since nothing was created this time; a stored answer that was not a success keeps its status.
     */
    public ResponseEntity<String> toResponse() {
        int sent = replayed && status >= 200 && status < 300 ? 200 : status;
        ResponseEntity.BodyBuilder response = ResponseEntity.status(sent).contentType(MediaType.APPLICATION_JSON);
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.body(json);
    }
}
