package cn.gongji.portal.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file small (issue 9). With {@code WRITE_DELAY=0} (D20a) H2 appends a chunk at every commit and
 * never compacts while the database is open, so the file grows by tens of kilobytes per settlement; H2's own
 * compaction on close is bounded in time and leaves several times the live data behind. When the portal stops
 * gracefully, after the web server has stopped taking requests, this closes the database with {@code SHUTDOWN
 * COMPACT}, which rewrites the file with the live data only: the file a restart opens is as small as the data.
 *
 * <p>Only for a file URL of H2 ({@code jdbc:h2:file:}); in-memory test databases and MySQL-compatible servers are left
 * alone. A kill -9 skips it and loses nothing: the next graceful stop compacts.
 */
@Component
public class EmbeddedDatabaseCompaction implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseCompaction.class);

    private final DataSource dataSource;
    private final boolean embeddedFile;
    private volatile boolean running;

    public EmbeddedDatabaseCompaction(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.dataSource = dataSource;
        this.embeddedFile = url.startsWith("jdbc:h2:file:");
    }

    @Override
    public void start() {
        running = true;
    }

    /** Compacts and closes the embedded database; nothing for any other database. */
    @Override
    public void stop() {
        running = false;
        if (!embeddedFile) {
            return;
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            log.info("Embedded database compacted and closed in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            // H2 compacts for up to MAX_COMPACT_TIME when its last connection closes; the data is safe either way.
            log.warn("Embedded database not compacted on stop: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops last: after the web server, the schedulers and anything else that may still write. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
