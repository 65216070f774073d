package cn.gongji.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: a graceful stop leaves the embedded H2 file as small as its data (D20a's WRITE_DELAY=0 makes it grow). */
class EmbeddedDatabaseCompactionTest {

    @TempDir
    Path dir;

    @Test
    void stop_rewrites_the_grown_file_with_the_live_data_only() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("portal") + ";WRITE_DELAY=0";
        JdbcDataSource dataSource = dataSource(url);
        Path file = dir.resolve("portal.mv.db");
        long grown;
        // One connection stays open as a pool's would, so H2 does not close (and compact) the database by itself.
        try (Connection pooled = dataSource.getConnection()) {
            pooled.setAutoCommit(false);
            try (Statement s = pooled.createStatement()) {
                s.execute("CREATE TABLE quota (id INT PRIMARY KEY, used DECIMAL(12,2))");
                s.execute("INSERT INTO quota VALUES (1, 0)");
            }
            pooled.commit();
            try (PreparedStatement spend = pooled.prepareStatement("UPDATE quota SET used = used + 1.00 WHERE id = 1")) {
                for (int i = 0; i < 3000; i++) {
                    spend.executeUpdate();
                    pooled.commit();   // with WRITE_DELAY=0, a new chunk at the end of the file
                }
            }
            grown = Files.size(file);

            new EmbeddedDatabaseCompaction(dataSource, url).stop();
        }

        assertThat(Files.size(file)).as("file after the stop, against %d bytes while open", grown)
                .isLessThan(grown / 4);
        try (Connection reopened = dataSource.getConnection(); Statement s = reopened.createStatement();
             ResultSet rs = s.executeQuery("SELECT used FROM quota WHERE id = 1")) {
            rs.next();
            assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("3000.00");
        }
    }

    @Test
    void any_other_database_is_left_open() throws Exception {
        String url = "jdbc:h2:mem:not-a-file;DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = dataSource(url);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT)");
        }

        new EmbeddedDatabaseCompaction(dataSource, url).stop();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM kept")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }
}
