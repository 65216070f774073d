package cn.gongji.portal.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The one mapping from a failure to the API's problem+json answer (P4: one mapping for each). Used by the
 * controller advice, by the fallback for requests no API controller took, and by the filters.
 *
 * <p>Bad input of any kind is a 4xx with a stable code; only a failure the portal did not expect is a 500, and
 * its answer says nothing about the failure (the stack trace goes to the log).
 */
public final class ApiProblems {

    /** A problem together with the headers that belong to it (Allow on 405, Retry-After on 503, …). */
    public record Answer(ApiProblem problem, HttpHeaders headers) {
    }

    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String TRY_AGAIN = "TRY_AGAIN";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private ApiProblems() {
    }

    /** The answer to a refusal: its HTTP status and code, its detail where the refusing code gave one. */
    public static ApiProblem of(Refusal refusal, String detail) {
        boolean hasOwnDetail = detail != null && !detail.isBlank() && !detail.equals(refusal.name());
        return ApiProblem.of(refusal.httpStatus(), refusal.name(), title(refusal),
                hasOwnDetail ? detail : defaultDetail(refusal));
    }

    public static ApiProblem unauthorized(String detail) {
        return ApiProblem.of(401, UNAUTHORIZED, "Unauthorized", detail);
    }

    public static ApiProblem forbidden(String detail) {
        return ApiProblem.of(403, FORBIDDEN, "Forbidden", detail);
    }

    public static ApiProblem notFound() {
        return ApiProblem.of(404, NOT_FOUND, "Not found", "There is no API resource at this path.");
    }

    public static ApiProblem payloadTooLarge(long limit) {
        return ApiProblem.of(413, PAYLOAD_TOO_LARGE, "Request body too large",
                "A request body may have at most " + limit + " bytes.");
    }

    /** The answer to any failure while handling an API request. Unexpected failures are logged here. */
    public static Answer from(Throwable failure) {
        HttpHeaders headers = new HttpHeaders();
        RefusedException refused = causeOf(failure, RefusedException.class);
        if (refused != null) {
            // Also when a JSON field deserializer refused a value (e.g. an amount sent as a number).
            if (refused.refusal() == Refusal.TRY_AGAIN) {
                headers.set(HttpHeaders.RETRY_AFTER, "1");
            }
            return new Answer(of(refused.refusal(), refused.getMessage()), headers);
        }
        if (causeOf(failure, ApiBodyTooLargeException.class) != null) {
            return new Answer(payloadTooLarge(ApiBodySizeFilter.LIMIT), headers);
        }
        if (failure instanceof HttpMessageNotReadableException unreadable) {
            return new Answer(of(Refusal.INVALID_REQUEST, unreadableDetail(unreadable)), headers);
        }
        if (failure instanceof TypeMismatchException || failure instanceof ServletRequestBindingException
                || failure instanceof HandlerMethodValidationException) {
            return new Answer(of(Refusal.INVALID_REQUEST, "A parameter of the request is missing or not valid."),
                    headers);
        }
        if (failure instanceof ConcurrencyFailureException) {
            // A lock wait ran out (another request held the same account or request id for too long): nothing was
            // changed, and the same request can simply be sent again.
            log.warn("API request gave up waiting for a lock: {}", failure.toString());
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            return new Answer(ApiProblem.of(503, TRY_AGAIN, "Busy, try again",
                    "The portal is busy with a request for the same data. Nothing was changed; send the same request "
                            + "again."), headers);
        }
        if (isDatabaseUnreachable(failure)) {
            // The connection to the database broke or none could be had (a cluster node went away, a Galera node
            // not yet synced): whether the work was committed is not known here, but D19 makes the same request
            // safe to send again, and the next attempt gets a connection to a node that works.
            log.warn("API request lost its database connection: {}", failure.toString());
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            return new Answer(ApiProblem.of(503, TRY_AGAIN, "Busy, try again",
                    "The portal lost its connection to the database while answering. Send the same request again "
                            + "with the same requestId: it is then answered as if it were the first (D19), and is "
                            + "never carried out twice."), headers);
        }
        if (failure instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            headers.addAll(framework.getHeaders());
            return new Answer(forStatus(framework.getStatusCode().value()), headers);
        }
        log.error("Unexpected failure answering an API request", failure);
        return new Answer(ApiProblem.of(500, INTERNAL_ERROR, "Internal error",
                "The portal could not answer this request. The failure has been logged; please try again later."),
                headers);
    }

    /**
     * Whether a failure means the database could not be reached, rather than that it refused the work: a
     * connection that broke or could not be had (SQLSTATE class 08, Connector/J's CommunicationsException, a pool
     * that timed out waiting for a connection) or a Galera node that is not part of the primary component
     * ("WSREP has not yet prepared node for application use", error 1047, SQLSTATE 08S01).
     */
    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            // Connector/J's CommunicationsException is an SQLException with SQLSTATE 08S01.
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1047
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
                return true;
            }
            // A transaction whose connection broke cannot even be rolled back, and that failure replaces the first
            // one: Hibernate's "Unable to rollback against JDBC Connection", caused by the pool's "Connection is
            // closed". Nothing was committed (a commit that failed is never followed by a rollback that works).
            if (t instanceof org.hibernate.TransactionException
                    || (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static ApiProblem forStatus(int status) {
        return switch (status) {
            case 404 -> notFound();
            case 405 -> ApiProblem.of(405, METHOD_NOT_ALLOWED, "Method not allowed",
                    "This path does not accept this HTTP method; the Allow header lists those it does.");
            case 406 -> ApiProblem.of(406, NOT_ACCEPTABLE, "Not acceptable",
                    "The API answers with application/json only.");
            case 413 -> payloadTooLarge(ApiBodySizeFilter.LIMIT);
            case 415 -> ApiProblem.of(415, UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send the request body as application/json.");
            default -> of(Refusal.INVALID_REQUEST, null);
        };
    }

    private static String unreadableDetail(HttpMessageNotReadableException unreadable) {
        DatabindException binding = causeOf(unreadable, DatabindException.class);
        if (binding != null && !binding.getPath().isEmpty()) {
            return "The field '" + path(binding) + "' is missing a value of the right type or has one that is not "
                    + "allowed.";
        }
        if (causeOf(unreadable, JacksonException.class) != null) {
            return "The request body is not valid JSON.";
        }
        return "The request body is missing or cannot be read; send a JSON object.";
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Short plain-English titles; a code added later without one gets its name in words. */
    static String title(Refusal refusal) {
        return switch (refusal) {
            case INVALID_REQUEST -> "Invalid request";
            case INVALID_ID_NUMBER -> "Invalid ID number";
            case INVALID_AMOUNT -> "Invalid amount";
            case INVALID_REGION_CODE -> "Invalid region code";
            case PERSON_NOT_FOUND -> "Person not found";
            case REQUEST_ID_REUSED -> "Request id already used";
            case NOT_EMPLOYEE_INSURED -> "Not employee-insured";
            case IMPERSONATION -> "Card holder is not the patient";
            case INSTITUTION_NOT_DESIGNATED -> "Institution not designated";
            case TRY_AGAIN -> "Busy, try again";
            default -> {
                String words = refusal.name().replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }

    private static String defaultDetail(Refusal refusal) {
        return switch (refusal) {
            case INVALID_REQUEST -> "The request is not valid; check its fields against the API description.";
            case INVALID_ID_NUMBER -> "An ID number has 18 characters: 17 digits and a check character (0-9 or X), "
                    + "with a valid birth date in characters 7 to 14.";
            case INVALID_AMOUNT -> "An amount is a JSON string of digits with at most two decimals, such as \"150.00\","
                    + " more than 0.00 where money moves, and at most 1000000.00.";
            case INVALID_REGION_CODE -> "A region code has six digits and starts with the code of a known province.";
            case PERSON_NOT_FOUND -> "No insured person has this ID number.";
            case REQUEST_ID_REUSED -> "This request id was already used for a different request. Send a new request "
                    + "with a new request id.";
            case NOT_EMPLOYEE_INSURED -> "This person is not insured under employee medical insurance and has no "
                    + "personal account.";
            case IMPERSONATION -> "A bill is settled with the patient's own card or code only.";
            case INSTITUTION_NOT_DESIGNATED -> "This institution's agreement is suspended or has ended, so it cannot "
                    + "look up patients or settle bills.";
            case TRY_AGAIN -> "Other requests were changing the same accounts at the same moment and nothing was "
                    + "changed by this one. Send it again with the same requestId: it is then answered as if it were "
                    + "the first (D19).";
            default -> title(refusal) + ".";
        };
    }
}
