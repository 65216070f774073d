package cn.gongji.portal.ledger;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * Runs a unit of money work in a transaction of its own and runs it again when the database refused it for a
 * write conflict — a deadlock or lock-wait timeout (H2, InnoDB), a Galera certification failure (reported as a
 * deadlock at commit), a TiDB write conflict (SQLSTATE 40001) — or when the work found that its plan had gone stale
 * ({@link StalePlan}). Every attempt is rolled back completely before the next, so an attempt that failed changed
 * nothing, and the next one decides afresh on what is committed then.
 *
 * <p>Called inside a transaction that someone else owns, the work joins it and runs once.
 *
 * <p>After {@code portal.conflict-retry.attempts} attempts the caller gets {@link Refusal#TRY_AGAIN} (the API's 503):
 * nothing happened, and the client may send the same request again — with the same request id it is then answered
 * as D19 says.
 */
@Component
public class ConflictRetry {

    /** MySQL/MariaDB: deadlock (also Galera's certification failure), lock wait timeout; H2: lock timeout, deadlock,
     *  concurrent update. */
    private static final Set<Integer> CONFLICT_CODES = Set.of(1213, 1205, 50200, 40001, 90131);

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    private final TransactionTemplate tx;
    private final int attempts;

    ConflictRetry(PlatformTransactionManager transactions,
                  @Value("${portal.conflict-retry.attempts:6}") int attempts) {
        this.tx = new TransactionTemplate(transactions);
        this.attempts = attempts;
    }

    /**
     * Runs {@code work} in a new transaction, again after each conflict, at most the configured number of times.
     * The work gets the attempt's number (1 for the first), so that it can take row locks up front on a later
     * attempt instead of planning on what it read.
     *
     * @throws RefusedException TRY_AGAIN when every attempt met a conflict
     */
    public <T> T inTransaction(IntFunction<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Part of a larger unit of work (an agent's counter action with its audit record): it joins that
            // transaction, once; a conflict fails the whole unit, which its owner may run again.
            return work.apply(1);
        }
        for (int attempt = 1; ; attempt++) {
            int current = attempt;
            try {
                return tx.execute(status -> work.apply(current));
            } catch (RuntimeException e) {
                if (!isConflict(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    log.warn("Gave up after {} attempts, each met a write conflict: {}", attempt, e.toString());
                    throw new RefusedException(Refusal.TRY_AGAIN);
                }
                log.debug("Write conflict on attempt {}, trying again: {}", attempt, e.toString());
                backOff(attempt);
            }
        }
    }

    /** Whether a failure is a write conflict: nothing of the attempt was kept, and the same work may succeed now. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StalePlan || t instanceof ConcurrencyFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && (CONFLICT_CODES.contains(sql.getErrorCode())
                    || "40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A short random pause that grows with the attempts, so that the transactions that met do not meet again. */
    private static void backOff(int attempt) {
        long maxMicros = 500L << Math.min(attempt, 6);
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(ThreadLocalRandom.current().nextLong(maxMicros)));
    }

    /**
     * Thrown by work that planned on rows it read without a lock and found, when it changed them, that another
     * transaction had changed them first (a conditional UPDATE matched no row). The attempt is rolled back and the
     * work runs again.
     */
    public static final class StalePlan extends RuntimeException {

        public StalePlan(String what) {
            super(what, null, false, false);
        }
    }
}
