// The settlement benchmark's client: a single-file program for the JDK's source launcher (java Bench.java …),
// kept out of the portal's jar. bench/run.sh drives it; see docs/BENCHMARKS.md.
//
//   java Bench.java setup  --url URL --clients N --out FILE          registry API: an institution and N employees
//   java -cp LIB/* Bench.java http  --url URL --setup FILE --warmup S --duration S
//                                                                    N clients settle over HTTP, one patient each
//   java -cp LIB/* Bench.java floor --jdbc URL --user U --password P --clients N --warmup S --duration S
//                                                                    the bare floor: UPDATE + INSERT + COMMIT over JDBC
//
// Each mode prints one result line "RESULT mode=… clients=… ops=… seconds=… perSecond=… p50ms=… p99ms=… errors=…".
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
    static final String REGION = "410102";
    static final String BALANCE = "1000000.00";
    static final String BILL = "1.00";

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        switch (args[0]) {
            case "setup" -> setup(opt);
            case "http" -> http(opt);
            case "floor" -> floor(opt);
            default -> throw new IllegalArgumentException("mode: setup | http | floor");
        }
    }

    // ---------------------------------------------------------------- setup through the registry API

    /** An institution and one employee (1,000,000.00 in his account) per client, all through the registry API. */
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
                String id = idNumber(i);
                expect(http.send("PUT", "/api/v1/registry/persons/" + id, REGISTRY_TOKEN, """
                        {"name":"压测职工","phone":"13800000000","scheme":"EMPLOYEE","status":"ACTIVE",\
                        "regionCode":"%s"}""".formatted(REGION)), 201);
                expect(http.send("POST", "/api/v1/registry/persons/" + id + "/account-credits", REGISTRY_TOKEN, """
                        {"requestId":"BENCH-CREDIT-%s","amount":"%s"}""".formatted(id, BALANCE)), 201);
                out.setProperty("patient." + i, id);
            }
        }
        out.setProperty("clients", String.valueOf(clients));
        try (var w = Files.newBufferedWriter(Path.of(opt.get("out")))) {
            out.store(w, "bench setup");
        }
        System.out.println("setup: institution " + out.getProperty("institution") + " and " + clients
                + " employees created through the registry API");
    }

    /** A valid ID number (D1) for client i: Henan, born 1980 plus i / 900 days, check character computed. */
    static String idNumber(int i) {
        var birth = java.time.LocalDate.of(1980, 1, 1).plusDays(i / 900);
        String first17 = REGION + "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + "%03d".formatted(100 + i % 900);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * weights[k];
        }
        return first17 + check[sum % 11];
    }

    // ---------------------------------------------------------------- settlements over HTTP

    static void http(Map<String, String> opt) throws Exception {
        URI url = URI.create(opt.get("url"));
        Properties setup = new Properties();
        try (var r = Files.newBufferedReader(Path.of(opt.get("setup")))) {
            setup.load(r);
        }
        int clients = Integer.parseInt(setup.getProperty("clients"));
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
            String patient = setup.getProperty("patient." + client);
            String body = """
                    {"requestId":"B-%s-%012d","patientId":"%s","cardHolderId":"%s","buyerId":null,"kind":"CARE",\
                    "outOfPocket":"%s","poolFund":"0.00","useSharedFunds":true,"sharerIds":[],\
                    "detail":{"diagnosis":"J06.9","items":["阿莫西林胶囊"]}}""".formatted(run, sequence.incrementAndGet(),
                    patient, patient, BILL);
            Http1.Response response = connections[client].send("POST", "/api/v1/settlements", key, body);
            // 200: the replayed answer to this client's own retry after a dropped connection (D19).
            if (response.status() != 201 && response.status() != 200) {
                throw new IllegalStateException("HTTP " + response.status() + ": " + response.body());
            }
        };
        Result result = drive("http", clients, seconds(opt, "warmup"), seconds(opt, "duration"), pids(opt), work);
        for (Http1 c : connections) {
            c.close();
        }
        result.print();
    }

    // ---------------------------------------------------------------- the floor over plain JDBC

    /**
     * What one settlement cannot do without, and nothing else: take the amount from the account with a conditional
     * UPDATE, append the ledger entry, commit — on the same database and schema, one account per thread.
     */
    static void floor(Map<String, String> opt) throws Exception {
        int clients = Integer.parseInt(opt.get("clients"));
        String jdbc = opt.get("jdbc");
        String user = opt.getOrDefault("user", "");
        String password = opt.getOrDefault("password", "");
        List<Long> accounts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, user, password);
             PreparedStatement q = c.prepareStatement(
                     "SELECT person_id FROM account WHERE balance - reserved >= 100000 ORDER BY person_id")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next() && accounts.size() < clients) {
                    accounts.add(rs.getLong(1));
                }
            }
        }
        if (accounts.size() < clients) {
            throw new IllegalStateException("Only " + accounts.size() + " accounts with money; run setup first");
        }
        Connection[] connections = new Connection[clients];
        PreparedStatement[] updates = new PreparedStatement[clients];
        PreparedStatement[] inserts = new PreparedStatement[clients];
        for (int i = 0; i < clients; i++) {
            connections[i] = DriverManager.getConnection(jdbc, user, password);
            // The server's default isolation, as the portal's connections have it.
            connections[i].setAutoCommit(false);
            updates[i] = connections[i].prepareStatement(
                    "UPDATE account SET balance = balance - ? WHERE person_id = ? AND balance - reserved >= ?");
            inserts[i] = connections[i].prepareStatement("""
                    INSERT INTO ledger_entry (occurred_at, kind, account_id, balance_delta, reserved_delta, amount,
                                              settlement_id, use_kind, actor, channel)
                    VALUES (?, 'OWN_ACCOUNT_SPENT', ?, ?, 0, ?, ?, 'CARE', 'institution:BENCH', 'INSTITUTION')""");
        }
        BigDecimal amount = new BigDecimal(BILL);
        Workload work = (client, n) -> {
            PreparedStatement update = updates[client];
            update.setBigDecimal(1, amount);
            update.setLong(2, accounts.get(client));
            update.setBigDecimal(3, amount);
            if (update.executeUpdate() != 1) {
                connections[client].rollback();
                throw new IllegalStateException("account " + accounts.get(client) + " has no money left");
            }
            PreparedStatement insert = inserts[client];
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setLong(2, accounts.get(client));
            insert.setBigDecimal(3, amount.negate());
            insert.setBigDecimal(4, amount);
            insert.setString(5, UUID.randomUUID().toString());
            insert.executeUpdate();
            connections[client].commit();
        };
        Result result = drive("floor", clients, seconds(opt, "warmup"), seconds(opt, "duration"), pids(opt), work);
        for (Connection c : connections) {
            c.close();
        }
        result.print();
    }

    // ---------------------------------------------------------------- the driver

    interface Workload {
        void run(int client, long n) throws Exception;
    }

    /**
     * @param cpuMillis    CPU time the watched processes used while measuring, or -1 when none was watched
     * @param writtenBytes bytes the watched processes had written to storage while measuring, or -1
     */
    record Result(String mode, int clients, long ops, double seconds, long[] latenciesNanos, long errors,
                  String firstError, long cpuMillis, long writtenBytes) {

        void print() {
            Arrays.sort(latenciesNanos);
            System.out.printf(Locale.ROOT,
                    "RESULT mode=%s clients=%d ops=%d seconds=%.1f perSecond=%.0f p50ms=%.2f p99ms=%.2f errors=%d"
                            + " cpuMsPerOp=%.3f writtenKbPerOp=%.1f%n",
                    mode, clients, ops, seconds, ops / seconds, percentile(0.50), percentile(0.99), errors,
                    cpuMillis < 0 || ops == 0 ? Double.NaN : (double) cpuMillis / ops,
                    writtenBytes < 0 || ops == 0 ? Double.NaN : writtenBytes / 1024.0 / ops);
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
     * JIT and the pools settle), then for {@code duration} seconds measured. Bounded in time; stops by itself.
     */
    static Result drive(String mode, int clients, int warmup, int duration, List<Long> watched, Workload work)
            throws Exception {
        long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
        long end = warmupEnd + duration * 1_000_000_000L;
        long[] cpu = new long[2];
        long[] written = new long[2];
        Thread cpuWatch = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(Math.max(0, (warmupEnd - System.nanoTime()) / 1_000_000));
                cpu[0] = cpuMillis(watched);
                written[0] = writtenBytes(watched);
                Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
                cpu[1] = cpuMillis(watched);
                written[1] = writtenBytes(watched);
            } catch (Exception e) {
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
                    if (t0 >= end) {
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
        cpuWatch.join();
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
        boolean measured = !watched.isEmpty() && cpu[0] != Long.MIN_VALUE;
        return new Result(mode, clients, total, duration, all, errors.get(), firstError[0],
                measured ? cpu[1] - cpu[0] : -1, measured ? written[1] - written[0] : -1);
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
