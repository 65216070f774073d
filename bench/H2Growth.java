// How large an H2 file gets under the settlement floor's kind of load, and how much of it SHUTDOWN COMPACT gives back.
// A throwaway-sized experiment kept beside the benchmark (docs/BENCHMARKS.md, "H2 file size"): run it by hand with
// the H2 jar of the portal on the class path.
//
//   java -cp h2-2.4.240.jar bench/H2Growth.java DIR TRANSACTIONS THREADS "URL SETTINGS" [more settings …]
//   e.g. java -cp ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar bench/H2Growth.java /tmp/h2g 100000 8 \
//            "WRITE_DELAY=0" "WRITE_DELAY=0;RETENTION_TIME=0"
//
// For each setting: a fresh database in DIR; THREADS threads do TRANSACTIONS transactions in all, each one conditional
// UPDATE of an account and two INSERTs (a ledger entry, a settlement with a time-ordered text key) and a COMMIT. Then
// it prints the file size while open, after close, after a reopen and close, and of a copy after SHUTDOWN COMPACT.

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

public class H2Growth {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long transactions = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        for (int s = 3; s < args.length; s++) {
            run(dir.resolve("run" + s), transactions, threads, args[s]);
        }
    }

    static void run(Path dir, long transactions, int threads, String settings) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        String url = "jdbc:h2:file:" + dir + "/db;" + settings;
        Path file = dir.resolve("db.mv.db");
        long closing;
        try (Connection keep = DriverManager.getConnection(url, "sa", "");
             Statement st = keep.createStatement()) {
            st.execute("""
                    CREATE TABLE account (person_id BIGINT PRIMARY KEY, balance DECIMAL(15,2) NOT NULL,
                                          reserved DECIMAL(15,2) NOT NULL DEFAULT 0)""");
            st.execute("""
                    CREATE TABLE ledger_entry (id BIGINT AUTO_INCREMENT PRIMARY KEY, occurred_at TIMESTAMP(6) NOT NULL,
                        kind VARCHAR(32) NOT NULL, account_id BIGINT, balance_delta DECIMAL(15,2) NOT NULL,
                        amount DECIMAL(15,2), settlement_id VARCHAR(40), actor VARCHAR(64) NOT NULL)""");
            st.execute("CREATE INDEX ix_ledger_account ON ledger_entry (account_id, occurred_at)");
            st.execute("""
                    CREATE TABLE settlement (id VARCHAR(40) PRIMARY KEY, patient_id BIGINT NOT NULL,
                        out_of_pocket DECIMAL(15,2) NOT NULL, created_at TIMESTAMP(6) NOT NULL)""");
            st.execute("CREATE INDEX ix_settlement_patient ON settlement (patient_id, created_at)");
            for (int t = 0; t < threads; t++) {
                st.execute("INSERT INTO account (person_id, balance) VALUES (" + t + ", 100000000)");
            }
            AtomicLong next = new AtomicLong();
            long t0 = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int account = t;
                workers.add(Thread.ofPlatform().start(() -> work(url, account, transactions, next)));
            }
            for (Thread w : workers) {
                w.join();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%-60s %,d tx in %.0f s (%.0f/s)%n", settings, transactions, seconds,
                    transactions / seconds);
            System.out.printf(Locale.ROOT, "  open, after the run:      %8.1f MB%n", mb(file));
            closing = System.nanoTime();
        }
        System.out.printf(Locale.ROOT, "  after close:              %8.1f MB (close took %.1f s)%n", mb(file),
                (System.nanoTime() - closing) / 1e9);
        Connection again = DriverManager.getConnection(url, "sa", "");
        closing = System.nanoTime();
        again.close();
        long reopened = Files.size(file);
        System.out.printf(Locale.ROOT, "  after reopen and close:   %8.1f MB (close took %.1f s)%n", mb(file),
                (System.nanoTime() - closing) / 1e9);
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(file, copy.resolve("db.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy + "/db", "sa", "");
             Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        long compact = Files.size(copy.resolve("db.mv.db"));
        System.out.printf(Locale.ROOT, "  copy after SHUTDOWN COMPACT: %5.1f MB   ratio %.2f%n", compact / 1e6,
                (double) reopened / compact);
    }

    static void work(String url, int account, long transactions, AtomicLong next) {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            PreparedStatement update = c.prepareStatement(
                    "UPDATE account SET balance = balance - ? WHERE person_id = ? AND balance - reserved >= ?");
            PreparedStatement ledger = c.prepareStatement("""
                    INSERT INTO ledger_entry (occurred_at, kind, account_id, balance_delta, amount, settlement_id, actor)
                    VALUES (?, 'OWN_ACCOUNT_SPENT', ?, ?, ?, ?, 'institution:BENCH')""");
            PreparedStatement settlement = c.prepareStatement(
                    "INSERT INTO settlement (id, patient_id, out_of_pocket, created_at) VALUES (?, ?, ?, ?)");
            BigDecimal amount = new BigDecimal("1.00");
            for (long n = next.getAndIncrement(); n < transactions; n = next.getAndIncrement()) {
                Timestamp now = Timestamp.from(Instant.now());
                String id = "%016x-%08d".formatted(System.currentTimeMillis(), n);
                update.setBigDecimal(1, amount);
                update.setLong(2, account);
                update.setBigDecimal(3, amount);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("no money");
                }
                ledger.setTimestamp(1, now);
                ledger.setLong(2, account);
                ledger.setBigDecimal(3, amount.negate());
                ledger.setBigDecimal(4, amount);
                ledger.setString(5, id);
                ledger.executeUpdate();
                settlement.setString(1, id);
                settlement.setLong(2, account);
                settlement.setBigDecimal(3, amount);
                settlement.setTimestamp(4, now);
                settlement.executeUpdate();
                c.commit();
            }
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    static double mb(Path file) throws Exception {
        return Files.size(file) / 1e6;
    }
}
