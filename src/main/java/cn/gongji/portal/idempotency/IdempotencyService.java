package cn.gongji.portal.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.ledger.ConflictRetry;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a client's request at most once per request id (D19) — the registry's account credits and institutions'
 * refunds. (A settlement is its own idempotency record: see {@code SettlementService}.)
 *
 * <p>How two copies of one request that arrive at the same moment are kept from both running: the first thing
 * the request's transaction does is insert its {@code api_request} row (the claim). The unique key
 * {@code (client, request_id)} makes a second insert of the same key <em>wait</em> for the first transaction —
 * H2 and InnoDB both do this — and then either fail as a duplicate (the first committed: read its answer in a
 * new transaction and return it) or succeed (the first rolled back: nothing happened, so run now). The action
 * and the answer are written in the claim's transaction, so a request either happened with its answer stored or
 * did not happen at all, whatever crashes in between.
 *
 * <p>A repeat is found the same way: its claim fails as a duplicate, and the stored answer is read. A new request
 * (by far the most common) so costs one transaction and no look-up before its claim.
 *
 * <p>Because it needs to roll back and start again, this service owns the transaction: call it outside any
 * transaction; the action joins the one started here (services with {@code @Transactional} do).
 *
 * <p>An action that throws (a refusal, say) is rolled back and nothing is stored: the request changed nothing,
 * so sending it again is safe and is judged afresh. An action that must keep a refusal together with its side
 * effects returns it as an {@link Answer} with a 4xx status instead of throwing.
 */
@Service
public class IdempotencyService {

    /** api_request.response_body is VARCHAR(4000). */
    static final int MAX_ANSWER_LENGTH = 4000;
    /** A duplicate costs one more round; a lock-wait failure (deadlock between waiters on MySQL) one more too. */
    private static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyService.class);

    private final ApiRequestRepository requests;
    private final TransactionTemplate reading;
    private final ConflictRetry writing;
    private final JsonMapper json;
    private final Clock clock;

    IdempotencyService(ApiRequestRepository requests, PlatformTransactionManager transactions, ConflictRetry writing,
                       JsonMapper json, Clock clock) {
        this.requests = requests;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = writing;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The stored answer if this request id was answered before; else runs {@code action} and stores its answer,
     * in one transaction.
     *
     * @throws RefusedException REQUEST_ID_REUSED if the id was used for a different request
     */
    public IdempotentAnswer execute(IdempotentRequest request, Supplier<Answer> action) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("IdempotencyService owns its transaction; call it outside one");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                // A write conflict in the action (a deadlock, a Galera certification failure) is retried there.
                return writing.inTransaction(round -> firstAnswer(request, action));
            } catch (ClaimTaken taken) {
                log.debug("Request {} of {} was claimed before or by a concurrent copy; reading its answer",
                        request.requestId(), request.client());
                Optional<IdempotentAnswer> earlier = reading.execute(status -> earlierAnswer(request));
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                // The claim's holder rolled back (or a lock wait failed): nothing of it happened; try again.
                if (attempt >= MAX_ATTEMPTS) {
                    throw taken.cause;
                }
            }
        }
    }

    private Optional<IdempotentAnswer> earlierAnswer(IdempotentRequest request) {
        return requests.findByClientAndRequestId(request.client(), request.requestId()).map(row -> {
            if (!row.getBodyHash().equals(request.bodyHash())) {
                throw new RefusedException(Refusal.REQUEST_ID_REUSED,
                        "The request id " + request.requestId() + " was already used for a different request. "
                                + "Send a new request with a new request id.");
            }
            return new IdempotentAnswer(row.getResponseStatus(), row.getResponseBody(), true);
        });
    }

    private IdempotentAnswer firstAnswer(IdempotentRequest request, Supplier<Answer> action) {
        ApiRequest claim = claim(request);
        Answer answer = action.get();
        String body = json.writeValueAsString(answer.body());
        if (body.length() > MAX_ANSWER_LENGTH) {
            // A programming error, not the client's: answers are small by design. Rolls the action back.
            throw new IllegalStateException("Answer of " + body.length() + " characters cannot be stored");
        }
        claim.answer(answer.status(), body);
        return new IdempotentAnswer(answer.status(), body, false);
    }

    /** Inserts the claim now (not at commit), so a concurrent copy waits here, before any action runs. */
    private ApiRequest claim(IdempotentRequest request) {
        try {
            return requests.saveAndFlush(new ApiRequest(request, Instant.now(clock)));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            throw new ClaimTaken(e);
        }
    }

    /** The claim's insert failed because a copy of the request holds or held the key; rolls this attempt back. */
    private static final class ClaimTaken extends RuntimeException {

        private final RuntimeException cause;

        ClaimTaken(RuntimeException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
