package cn.gongji.portal.ledger;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.support.ServiceTest;

/** Write conflicts are retried in fresh transactions, a bounded number of times, then refused as TRY_AGAIN. */
@ServiceTest
class ConflictRetryTest {

    @Autowired
    ConflictRetry retry;
    @Value("${portal.conflict-retry.attempts:6}")
    int attempts;

    @Test
    void aConflictIsRunAgainInANewTransactionUntilItSucceeds() {
        List<Integer> seen = new ArrayList<>();
        String result = retry.inTransaction(attempt -> {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
            seen.add(attempt);
            if (attempt == 1) {
                throw new ConflictRetry.StalePlan("the money moved");
            }
            if (attempt == 2) {
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(seen).containsExactly(1, 2, 3);
    }

    @Test
    void conflictsThatOutlastTheRetriesAreRefusedAsTryAgain() {
        List<Integer> seen = new ArrayList<>();
        assertRefused(Refusal.TRY_AGAIN, () -> retry.inTransaction(attempt -> {
            seen.add(attempt);
            throw new CannotAcquireLockException("Lock wait timeout exceeded; try restarting transaction");
        }));
        assertThat(seen).hasSize(attempts);
        // The API's answer: 503 problem+json with code TRY_AGAIN, and when to send it again.
        var answer = cn.gongji.portal.api.ApiProblems.from(new RefusedException(Refusal.TRY_AGAIN));
        assertThat(answer.problem().status()).isEqualTo(503);
        assertThat(answer.problem().code()).isEqualTo("TRY_AGAIN");
        assertThat(answer.headers().getFirst("Retry-After")).isEqualTo("1");
    }

    @Test
    void otherFailuresAreNotRetried() {
        List<Integer> seen = new ArrayList<>();
        assertRefused(Refusal.PERSON_NOT_FOUND, () -> retry.inTransaction(attempt -> {
            seen.add(attempt);
            throw new RefusedException(Refusal.PERSON_NOT_FOUND);
        }));
        assertThat(seen).containsExactly(1);
        assertThat(ConflictRetry.isConflict(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(ConflictRetry.isConflict(new RuntimeException(new java.sql.SQLException(
                "WSREP detected deadlock/conflict and aborted the transaction", "40001", 1213)))).isTrue();
    }
}
