// The settlement benchmark's client: a single-file program for the JDK's source launcher (java Bench.java …),
// kept out of the portal's jar. bench/run.sh drives it; see docs/BENCHMARKS.md.
//
//   java Bench.java setup  --url URL --clients N --out FILE     registry API: an institution, N employees (own),
//                                                               9 employee sharers and 16 resident recipients
//   java -cp LIB/* Bench.java grant --jdbc URL --user U --password P --setup FILE
//                                                               plain SQL, as the portal writes it: relations, wallets
//                                                               and quotas for the quota scenarios (see grant())
//   java -cp LIB/* Bench.java http  --url URL --setup FILE --scenario S --warmup S --duration S [--ops N]
//                                                               N clients settle over HTTP
//   java -cp LIB/* Bench.java floor --jdbc URL --user U --password P --setup FILE --scenario S --warmup S --duration S
//                                                               the bare floor of the scenario over JDBC
//   java -cp LIB/* Bench.java compact --jdbc URL --user U --password P
//                                                               H2 only: counts settlements, then SHUTDOWN COMPACT
//
// Scenarios: own (each client settles 1.00 for its own employee patient from his own account), spread (8 resident
// recipients, each with a 1,000,000.00 quota of a different employee sharer; client i settles for recipient i % 8),
// onesharer (the same 8 recipients' shape, all 8 quotas granted by one sharer).
//
// http and floor print one result line "RESULT mode=… scenario=… clients=… ops=… all=… seconds=… perSecond=… p50ms=…
// p99ms=… errors=…" (ops: measured; all: including the warm-up).
// The HTTP client is a minimal HTTP/1.1 keep-alive client over a socket: on 2 shared cores the load generator's own
// CPU counts, and java.net.http costs several times more per request than the portal's answer is worth measuring.

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Bench {

    static final String REGISTRY_TOKEN = System.getenv().getOrDefault("PORTAL_REGISTRY_TOKEN", "dev-registry-token");
    /** Patients and recipients: Zhengzhou, Henan. */
    static final String REGION = "410102";
    /** Sharers: Beijing, another province, so that their relations are WALLET relations with quotas (D10a). */
    static final String SHARER_REGION = "110105";
    static final String BALANCE = "1000000.00";
    static final String BILL = "1.00";
    /** The quota each recipient of the quota scenarios holds. */
    static final String QUOTA = "1000000.00";
    /** Recipients per quota scenario; client i settles for recipient i % RECIPIENTS. */
    static final int RECIPIENTS = 8;
    static final List<String> SCENARIOS = List.of("own", "spread", "onesharer");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        switch (args[0]) {
            case "setup" -> setup(opt);
            case "grant" -> grant(opt);
            case "http" -> http(opt, false);
            case "ceiling" -> http(opt, true);
            case "floor" -> floor(opt);
            case "compact" -> compact(opt);
            default -> throw new IllegalArgumentException("mode: setup | grant | http | ceiling | floor | compact");
        }
    }

    // ---------------------------------------------------------------- setup through the registry API

    /**
     * Through the registry API: an institution; one employee (1,000,000.00 in his account) per client for the own
     * scenario; for the quota scenarios 8 employee sharers (one per recipient of spread) and one more (onesharer), in
     * Beijing, each with enough money for his grants; and 2 × 8 resident-insured recipients in Henan, who have no
     * account of their own. Relations and quotas have no API: {@link #grant} makes them in SQL.
     */
    static void setup(Map<String, String> opt) throws Exception {
        URI url = URI.create(opt.get("url"));
        int clients = Integer.parseInt(opt.get("clients"));
        Properties out = new Properties();
        try (Http1 http = new Http1(url)) {
            String code = "BENCH-HO-" + System.currentTimeMillis();
            Http1.Response created = http.send("PUT", "/api/v1/registry/institutions/" + code, REGISTRY_TOKEN, """
                    {"name":"压测医院","kind":"HOSPITAL","regionCode":"410100","status":"ACTIVE"}""");
            expect(created, 201);
            Matcher key = Pattern.compile("\"apiKey\":\"([^\"]+)\"").matcher(created.body());
            if (!key.find()) {
                throw new IllegalStateException("No apiKey in " + created.body());
            }
            out.setProperty("institution", code);
            out.setProperty("apiKey", key.group(1));
            for (int i = 0; i < clients; i++) {
                String id = idNumber(REGION, 1980, i);
                person(http, id, "压测职工", "EMPLOYEE", REGION, BALANCE);
                out.setProperty("own.patient." + i, id);
            }
            // Born in 1980 (sharers) and 1950 (recipients): a recipient is the sharer's parent, 30 years older, which
            // supervision's age check (D27) accepts.
            BigDecimal quota = new BigDecimal(QUOTA);
            for (int k = 0; k < RECIPIENTS; k++) {
                String sharer = idNumber(SHARER_REGION, 1980, k);
                person(http, sharer, "压测共济人", "EMPLOYEE", SHARER_REGION, quota.add(new BigDecimal(BALANCE)).toPlainString());
                out.setProperty("spread.sharer." + k, sharer);
                String recipient = idNumber(REGION, 1950, k);
                person(http, recipient, "压测被共济人", "RESIDENT", REGION, null);
                out.setProperty("spread.recipient." + k, recipient);
            }
            String one = idNumber(SHARER_REGION, 1980, RECIPIENTS);
            person(http, one, "压测共济人", "EMPLOYEE", SHARER_REGION,
                    quota.multiply(BigDecimal.valueOf(RECIPIENTS)).add(new BigDecimal(BALANCE)).toPlainString());
            for (int k = 0; k < RECIPIENTS; k++) {
                out.setProperty("onesharer.sharer." + k, one);
                String recipient = idNumber(REGION, 1950, RECIPIENTS + k);
                person(http, recipient, "压测被共济人", "RESIDENT", REGION, null);
                out.setProperty("onesharer.recipient." + k, recipient);
            }
        }
        out.setProperty("clients", String.valueOf(clients));
        store(out, Path.of(opt.get("out")));
        System.out.println("setup: institution " + out.getProperty("institution") + ", " + clients
                + " employees, " + (RECIPIENTS + 1) + " sharers and " + 2 * RECIPIENTS
                + " recipients created through the registry API");
    }

    /**
     * One enrolment through the registry API and, if {@code balance} is not null, credits to his account that add up
     * to it (the registry takes at most 1,000,000.00 per credit).
     */
    static void person(Http1 http, String id, String name, String scheme, String region, String balance)
            throws IOException {
        expect(http.send("PUT", "/api/v1/registry/persons/" + id, REGISTRY_TOKEN, """
                {"name":"%s","phone":"13800000000","scheme":"%s","status":"ACTIVE","regionCode":"%s"}""".formatted(
                name, scheme, region)), 201);
        BigDecimal left = balance == null ? BigDecimal.ZERO : new BigDecimal(balance);
        BigDecimal most = new BigDecimal("1000000.00");
        for (int n = 0; left.signum() > 0; n++) {
            BigDecimal credit = left.min(most);
            // The first credit keeps the request id the benchmark always used.
            String requestId = "BENCH-CREDIT-" + id + (n == 0 ? "" : "-" + n);
            expect(http.send("POST", "/api/v1/registry/persons/" + id + "/account-credits", REGISTRY_TOKEN, """
                    {"requestId":"%s","amount":"%s"}""".formatted(requestId, credit.toPlainString())), 201);
            left = left.subtract(credit);
        }
    }

    /**
     * A valid ID number (D1): the region, born on 1 January of {@code year} plus i / 900 days, sequence 100 + i % 900,
     * check character computed (GB 11643).
     */
    static String idNumber(String region, int year, int i) {
        var birth = java.time.LocalDate.of(year, 1, 1).plusDays(i / 900);
        String first17 = region + "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + "%03d".formatted(100 + i % 900);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * weights[k];
        }
        return first17 + check[sum % 11];
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return p;
    }

    static void store(Properties p, Path file) throws IOException {
        try (var w = Files.newBufferedWriter(file)) {
            p.store(w, "bench setup");
        }
    }

    // ---------------------------------------------------------------- relations and quotas in plain SQL

    /**
     * Relations and quotas for the quota scenarios. Citizens make them in the browser and there is no API for them, so
     * this writes in SQL what the portal writes when a sharer opens his wallet, his recipient opens hers, the sharer
     * binds her as his parent (FamilyService.bind: the relation, LIVE at once, the signed commitment letter, the ledger
     * entry and her notification) and grants her a quota of 1,000,000.00 (WalletService.grantQuota: the quota, the
     * QUOTA_GRANTED entry, the account change and her notification). Supervision's flags (D27) are not written: the
     * portal raises them after the fact and they block nothing. For H2 run it with the portal stopped. Appends the
     * database ids the floor needs to the setup file.
     */
    static void grant(Map<String, String> opt) throws Exception {
        Path file = Path.of(opt.get("setup"));
        Properties setup = load(file);
        int clients = Integer.parseInt(setup.getProperty("clients"));
        BigDecimal amount = new BigDecimal(QUOTA);
        String letterHash = letterHash();
        try (Connection c = DriverManager.getConnection(opt.get("jdbc"), opt.getOrDefault("user", ""),
                opt.getOrDefault("password", ""))) {
            c.setAutoCommit(false);
            for (int i = 0; i < clients; i++) {
                setup.setProperty("own.account." + i, String.valueOf(personId(c, setup.getProperty("own.patient." + i))));
            }
            for (String scenario : List.of("spread", "onesharer")) {
                for (int k = 0; k < RECIPIENTS; k++) {
                    long sharer = personId(c, setup.getProperty(scenario + ".sharer." + k));
                    long recipient = personId(c, setup.getProperty(scenario + ".recipient." + k));
                    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                    openWallet(c, sharer, now);
                    openWallet(c, recipient, now);
                    long relation = insert(c, """
                            INSERT INTO relation (sharer_id, recipient_id, kinship, mode, status, initiated_by,
                                                  requested_at, confirmed_at, open_pair)
                            VALUES (?, ?, 'PARENT', 'WALLET', 'LIVE', 'SHARER', ?, ?, ?)""",
                            sharer, recipient, now, now, sharer + ":" + recipient);
                    insert(c, """
                            INSERT INTO commitment (relation_id, signed_by, signed_at, letter_version, text_hash, channel)
                            VALUES (?, ?, ?, ?, ?, 'ONLINE')""", relation, sharer, now, LETTER_VERSION, letterHash);
                    ledger(c, now, "RELATION_BOUND", null, BigDecimal.ZERO, null, sharer, recipient, relation, null,
                            sharer);
                    notification(c, recipient, now, "RELATION_BOUND", sharer, relation, null);
                    long quota = insert(c, """
                            INSERT INTO quota (relation_id, sharer_id, recipient_id, amount, used, returned, granted_at)
                            VALUES (?, ?, ?, ?, 0, 0, ?)""", relation, sharer, recipient, amount, now);
                    reserveForQuota(c, sharer, amount);
                    ledger(c, now, "QUOTA_GRANTED", sharer, amount, amount, sharer, recipient, relation, quota, sharer);
                    notification(c, recipient, now, "QUOTA_GRANTED", sharer, relation, amount);
                    setup.setProperty(scenario + ".quota." + k, String.valueOf(quota));
                    setup.setProperty(scenario + ".sharerId." + k, String.valueOf(sharer));
                    setup.setProperty(scenario + ".recipientId." + k, String.valueOf(recipient));
                    setup.setProperty(scenario + ".relation." + k, String.valueOf(relation));
                }
            }
            c.commit();
        }
        store(setup, file);
        System.out.println("grant: " + 2 * RECIPIENTS + " live WALLET relations with a quota of " + QUOTA
                + " each, written in SQL");
    }

    static final String LETTER_VERSION = "2026-1";

    /** SHA-256 of the Chinese commitment letter, as CommitmentLetter stores it with each signature. */
    static String letterHash() throws Exception {
        Path letter = Path.of("src/main/resources/commitment/letter-" + LETTER_VERSION + "_zh_CN.txt");
        String text = Files.readString(letter, StandardCharsets.UTF_8).strip();
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The sharer's account when he grants a quota, on either account schema: before V6 the amount moves into
     * {@code reserved} (balance unchanged); from V6 on, {@code account.available} replaces balance and reserved and
     * the amount leaves {@code available} (the reserve then lives in the quota row). Refuses, as the portal does, a
     * grant larger than what is available.
     */
    static void reserveForQuota(Connection c, long sharerId, BigDecimal amount) throws Exception {
        String sql = hasAvailableColumn(c)
                ? "UPDATE account SET available = available - ? WHERE person_id = ? AND available >= ?"
                : "UPDATE account SET reserved = reserved + ? WHERE person_id = ? AND balance - reserved >= ?";
        try (PreparedStatement update = c.prepareStatement(sql)) {
            update.setBigDecimal(1, amount);
            update.setLong(2, sharerId);
            update.setBigDecimal(3, amount);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("sharer " + sharerId + " has not " + amount + " available");
            }
        }
    }

    /** Whether table account has column available (migration V6). H2 reports names in upper case, MariaDB as written. */
    static boolean hasAvailableColumn(Connection c) throws Exception {
        String schema = c.getSchema() != null ? c.getSchema() : c.getCatalog();
        try (PreparedStatement q = c.prepareStatement("""
                SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS
                WHERE UPPER(TABLE_SCHEMA) = UPPER(?) AND UPPER(TABLE_NAME) = 'ACCOUNT' AND UPPER(COLUMN_NAME) = 'AVAILABLE'""")) {
            q.setString(1, schema);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    static long personId(Connection c, String idNumber) throws Exception {
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM person WHERE id_number = ?")) {
            q.setString(1, idNumber);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No person " + idNumber + "; run setup first");
                }
                return rs.getLong(1);
            }
        }
    }

    /** WalletService.openWallet: the opening time on the person and a WALLET_OPENED entry in his own history. */
    static void openWallet(Connection c, long personId, LocalDateTime now) throws Exception {
        try (PreparedStatement u = c.prepareStatement(
                "UPDATE person SET wallet_opened_at = ?, updated_at = ? WHERE id = ? AND wallet_opened_at IS NULL")) {
            u.setObject(1, now);
            u.setObject(2, now);
            u.setLong(3, personId);
            if (u.executeUpdate() == 1) {
                ledger(c, now, "WALLET_OPENED", null, BigDecimal.ZERO, null, personId, null, null, null, personId);
            }
        }
    }

    /** A ledger entry as LedgerService appends it, by a citizen online (Actor.citizen). */
    static void ledger(Connection c, LocalDateTime now, String kind, Long accountId, BigDecimal reservedDelta,
                       BigDecimal amount, Long sharer, Long recipient, Long relation, Long quota, long actor)
            throws Exception {
        insert(c, """
                INSERT INTO ledger_entry (occurred_at, kind, account_id, balance_delta, reserved_delta, amount,
                                          sharer_id, recipient_id, relation_id, quota_id, actor, channel)
                VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 'ONLINE')""", now, kind, accountId, reservedDelta, amount,
                sharer, recipient, relation, quota, "person:" + actor);
    }

    static void notification(Connection c, long personId, LocalDateTime now, String kind, long other, long relation,
                             BigDecimal amount) throws Exception {
        insert(c, """
                INSERT INTO notification (person_id, created_at, kind, other_person_id, relation_id, amount)
                VALUES (?, ?, ?, ?, ?, ?)""", personId, now, kind, other, relation, amount);
    }

    /** Executes an INSERT with the given parameters (null allowed) and returns its generated id, or 0. */
    static long insert(Connection c, String sql, Object... parameters) throws Exception {
        try (PreparedStatement insert = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    // ---------------------------------------------------------------- settlements over HTTP

    /**
     * The clients settle 1.00 each, in a loop, over HTTP: in scenario own client i for its own employee patient (paid
     * from his account), in spread and onesharer client i for recipient i % 8 (paid from her quota). Every answer must
     * be 201 (or 200, see below) and say that nothing was paid in cash, or the settlement counts as an error.
     */
    /**
     * {@code http}: settlements as the scenario says. {@code ceiling}: the same requests with an amount the portal
     * refuses ({@code "outOfPocket":"x"}, 400 INVALID_AMOUNT) after the connection, the bearer key, the body limit and
     * the JSON, but before the database: the most settlements/s the HTTP stack alone would allow on this machine.
     */
    static void http(Map<String, String> opt, boolean ceiling) throws Exception {
        URI url = URI.create(opt.get("url"));
        Properties setup = load(Path.of(opt.get("setup")));
        String scenario = scenario(opt);
        int clients = Integer.parseInt(setup.getProperty("clients"));
        String[] patients = new String[clients];
        for (int c = 0; c < clients; c++) {
            patients[c] = scenario.equals("own") ? setup.getProperty("own.patient." + c)
                    : setup.getProperty(scenario + ".recipient." + c % RECIPIENTS);
        }
        String key = setup.getProperty("apiKey");
        String run = UUID.randomUUID().toString().substring(0, 8);
        Http1[] connections = new Http1[clients];
        for (int c = 0; c < clients; c++) {
            connections[c] = new Http1(url);
        }
        // Request ids as a hospital information system numbers its requests: one increasing sequence for the
        // institution, shared by all its tills (here: the clients).
        AtomicLong sequence = new AtomicLong();
        Workload work = (client, n) -> {
            String patient = patients[client];
            String body = """
                    {"requestId":"B-%s-%012d","patientId":"%s","cardHolderId":"%s","buyerId":null,"kind":"CARE",\
                    "outOfPocket":"%s","poolFund":"0.00","useSharedFunds":true,"sharerIds":[],\
                    "detail":{"diagnosis":"J06.9","items":["阿莫西林胶囊"]}}""".formatted(run, sequence.incrementAndGet(),
                    patient, patient, ceiling ? "x" : BILL);
            Http1.Response response = connections[client].send("POST", "/api/v1/settlements", key, body);
            if (ceiling) {
                if (response.status() != 400 || !response.body().contains("INVALID_AMOUNT")) {
                    throw new IllegalStateException("HTTP " + response.status() + ": " + response.body());
                }
                return;
            }
            // 200: the replayed answer to this client's own retry after a dropped connection (D19).
            if (response.status() != 201 && response.status() != 200) {
                throw new IllegalStateException("HTTP " + response.status() + ": " + response.body());
            }
            if (!response.body().contains("\"cash\":\"0.00\"")) {
                throw new IllegalStateException("paid in cash, not from the scenario's money: " + response.body());
            }
        };
        long maxOps = Long.parseLong(opt.getOrDefault("ops", String.valueOf(Long.MAX_VALUE)));
        Result result = drive(ceiling ? "ceiling" : "http", scenario, clients, seconds(opt, "warmup"),
                seconds(opt, "duration"), maxOps,
                pids(opt), work);
        for (Http1 c : connections) {
            c.close();
        }
        result.print();
    }

    static String scenario(Map<String, String> opt) {
        String scenario = opt.getOrDefault("scenario", "own");
        if (!SCENARIOS.contains(scenario)) {
            throw new IllegalArgumentException("scenario: " + SCENARIOS);
        }
        return scenario;
    }

    // ---------------------------------------------------------------- the floor over plain JDBC

    /**
     * What one settlement cannot do without, and nothing else, on the same database and schema, with as many threads
     * as the portal had clients, on the rows the scenario uses.
     * <ul>
     * <li>own: take the amount from the patient's account with a conditional UPDATE, append the OWN_ACCOUNT_SPENT
     * entry, commit. One account per thread.
     * <li>spread, onesharer: take the amount from the recipient's quota with a conditional UPDATE, append the
     * QUOTA_SPENT entry on the sharer's account, commit. Thread i uses quota i % 8: the same 8 quota rows as the
     * portal, of 8 sharers or of one.
     * </ul>
     */
    static void floor(Map<String, String> opt) throws Exception {
        Properties setup = load(Path.of(opt.get("setup")));
        String scenario = scenario(opt);
        int clients = Integer.parseInt(setup.getProperty("clients"));
        String jdbc = opt.get("jdbc");
        String user = opt.getOrDefault("user", "");
        String password = opt.getOrDefault("password", "");
        boolean own = scenario.equals("own");
        String updateSql;
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            updateSql = !own ? "UPDATE quota SET used = used + ? WHERE id = ? AND amount - used - returned >= ?"
                    : hasAvailableColumn(c) ? "UPDATE account SET available = available - ? WHERE person_id = ? AND available >= ?"
                    : "UPDATE account SET balance = balance - ? WHERE person_id = ? AND balance - reserved >= ?";
        }
        // Per thread: the row the UPDATE changes (account or quota), and the ledger entry's account and parties.
        long[] row = new long[clients];
        long[] account = new long[clients];
        Long[][] parties = new Long[clients][];
        for (int i = 0; i < clients; i++) {
            if (own) {
                row[i] = account[i] = Long.parseLong(setup.getProperty("own.account." + i));
                parties[i] = new Long[] {null, row[i], null, null};
            } else {
                int k = i % RECIPIENTS;
                row[i] = Long.parseLong(setup.getProperty(scenario + ".quota." + k));
                account[i] = Long.parseLong(setup.getProperty(scenario + ".sharerId." + k));
                parties[i] = new Long[] {account[i], Long.valueOf(setup.getProperty(scenario + ".recipientId." + k)),
                        Long.valueOf(setup.getProperty(scenario + ".relation." + k)), row[i]};
            }
        }
        Connection[] connections = new Connection[clients];
        PreparedStatement[] updates = new PreparedStatement[clients];
        PreparedStatement[] inserts = new PreparedStatement[clients];
        for (int i = 0; i < clients; i++) {
            connections[i] = DriverManager.getConnection(jdbc, user, password);
            // The server's default isolation, as the portal's connections have it.
            connections[i].setAutoCommit(false);
            updates[i] = connections[i].prepareStatement(updateSql);
            inserts[i] = connections[i].prepareStatement("""
                    INSERT INTO ledger_entry (occurred_at, kind, account_id, balance_delta, reserved_delta, amount,
                                              sharer_id, recipient_id, relation_id, quota_id, settlement_id, use_kind,
                                              actor, channel)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CARE', ?, 'INSTITUTION')""");
        }
        BigDecimal amount = new BigDecimal(BILL);
        String kind = own ? "OWN_ACCOUNT_SPENT" : "QUOTA_SPENT";
        // D24: entries on a sharer's account name the relative who used the money, not the institution.
        String[] actor = new String[clients];
        for (int i = 0; i < clients; i++) {
            actor[i] = own ? "institution:BENCH" : "person:" + parties[i][1];
        }
        Workload work = (client, n) -> {
            PreparedStatement update = updates[client];
            update.setBigDecimal(1, amount);
            update.setLong(2, row[client]);
            update.setBigDecimal(3, amount);
            if (update.executeUpdate() != 1) {
                connections[client].rollback();
                throw new IllegalStateException((own ? "account " : "quota ") + row[client] + " has no money left");
            }
            PreparedStatement insert = inserts[client];
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, kind);
            insert.setLong(3, account[client]);
            insert.setBigDecimal(4, amount.negate());
            insert.setBigDecimal(5, own ? BigDecimal.ZERO : amount.negate());
            insert.setBigDecimal(6, amount);
            for (int p = 0; p < 4; p++) {
                insert.setObject(7 + p, parties[client][p], java.sql.Types.BIGINT);
            }
            insert.setString(11, UUID.randomUUID().toString());
            insert.setString(12, actor[client]);
            insert.executeUpdate();
            connections[client].commit();
        };
        Result result = drive("floor", scenario, clients, seconds(opt, "warmup"), seconds(opt, "duration"),
                Long.MAX_VALUE, pids(opt), work);
        for (Connection c : connections) {
            c.close();
        }
        result.print();
    }

    // ---------------------------------------------------------------- H2's file, compacted

    /**
     * H2 only, on a copy of the database: prints the number of settlements in it, then closes it with SHUTDOWN COMPACT,
     * which rewrites the file with only live data. run.sh compares the copy's size with the original's.
     */
    static void compact(Map<String, String> opt) throws Exception {
        try (Connection c = DriverManager.getConnection(opt.get("jdbc"), opt.getOrDefault("user", ""),
                opt.getOrDefault("password", ""));
             java.sql.Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM settlement")) {
                rs.next();
                System.out.println("SETTLEMENTS " + rs.getLong(1));
            }
            st.execute("SHUTDOWN COMPACT");
        }
    }

    // ---------------------------------------------------------------- the driver

    interface Workload {
        void run(int client, long n) throws Exception;
    }

    /**
     * @param cpuMillis    CPU time the watched processes used while measuring, or -1 when none was watched
     * @param writtenBytes bytes the watched processes had written to storage while measuring, or -1
     * @param machineCpuMillis CPU time the whole machine (every process, this one and the kernel's own work
     *                         included) used while measuring, from /proc/stat, or -1
     */
    record Result(String mode, String scenario, int clients, long ops, long all, double seconds,
                  long[] latenciesNanos, long errors, String firstError, long cpuMillis, long writtenBytes,
                  long machineCpuMillis) {

        void print() {
            Arrays.sort(latenciesNanos);
            System.out.printf(Locale.ROOT,
                    "RESULT mode=%s scenario=%s clients=%d ops=%d all=%d seconds=%.1f perSecond=%.0f p50ms=%.2f"
                            + " p99ms=%.2f errors=%d cpuMsPerOp=%.3f writtenKbPerOp=%.1f machineCpuMsPerOp=%.3f%n",
                    mode, scenario, clients, ops, all, seconds, ops / seconds, percentile(0.50), percentile(0.99), errors,
                    cpuMillis < 0 || ops == 0 ? Double.NaN : (double) cpuMillis / ops,
                    writtenBytes < 0 || ops == 0 ? Double.NaN : writtenBytes / 1024.0 / ops,
                    machineCpuMillis < 0 || ops == 0 ? Double.NaN : (double) machineCpuMillis / ops);
            if (firstError != null) {
                System.out.println("first error: " + firstError);
            }
        }

        double percentile(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(latenciesNanos.length - 1, Math.ceil(p * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, index)] / 1e6;
        }
    }

    /**
     * Runs {@code clients} threads, each calling its workload in a loop: for {@code warmup} seconds unmeasured (the
     * JIT and the pools settle), then for {@code duration} seconds measured. Bounded in time; stops by itself, or
     * earlier once {@code maxOps} operations are done (the H2 top-up; its rate is then over the time it took).
     */
    static Result drive(String mode, String scenario, int clients, int warmup, int duration, long maxOps,
                        List<Long> watched, Workload work) throws Exception {
        long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
        long end = warmupEnd + duration * 1_000_000_000L;
        // Long.MIN_VALUE: not read (yet), or /proc could not be read.
        long[] cpu = {Long.MIN_VALUE, Long.MIN_VALUE};
        long[] written = new long[2];
        long[] machine = {Long.MIN_VALUE, Long.MIN_VALUE};
        Thread cpuWatch = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(Math.max(0, (warmupEnd - System.nanoTime()) / 1_000_000));
                written[0] = writtenBytes(watched);
                cpu[0] = cpuMillis(watched);
                machine[0] = machineCpuMillis();
                Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
                written[1] = writtenBytes(watched);
                cpu[1] = cpuMillis(watched);
                machine[1] = machineCpuMillis();
            } catch (InterruptedException e) {
                // stopped early: drive() reads the end values itself
            } catch (IOException e) {
                cpu[0] = cpu[1] = Long.MIN_VALUE;
            }
        });
        AtomicLong errors = new AtomicLong();
        AtomicLong done = new AtomicLong();
        // Every 5 s, the rate of the last 5 s (to stderr): shows the warm-up and any drift during the run.
        Thread progress = Thread.ofPlatform().daemon().start(() -> {
            long last = 0;
            try {
                while (System.nanoTime() < end) {
                    Thread.sleep(5000);
                    long now = done.get();
                    System.err.printf(Locale.ROOT, "  %s: %.0f/s%n", System.nanoTime() < warmupEnd ? "warm-up" : "measured",
                            (now - last) / 5.0);
                    last = now;
                }
            } catch (InterruptedException e) {
                // the run is over
            }
        });
        String[] firstError = new String[1];
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("bench-" + c).start(() -> {
                long[] mine = new long[1 << 14];
                int count = 0;
                long n = 0;
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end || done.get() >= maxOps) {
                        break;
                    }
                    try {
                        work.run(client, n++);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() == 1) {
                            firstError[0] = e.toString();
                        }
                        continue;
                    }
                    long t1 = System.nanoTime();
                    done.incrementAndGet();
                    if (t0 >= warmupEnd && t1 <= end) {
                        if (count == mine.length) {
                            mine = Arrays.copyOf(mine, count * 2);
                        }
                        mine[count++] = t1 - t0;
                    }
                }
                latencies[client] = mine;
                counts[client] = count;
            }));
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        progress.interrupt();
        int total = 0;
        for (int c = 0; c < clients; c++) {
            total += counts[c];
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        // Stopped early (maxOps): the CPU watch still sleeps; read the counters now.
        double seconds = Math.min(duration, (System.nanoTime() - warmupEnd) / 1e9);
        if (System.nanoTime() < end) {
            cpuWatch.interrupt();
            cpuWatch.join();
            if (cpu[0] != Long.MIN_VALUE && !watched.isEmpty()) {
                written[1] = writtenBytes(watched);
                cpu[1] = cpuMillis(watched);
                machine[1] = machineCpuMillis();
            }
        } else {
            cpuWatch.join();
        }
        boolean measured = !watched.isEmpty() && cpu[0] != Long.MIN_VALUE && cpu[1] != Long.MIN_VALUE && seconds > 0;
        return new Result(mode, scenario, clients, total, done.get(), Math.max(seconds, 1e-9), all, errors.get(),
                firstError[0], measured ? cpu[1] - cpu[0] : -1, measured ? written[1] - written[0] : -1,
                machine[0] != Long.MIN_VALUE && machine[1] != Long.MIN_VALUE ? machine[1] - machine[0] : -1);
    }

    /**
     * Busy CPU time of the whole machine: user, nice, system, irq and softirq of the "cpu" line of /proc/stat (idle,
     * iowait and steal are not work done here).
     */
    static long machineCpuMillis() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
            if (line.startsWith("cpu ")) {
                String[] f = line.trim().split("\\s+");
                long ticks = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3])
                        + Long.parseLong(f[6]) + Long.parseLong(f[7]);
                return ticks * 10;   // USER_HZ is 100 on Linux
            }
        }
        throw new IOException("/proc/stat has no cpu line");
    }

    /** User + system CPU time of the given processes (and of this one if the list holds 0), from /proc. */
    static long cpuMillis(List<Long> pids) throws IOException {
        long ticks = 0;
        for (long pid : pids) {
            String stat = Files.readString(Path.of("/proc/" + (pid == 0 ? "self" : pid) + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime, stime (fields 14 and 15)
        }
        return ticks * 10;   // USER_HZ is 100 on Linux
    }

    /** Bytes the given processes (0: this one) caused to be written to storage ("write_bytes" of /proc/PID/io). */
    static long writtenBytes(List<Long> pids) throws IOException {
        long bytes = 0;
        for (long pid : pids) {
            for (String line : Files.readAllLines(Path.of("/proc/" + (pid == 0 ? "self" : pid) + "/io"))) {
                if (line.startsWith("write_bytes:")) {
                    bytes += Long.parseLong(line.substring("write_bytes:".length()).strip());
                }
            }
        }
        return bytes;
    }

    /** --pids 123,456: the processes whose CPU time counts (the portal, the database server); 0 is this one. */
    static List<Long> pids(Map<String, String> opt) {
        String list = opt.getOrDefault("pids", "");
        return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    static int seconds(Map<String, String> opt, String name) {
        return Integer.parseInt(opt.get(name));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opt;
    }

    static void expect(Http1.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected HTTP " + status + ", got " + response.status() + ": "
                    + response.body());
        }
    }

    // ---------------------------------------------------------------- a minimal HTTP/1.1 client

    /** One keep-alive connection; reconnects when the server closes it (Tomcat does every 100 requests). */
    static final class Http1 implements AutoCloseable {

        record Response(int status, String body) {
        }

        private final URI base;
        private final String host;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Http1(URI base) {
            this.base = base;
            this.host = base.getHost() + ":" + base.getPort();
        }

        Response send(String method, String path, String token, String body) throws IOException {
            for (int attempt = 0; ; attempt++) {
                if (socket == null) {
                    connect();
                }
                try {
                    return exchange(method, path, token, body);
                } catch (IOException e) {
                    // A keep-alive connection the server closed between two requests: once more on a new one.
                    close();
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        }

        private Response exchange(String method, String path, String token, String body) throws IOException {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + content.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();

            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closeAfter = true;
                }
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    received.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                received.write(in.readNBytes(length));
            }
            if (closeAfter) {
                close();
            }
            return new Response(status, received.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    int n = line.length();
                    return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
                }
                line.append((char) b);
            }
            return line.isEmpty() ? null : line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }
}
