package cn.gongji.portal.idempotency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One client's request id and the first answer to it (D19). The row is inserted before the request's action runs
 * and gets its answer in the same transaction; the unique key (client, request_id) makes a second copy of the
 * request wait until the first has committed or rolled back.
 */
@Entity
@Table(name = "api_request")
class ApiRequest {

    /** What the claim holds until the answer is known; no other transaction ever sees it (it is uncommitted). */
    private static final int NO_ANSWER_YET = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String client;

    @Column(name = "request_id", nullable = false, updatable = false, length = 64)
    private String requestId;

    @Column(name = "body_hash", nullable = false, updatable = false, length = 64)
    private String bodyHash;

    @Column(name = "response_status", nullable = false)
    private int responseStatus;

    @Column(name = "response_body", nullable = false, length = 4000)
    private String responseBody;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ApiRequest() {
    }

    ApiRequest(IdempotentRequest request, Instant now) {
        this.client = request.client();
        this.requestId = request.requestId();
        this.bodyHash = request.bodyHash();
        this.responseStatus = NO_ANSWER_YET;
        this.responseBody = "";
        this.createdAt = now;
    }

    void answer(int status, String body) {
        this.responseStatus = status;
        this.responseBody = body;
    }

    String getBodyHash() {
        return bodyHash;
    }

    int getResponseStatus() {
        return responseStatus;
    }

    String getResponseBody() {
        return responseBody;
    }
}
