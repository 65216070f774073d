package cn.gongji.portal.shared;

/**
 * Every reason the portal refuses something, each with one stable code (P4) and the HTTP status the API
 * answers with. The UI shows the translated text under {@code refusal.<CODE>}; the API sends the code in
 * problem+json. One mapping for each, here.
 */
public enum Refusal {
    // malformed input (400)
    INVALID_REQUEST(400),
    INVALID_ID_NUMBER(400),
    INVALID_AMOUNT(400),
    INVALID_REGION_CODE(400),
    INVALID_END_DATE(400),
    // casework and supervision (D26, D27): staff must say why
    REASON_REQUIRED(400),
    CASE_QUERY_REQUIRED(400),
    NOTE_REQUIRED(400),
    // unknown things (404)
    PERSON_NOT_FOUND(404),
    RELATION_NOT_FOUND(404),
    SETTLEMENT_NOT_FOUND(404),
    FLAG_NOT_FOUND(404),
    // idempotency (409)
    REQUEST_ID_REUSED(409),
    // rules (422)
    SAME_PERSON(422),
    SHARER_NOT_EMPLOYEE_INSURED(422),
    SHARER_INSURANCE_ENDED(422),
    RECIPIENT_NOT_INSURED(422),
    RECIPIENT_INSURANCE_ENDED(422),
    KINSHIP_NOT_ELIGIBLE(422),
    KINSHIP_OUTSIDE_REGION_SCOPE(422),
    ALREADY_BOUND(422),
    WALLET_NOT_OPENED(422),
    RECIPIENT_WALLET_NOT_OPENED(422),
    WALLET_ALREADY_OPEN(422),
    RECIPIENT_CANNOT_INITIATE(422),
    COMMITMENT_NOT_ACCEPTED(422),
    RELATION_NOT_LIVE(422),
    RELATION_NOT_PENDING(422),
    NOT_THE_SHARER(422),
    QUOTA_ONLY_ACROSS_PROVINCES(422),
    QUOTA_EXCEEDS_AVAILABLE(422),
    REVOKE_EXCEEDS_UNUSED(422),
    INSUFFICIENT_SHARED_FUNDS(422),
    NOT_EMPLOYEE_INSURED(422),
    PATIENT_NOT_INSURED(422),
    IMPERSONATION(422),
    REFUND_EXCEEDS_PAID(422),
    FLAG_ALREADY_RESOLVED(422),
    // a citizen's own password (issue 11)
    PASSWORD_CURRENT_WRONG(422),
    PASSWORD_TOO_WEAK(422),
    PASSWORD_NOT_CONFIRMED(422),
    PASSWORD_UNCHANGED(422),
    CASE_NOT_OPENED(403),
    // issue 11's maker–checker: a counter grant above the limit needs a second staff member's co-signature
    CO_SIGN_REQUIRED(422),
    CO_SIGN_INVALID(403),
    INSTITUTION_NOT_DESIGNATED(403),
    // issue 12, the call-centre channel (D7): a telephone action needs a passed identity check on this call; a
    // verbal commitment is confirmed while pending and before it expires
    PHONE_IDENTITY_NOT_CHECKED(403),
    VERBAL_COMMITMENT_PENDING(422),
    VERBAL_COMMITMENT_NOT_PENDING(422),
    VERBAL_COMMITMENT_EXPIRED(422),
    // write conflicts that stayed after the portal's own retries (ConflictRetry): nothing changed, send it again
    TRY_AGAIN(503);

    private final int httpStatus;

    Refusal(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The key of the translated, user-facing explanation. */
    public String messageKey() {
        return "refusal." + name();
    }

    /**
     * The key of the short, plain-language "what you can do" shown beside the explanation (issue 12), e.g. "ask your
     * employer or the service hall". Every code has one, in every language (RefusalHelpTest).
     */
    public String helpKey() {
        return "refusal." + name() + ".help";
    }
}
