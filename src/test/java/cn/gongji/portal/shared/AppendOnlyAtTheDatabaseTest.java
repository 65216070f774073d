package cn.gongji.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.support.TestProfiles;

/**
 * Issue 11: the ledger (D25) and the audit of casework and supervision (D26, D7, D27) are append-only at the
 * database itself, not only in the portal's code: triggers refuse every UPDATE and DELETE of their rows, on H2 and on
 * MySQL/MariaDB; and on MySQL/MariaDB the documented grants leave the portal's own account without those rights.
 */
@ServiceTest
class AppendOnlyAtTheDatabaseTest {

    private static final List<String> APPEND_ONLY =
            List.of("ledger_entry", "case_access", "counter_action", "flag", "flag_resolution",
                    "staff_session_event");
    private static final Path GRANTS = Path.of("deploy/sql/app-account-grants.sql");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestPeople people;
    @Autowired
    PlatformTransactionManager transactions;
    @Value("${spring.datasource.url}")
    String url;

    @Test
    void noRowOfAnAppendOnlyTableCanBeChangedOrDeleted_D25_D26_D27() {
        Map<String, Long> rows = oneRowIn(APPEND_ONLY);
        for (Map.Entry<String, Long> row : rows.entrySet()) {
            String table = row.getKey();
            long id = row.getValue();
            assertThatThrownBy(() -> jdbc.update("update " + table + " set id = id where id = ?", id))
                    .as(table).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("delete from " + table + " where id = ?", id))
                    .as(table).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where id = ?", Integer.class, id))
                    .as(table).isEqualTo(1);
        }
    }

    @Test
    void tablesThatAreNotAuditMayStillBeChanged() {
        Person p = people.employee("110105", "0");
        Integer changed = new TransactionTemplate(transactions).execute(tx ->
                jdbc.update("update person set phone = ? where id = ?", "13800000000", p.getId()));
        assertThat(changed).isEqualTo(1);
    }

    @Test
    void theAppAccountOfTheDocumentedGrantsMayReadAndAddButNotChangeTheLedger() throws Exception {
        assumeTrue(TestProfiles.onMysql(), "grants are MySQL/MariaDB's");
        Map<String, Long> rows = oneRowIn(List.of("ledger_entry"));
        String password = UUID.randomUUID().toString();
        jdbc.execute("drop user if exists 'gongji_app'@'%'");
        jdbc.execute("create user 'gongji_app'@'%' identified by '" + password + "'");
        try {
            for (String grant : statementsOf(GRANTS)) {
                jdbc.execute(grant);
            }
            try (Connection app = DriverManager.getConnection(url, "gongji_app", password);
                 Statement s = app.createStatement()) {
                assertThat(s.executeQuery("select count(*) from ledger_entry").next()).isTrue();
                assertThat(s.executeUpdate("update person set phone = phone where id = -1")).isZero();
                // 1142: "UPDATE command denied to user" — refused by the grants, before any trigger runs.
                assertThatThrownBy(() -> s.executeUpdate("update ledger_entry set id = id where id = "
                        + rows.get("ledger_entry"))).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(1142));
                assertThatThrownBy(() -> s.executeUpdate("delete from case_access where id = -1"))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(1142));
            }
        } finally {
            jdbc.execute("drop user if exists 'gongji_app'@'%'");
        }
    }

    @Test
    void theDocumentedGrantsNameEveryTableOfTheSchema() throws IOException {
        assumeTrue(TestProfiles.onMysql(), "grants are MySQL/MariaDB's");
        Pattern grant = Pattern.compile("GRANT ([A-Z, ]+) ON (\\w+) TO");
        Map<String, String> granted = statementsOf(GRANTS).stream().map(grant::matcher).filter(Matcher::find)
                .collect(Collectors.toMap(m -> m.group(2), m -> m.group(1)));
        Set<String> tables = Set.copyOf(jdbc.queryForList("""
                select table_name from information_schema.tables where table_schema = database()
                  and table_type = 'BASE TABLE' and table_name not like 'flyway%'""", String.class));
        assertThat(granted.keySet()).containsExactlyInAnyOrderElementsOf(tables);
        for (String table : APPEND_ONLY) {
            assertThat(Arrays.asList(granted.get(table).split(",\\s*"))).as(table)
                    .containsExactlyInAnyOrder("SELECT", "INSERT");
        }
        assertThat(granted.values()).noneMatch(rights -> rights.contains("DELETE"));
    }

    private static List<String> statementsOf(Path file) throws IOException {
        String sql = Files.readAllLines(file).stream().filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** One fresh row in each table, committed (INSERT is allowed). */
    private Map<String, Long> oneRowIn(List<String> tables) {
        return new TransactionTemplate(transactions).execute(tx -> insertOneRowIn(tables));
    }

    private Map<String, Long> insertOneRowIn(List<String> tables) {
        Person p = people.employee("110105", "0");
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, String> inserts = Map.of(
                "ledger_entry", "insert into ledger_entry (occurred_at, kind, account_id, actor, channel)"
                        + " values (?, 'ACCOUNT_CREDITED', " + p.getId() + ", 'test', 'SYSTEM')",
                "case_access", "insert into case_access (accessed_at, agent, person_id, reason)"
                        + " values (?, 'agent-t', " + p.getId() + ", 'test')",
                "counter_action", "insert into counter_action (acted_at, agent, person_id, kind, channel, reason)"
                        + " values (?, 'agent-t', " + p.getId() + ", 'BIND', 'COUNTER', 'test')",
                "flag", "insert into flag (raised_at, flag_rule, person_id, facts)"
                        + " values (?, 'MANY_RECIPIENTS', " + p.getId() + ", 'test')",
                "staff_session_event", "insert into staff_session_event (happened_at, staff, event)"
                        + " values (?, 'agent-t', 'SIGN_IN')");
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        for (String table : tables) {
            if (table.equals("flag_resolution")) {
                continue;
            }
            jdbc.update(inserts.get(table), now);
            ids.put(table, jdbc.queryForObject("select max(id) from " + table, Long.class));
        }
        if (tables.contains("flag_resolution")) {
            jdbc.update("insert into flag_resolution (flag_id, resolved_at, resolved_by, note) values (?, ?, 's', 'n')",
                    ids.get("flag"), now);
            ids.put("flag_resolution", jdbc.queryForObject("select max(id) from flag_resolution", Long.class));
        }
        return ids;
    }
}
