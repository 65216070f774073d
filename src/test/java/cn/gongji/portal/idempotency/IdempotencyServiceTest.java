package cn.gongji.portal.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestProfiles;

/** D19 on both databases: one answer per request id, stored with the action in one transaction. */
@ServiceTest
class IdempotencyServiceTest {

    @Autowired
    IdempotencyService idempotency;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** Own threads: the common pool may have a single worker, and the copy must run while the first waits. */
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static IdempotentRequest request(String requestId, String amount) {
        return IdempotentRequest.of("test", requestId, "op", amount);
    }

    private static String newId() {
        return "T-" + UUID.randomUUID();
    }

    private int stored(String requestId) {
        return jdbc.queryForObject("select count(*) from api_request where client = 'test' and request_id = ?",
                Integer.class, requestId);
    }

    @Test
    void firstRequestRunsAndRepeatGetsStoredAnswer_D19() {
        String id = newId();
        AtomicInteger runs = new AtomicInteger();

        IdempotentAnswer first = idempotency.execute(request(id, "1.00"),
                () -> Answer.created(Map.of("n", runs.incrementAndGet())));
        IdempotentAnswer repeat = idempotency.execute(request(id, "1.00"),
                () -> Answer.created(Map.of("n", runs.incrementAndGet())));

        assertThat(runs).hasValue(1);
        assertThat(first).isEqualTo(new IdempotentAnswer(201, "{\"n\":1}", false));
        assertThat(repeat).isEqualTo(new IdempotentAnswer(201, "{\"n\":1}", true));
        assertThat(repeat.toResponse().getStatusCode().value()).isEqualTo(200);
        assertThat(first.toResponse().getStatusCode().value()).isEqualTo(201);
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void differentBodyUnderUsedIdIsRefused_D19() {
        String id = newId();
        idempotency.execute(request(id, "1.00"), () -> Answer.created(Map.of()));

        assertThatThrownBy(() -> idempotency.execute(request(id, "2.00"), () -> Answer.created(Map.of())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.REQUEST_ID_REUSED));
    }

    @Test
    void sameIdOfAnotherClientIsAnotherRequest_D19() {
        String id = newId();
        idempotency.execute(IdempotentRequest.of("test", id, "op"), () -> Answer.created(Map.of("c", 1)));
        IdempotentAnswer other = idempotency.execute(IdempotentRequest.of("test-2", id, "op"),
                () -> Answer.created(Map.of("c", 2)));
        assertThat(other.replayed()).isFalse();
        assertThat(other.json()).isEqualTo("{\"c\":2}");
    }

    @Test
    void refusedActionStoresNothingSoTheRequestCanBeSentAgain_D19() {
        String id = newId();
        assertThatThrownBy(() -> idempotency.execute(request(id, "1.00"), () -> {
            throw new RefusedException(Refusal.PERSON_NOT_FOUND);
        })).isInstanceOf(RefusedException.class);
        assertThat(stored(id)).isZero();

        IdempotentAnswer retried = idempotency.execute(request(id, "1.00"), () -> Answer.created(Map.of("ok", true)));
        assertThat(retried.replayed()).isFalse();
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void actionAndAnswerCommitTogether_D19() {
        String id = newId();
        String marker = "idem-" + UUID.randomUUID();
        assertThatThrownBy(() -> idempotency.execute(request(id, "1.00"), () -> {
            // A write of the action (any table would do), then a failure after it: both must vanish.
            jdbc.update("insert into api_request (client, request_id, body_hash, response_status, response_body,"
                    + " created_at) values ('test', ?, ?, 200, '{}', CURRENT_TIMESTAMP)", marker, "0".repeat(64));
            throw new IllegalStateException("crash after the action");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(stored(marker)).isZero();
        assertThat(stored(id)).isZero();
    }

    @Test
    void refusesToJoinACallersTransaction() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> outer.executeWithoutResult(status ->
                idempotency.execute(request(newId(), "1.00"), () -> Answer.created(Map.of()))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void concurrentCopyWaitsForTheFirstAndGetsItsAnswer_D19() throws Exception {
        String id = newId();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<IdempotentAnswer> first = CompletableFuture.supplyAsync(() ->
                idempotency.execute(request(id, "1.00"), () -> {
                    runs.incrementAndGet();
                    firstClaimed.countDown();
                    awaitRelease(releaseFirst);
                    return Answer.created(Map.of("by", "first"));
                }), threads);
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<IdempotentAnswer> copy = CompletableFuture.supplyAsync(() ->
                idempotency.execute(request(id, "1.00"), () -> {
                    runs.incrementAndGet();
                    return Answer.created(Map.of("by", "copy"));
                }), threads);
        // The copy is now blocked on the first one's uncommitted claim, not running its action.
        await().atMost(Duration.ofSeconds(8)).until(() -> claimsWaitingForALock() > 0);
        assertThat(copy).isNotDone();
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(new IdempotentAnswer(201, "{\"by\":\"first\"}", false));
        assertThat(copy.get(10, TimeUnit.SECONDS)).isEqualTo(new IdempotentAnswer(201, "{\"by\":\"first\"}", true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void concurrentCopyRunsWhenTheFirstIsRefused_D19() throws Exception {
        String id = newId();
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<IdempotentAnswer> first = CompletableFuture.supplyAsync(() ->
                idempotency.execute(request(id, "1.00"), () -> {
                    firstClaimed.countDown();
                    awaitRelease(releaseFirst);
                    throw new RefusedException(Refusal.PERSON_NOT_FOUND);
                }), threads);
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<IdempotentAnswer> copy = CompletableFuture.supplyAsync(() ->
                idempotency.execute(request(id, "1.00"), () -> Answer.created(Map.of("by", "copy"))), threads);
        await().atMost(Duration.ofSeconds(8)).until(() -> claimsWaitingForALock() > 0);
        releaseFirst.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(RefusedException.class);
        assertThat(copy.get(10, TimeUnit.SECONDS)).isEqualTo(new IdempotentAnswer(201, "{\"by\":\"copy\"}", false));
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void canonicalFieldsAreLengthPrefixed() {
        assertThat(IdempotentRequest.canonical("op", "a|b", "c")).isNotEqualTo(IdempotentRequest.canonical("op", "a",
                "b|c"));
        assertThat(IdempotentRequest.canonical("op", (String) null)).isNotEqualTo(IdempotentRequest.canonical("op",
                "null"));
        assertThatThrownBy(() -> IdempotentRequest.of("test", "has space", "op"))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_REQUEST));
        assertThatThrownBy(() -> IdempotentRequest.of("test", "x".repeat(65), "op"))
                .isInstanceOf(RefusedException.class);
    }

    /**
     * Sessions stuck in the claim's insert, read from the database's own bookkeeping (no sleeping). H2 does not
     * name a blocker for a unique-key wait, but shows the waiting session still executing its insert.
     */
    private int claimsWaitingForALock() {
        String sql = TestProfiles.onMysql()
                ? "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'"
                : "select count(*) from information_schema.sessions"
                        + " where lower(executing_statement) like 'insert into api_request%'";
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
