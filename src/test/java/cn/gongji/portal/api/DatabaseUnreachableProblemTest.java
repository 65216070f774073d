package cn.gongji.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A lost database connection — a Galera node killed under the portal, a node not yet synced, a pool that could
 * not get a connection — is a 503 TRY_AGAIN with Retry-After, never a 500: the client sends the request again with
 * its requestId and D19 answers it once (docs/scaling.md, deploy/failure-tests).
 */
class DatabaseUnreachableProblemTest {

    @Test
    void aBrokenOrMissingConnectionIsTryAgain() {
        assertTryAgain(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
        // Connector/J's CommunicationsException: SQLSTATE 08S01 ("Communications link failure"), seen at commit.
        assertTryAgain(new TransactionSystemException("Could not commit JDBC transaction",
                new SQLException("Communications link failure", "08S01")));
        assertTryAgain(new DataAccessResourceFailureException("connection reset",
                new SQLException("Connection is closed", "08003")));
        // Galera: a node outside the primary component refuses work until it has synced again.
        assertTryAgain(new UncategorizedSQLException("settle", "UPDATE quota …",
                new SQLException("WSREP has not yet prepared node for application use", "HY000", 1047)));
        assertTryAgain(new JpaSystemException(new RuntimeException(
                new SQLException("Communications link failure", "08S01"))));
        // Seen when a Galera node was killed under a settlement: the rollback failure replaces the first failure.
        assertTryAgain(new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))));
    }

    @Test
    void otherFailuresStayInternalErrors() {
        ApiProblems.Answer answer = ApiProblems.from(new IllegalStateException("a bug"));
        assertThat(answer.problem().status()).isEqualTo(500);
        answer = ApiProblems.from(new UncategorizedSQLException("x", "y", new SQLException("syntax", "42000", 1064)));
        assertThat(answer.problem().status()).isEqualTo(500);
    }

    private static void assertTryAgain(Throwable failure) {
        ApiProblems.Answer answer = ApiProblems.from(failure);
        assertThat(answer.problem().status()).as(failure.toString()).isEqualTo(503);
        assertThat(answer.problem().code()).isEqualTo(ApiProblems.TRY_AGAIN);
        assertThat(answer.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
    }
}
