// The failure tests' client (deploy/failure-tests runs it): a single-file program for the JDK's source launcher, with
// mysql-connector-j on the class path for the checks in SQL.
//
//   java -cp LIB/* FailureTests.java setup   --url LB --out FILE
//        registry API: 8 employees with 1,000,000.00 each (the load of tests 2 and 3)
//   java -cp LIB/* FailureTests.java load    --urls U1[,U2] --key K --patients P1,P2.. --bill 25.00 --clients N
//        (--requests N | --seconds S) --run ID --out FILE [--event SECONDS=shell command]...
//        N clients settle; client i sends to urls[i % n]. A request that gets 503, a 502/504 of the balancer or no
//        answer at all (connection refused or reset) is sent again with the same requestId until it is answered
//        (at most 90 s); the events run at their second of the load (e.g. kill -9 a Galera node).
//   java -cp LIB/* FailureTests.java replay  --url U --key K --answers FILE
//        every answered request once more: the same body must come back, with 200 (D19)
//   java -cp LIB/* FailureTests.java check   --jdbc URL --user U --password P --answers FILE [--institution CODE]
//        the database against the answers: one settlement per request id, the amounts the answers gave, every
//        account explained by its ledger (D25)
//   java -cp LIB/* FailureTests.java signin  --url LB --user ID --password PW
//        a citizen signs in through the balancer (form login) and gets the home page
//
// Every mode prints "PASS ..." or "FAIL ..." lines and exits 1 on a failure.

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FailureTests {

    static final String REGISTRY_TOKEN = System.getenv().getOrDefault("PORTAL_REGISTRY_TOKEN", "dev-registry-token");
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(90);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    static boolean failed;

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> opt = options(args);
        switch (args[0]) {
            case "setup" -> setup(opt);
            case "load" -> load(opt);
            case "replay" -> replay(opt);
            case "check" -> check(opt);
            case "signin" -> signin(opt);
            default -> throw new IllegalArgumentException("mode: setup | load | replay | check | signin");
        }
        System.exit(failed ? 1 : 0);
    }

    // ------------------------------------------------------------------------------------------------ setup

    static void setup(Map<String, List<String>> opt) throws Exception {
        String url = one(opt, "url");
        List<String> patients = new ArrayList<>();
        long stamp = System.currentTimeMillis() % 800;
        for (int i = 0; i < 8; i++) {
            String id = idNumber("410102", 1975, (int) stamp + i);
            HttpResponse<String> r = send(url, "PUT", "/api/v1/registry/persons/" + id, REGISTRY_TOKEN, """
                    {"name":"故障测试","phone":"13800000000","scheme":"EMPLOYEE","status":"ACTIVE","regionCode":"410102"}""");
            expect(r, 200, 201);
            r = send(url, "POST", "/api/v1/registry/persons/" + id + "/account-credits", REGISTRY_TOKEN, """
                    {"requestId":"FT-CREDIT-%s","amount":"1000000.00"}""".formatted(id));
            expect(r, 200, 201);
            patients.add(id);
        }
        Files.writeString(Path.of(one(opt, "out")), String.join(",", patients));
        System.out.println("setup: 8 employees with 1000000.00 each, through the registry API");
    }

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

    // ------------------------------------------------------------------------------------------------ load

    record Answer(String requestId, String patient, String bill, int status, int attempts, String body) {
    }

    static String body(String requestId, String patient, String bill) {
        return """
                {"requestId":"%s","patientId":"%s","cardHolderId":"%s","buyerId":null,"kind":"CARE",\
                "outOfPocket":"%s","poolFund":"0.00","useSharedFunds":true,"sharerIds":[],\
                "detail":{"diagnosis":"J06.9","items":["阿莫西林胶囊"]}}""".formatted(requestId, patient, patient, bill);
    }

    static void load(Map<String, List<String>> opt) throws Exception {
        String[] urls = one(opt, "urls").split(",");
        String key = one(opt, "key");
        String[] patients = one(opt, "patients").split(",");
        String bill = one(opt, "bill");
        int clients = Integer.parseInt(one(opt, "clients"));
        long requests = Long.parseLong(opt.getOrDefault("requests", List.of(String.valueOf(Long.MAX_VALUE))).get(0));
        long seconds = Long.parseLong(opt.getOrDefault("seconds", List.of("3600")).get(0));
        String run = one(opt, "run");
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();   // every HTTP answer, retries included
        AtomicInteger noAnswer = new AtomicInteger();                  // refused, reset, timed out
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);

        ExecutorService events = Executors.newCachedThreadPool();
        for (String event : opt.getOrDefault("event", List.of())) {
            int at = Integer.parseInt(event.substring(0, event.indexOf('=')));
            String command = event.substring(event.indexOf('=') + 1);
            events.submit(() -> {
                Thread.sleep(at * 1000L);
                System.out.printf("  %5.1f s  %s%n", (System.nanoTime() - start) / 1e9, command);
                Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
                int rc = p.waitFor();
                System.out.printf("  %5.1f s  done (exit %d): %s%n", (System.nanoTime() - start) / 1e9, rc, command);
                return rc;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                String url = urls[client % urls.length];
                while (System.nanoTime() < end) {
                    long n = next.incrementAndGet();
                    if (n > requests) {
                        return null;
                    }
                    String requestId = run + "-" + "%06d".formatted(n);
                    String patient = patients[(int) (n % patients.length)];
                    String json = body(requestId, patient, bill);
                    long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
                    int attempts = 0;
                    while (true) {
                        attempts++;
                        int status;
                        String text;
                        try {
                            HttpResponse<String> r = send(url, "POST", "/api/v1/settlements", key, json);
                            status = r.statusCode();
                            text = r.body();
                            statuses.merge(status, 1, Integer::sum);
                        } catch (IOException e) {
                            noAnswer.incrementAndGet();
                            status = -1;
                            text = e.toString();
                        }
                        // 503: TRY_AGAIN of the portal, or the balancer with no portal up; 502/504: the balancer lost
                        // the portal while it answered. In every case the client sends the same request again (D19).
                        boolean again = status == -1 || status == 502 || status == 503 || status == 504;
                        if (!again || System.nanoTime() > deadline) {
                            answers.add(new Answer(requestId, patient, bill, status, attempts, text));
                            break;
                        }
                        Thread.sleep(status == 503 ? 200 : 500);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 600, TimeUnit.SECONDS);
        events.shutdown();
        events.awaitTermination(600, TimeUnit.SECONDS);
        double took = (System.nanoTime() - start) / 1e9;

        List<Answer> sorted = new ArrayList<>(answers);
        sorted.sort((a, b) -> a.requestId().compareTo(b.requestId()));
        try (var w = Files.newBufferedWriter(Path.of(one(opt, "out")))) {
            for (Answer a : sorted) {
                w.write(a.requestId() + "\t" + a.patient() + "\t" + a.bill() + "\t" + a.status() + "\t" + a.attempts()
                        + "\t" + a.body().replace('\t', ' ').replace('\n', ' ') + "\n");
            }
        }
        Map<Integer, Long> finals = new TreeMap<>();
        int retried = 0;
        int maxAttempts = 0;
        for (Answer a : sorted) {
            finals.merge(a.status(), 1L, Long::sum);
            if (a.attempts() > 1) {
                retried++;
            }
            maxAttempts = Math.max(maxAttempts, a.attempts());
        }
        System.out.printf("load %s: %d requests in %.1f s (%.0f/s); final answers %s; every HTTP answer %s, "
                        + "no answer (refused/reset) %d; requests sent more than once %d, at most %d times%n",
                run, sorted.size(), took, sorted.size() / took, finals, new TreeMap<>(statuses), noAnswer.get(),
                retried, maxAttempts);
        long unanswered = sorted.stream().filter(a -> a.status() != 200 && a.status() != 201).count();
        verdict(unanswered == 0, "every request answered 201/200 (resent with its requestId where needed): "
                + (sorted.size() - unanswered) + " of " + sorted.size());
        verdict(!statuses.containsKey(500), "no 500 among " + statuses.values().stream().mapToInt(i -> i).sum()
                + " HTTP answers");
        long first = sorted.stream().filter(a -> a.status() == 201).count();
        System.out.println("  201 (settled now): " + first + ", 200 (a resend answered with the first answer): "
                + (sorted.size() - first - unanswered));
    }

    // ------------------------------------------------------------------------------------------------ replay

    static void replay(Map<String, List<String>> opt) throws Exception {
        String url = one(opt, "url");
        String key = one(opt, "key");
        List<String[]> rows = rows(one(opt, "answers"));
        int same = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (String[] row : rows) {
            HttpResponse<String> r = send(url, "POST", "/api/v1/settlements", key, body(row[0], row[1], row[2]));
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 200 && r.body().equals(row[5])) {
                same++;
            } else if (same + 3 > statuses.values().stream().mapToInt(i -> i).sum()) {
                System.out.println("  differs: " + row[0] + " first " + row[3] + " " + row[5] + " now "
                        + r.statusCode() + " " + r.body());
            }
        }
        verdict(same == rows.size(), "resent through " + url + ": " + same + " of " + rows.size()
                + " answered 200 with the first answer, byte for byte; statuses " + statuses);
    }

    // ------------------------------------------------------------------------------------------------ check

    static void check(Map<String, List<String>> opt) throws Exception {
        List<String[]> rows = rows(one(opt, "answers"));
        String institution = opt.getOrDefault("institution", List.of("HO-110000-001")).get(0);
        BigDecimal own = BigDecimal.ZERO;
        BigDecimal shared = BigDecimal.ZERO;
        BigDecimal cash = BigDecimal.ZERO;
        BigDecimal billed = BigDecimal.ZERO;
        Pattern ownP = Pattern.compile("\"ownAccount\":\"([0-9.]+)\"");
        Pattern cashP = Pattern.compile("\"cash\":\"([0-9.]+)\"");
        Pattern sharedP = Pattern.compile("\"amount\":\"([0-9.]+)\",\"mode\"");
        Map<String, BigDecimal> ownByPatient = new HashMap<>();
        for (String[] row : rows) {
            String body = row[5];
            Matcher m = ownP.matcher(body);
            BigDecimal o = m.find() ? new BigDecimal(m.group(1)) : BigDecimal.ZERO;
            own = own.add(o);
            ownByPatient.merge(row[1], o, BigDecimal::add);
            m = cashP.matcher(body);
            cash = cash.add(m.find() ? new BigDecimal(m.group(1)) : BigDecimal.ZERO);
            m = sharedP.matcher(body);
            while (m.find()) {
                shared = shared.add(new BigDecimal(m.group(1)));
            }
            billed = billed.add(new BigDecimal(row[2]));
        }
        String run = rows.get(0)[0].substring(0, rows.get(0)[0].lastIndexOf('-'));
        try (Connection c = DriverManager.getConnection(one(opt, "jdbc"), one(opt, "user"), one(opt, "password"))) {
            Map<String, BigDecimal> db = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT COUNT(*), COUNT(DISTINCT request_id), COALESCE(SUM(out_of_pocket), 0),
                           COALESCE(SUM(own_account), 0), COALESCE(SUM(cash), 0),
                           (SELECT COALESCE(SUM(p.amount), 0) FROM settlement_part p JOIN settlement t
                              ON t.id = p.settlement_id WHERE t.institution_code = ? AND t.request_id LIKE ?)
                    FROM settlement WHERE institution_code = ? AND request_id LIKE ?""")) {
                q.setString(1, institution);
                q.setString(2, run + "-%");
                q.setString(3, institution);
                q.setString(4, run + "-%");
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    db.put("settlements", rs.getBigDecimal(1));
                    db.put("requestIds", rs.getBigDecimal(2));
                    db.put("outOfPocket", rs.getBigDecimal(3));
                    db.put("own", rs.getBigDecimal(4));
                    db.put("cash", rs.getBigDecimal(5));
                    db.put("shared", rs.getBigDecimal(6));
                }
            }
            System.out.println("check " + run + ": answers: " + rows.size() + " requests, billed " + billed + " = own "
                    + own + " + shared " + shared + " + cash " + cash + "; database: " + db);
            verdict(db.get("settlements").intValue() == rows.size() && db.get("requestIds").intValue() == rows.size(),
                    "one settlement per request id, none doubled, none lost: " + db.get("settlements") + " rows for "
                            + rows.size() + " requests");
            verdict(own.add(shared).add(cash).compareTo(billed) == 0, "the answers add up to what was billed: "
                    + billed);
            verdict(db.get("outOfPocket").compareTo(billed) == 0 && db.get("own").compareTo(own) == 0
                            && db.get("cash").compareTo(cash) == 0 && db.get("shared").compareTo(shared) == 0,
                    "the database holds exactly the amounts the answers gave (own, shared, cash)");
            // Every account explained by the ledger (D25): available + reserved = Σ balance deltas,
            // reserved (unused quota) = Σ reserved deltas.
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT COUNT(*), SUM(a.available) FROM account a
                    LEFT JOIN (SELECT account_id, SUM(balance_delta) b, SUM(reserved_delta) r FROM ledger_entry
                               GROUP BY account_id) e ON e.account_id = a.person_id
                    LEFT JOIN (SELECT sharer_id, SUM(amount - used - returned) u FROM quota GROUP BY sharer_id) q
                           ON q.sharer_id = a.person_id
                    WHERE a.available + COALESCE(q.u, 0) <> COALESCE(e.b, 0) OR COALESCE(q.u, 0) <> COALESCE(e.r, 0)
                       OR a.available < 0""");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                int accounts = count(c, "SELECT COUNT(*) FROM account");
                verdict(rs.getInt(1) == 0, "money conserved: " + (accounts - rs.getInt(1)) + " of " + accounts
                        + " accounts equal their ledger's sums (balance and reserved), none negative");
            }
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT COUNT(*) FROM quota WHERE used < 0 OR returned < 0 OR used + returned > amount""");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                verdict(rs.getInt(1) == 0, "no quota spent beyond its amount");
            }
            // The employees of the load: what each has left is 1,000,000.00 minus what the answers took from him.
            int wrong = 0;
            for (var e : ownByPatient.entrySet()) {
                try (PreparedStatement q = c.prepareStatement("""
                        SELECT a.available, (SELECT COALESCE(SUM(-balance_delta), 0) FROM ledger_entry l
                                             WHERE l.account_id = a.person_id AND l.kind = 'OWN_ACCOUNT_SPENT')
                        FROM account a JOIN person p ON p.id = a.person_id WHERE p.id_number = ?""")) {
                    q.setString(1, e.getKey());
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next() && rs.getBigDecimal(2).compareTo(e.getValue()) < 0) {
                            wrong++;
                        }
                    }
                }
            }
            verdict(wrong == 0, "each patient's ledger shows at least what the answers say was taken from his "
                    + "account (" + ownByPatient.size() + " patients)");
        }
    }

    static int count(Connection c, String sql) throws Exception {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    // ------------------------------------------------------------------------------------------------ signin

    static void signin(Map<String, List<String>> opt) throws Exception {
        String url = one(opt, "url");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(3)).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url + "/login")).GET()
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        String node = page.headers().allValues("set-cookie").stream().filter(s -> s.startsWith("GONGJI_NODE="))
                .findFirst().orElse("(no node cookie)");
        if (page.statusCode() != 200 || !token.find()) {
            verdict(false, "GET /login through the balancer: " + page.statusCode());
            return;
        }
        String form = "username=" + enc(one(opt, "user")) + "&password=" + enc(one(opt, "password")) + "&_csrf="
                + enc(token.group(1));
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("location").orElse("");
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(url + "/")).GET()
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        verdict(posted.statusCode() == 302 && !location.contains("error") && !location.contains("login")
                        && home.statusCode() == 200,
                "citizen " + one(opt, "user") + " signs in through the balancer (" + node.split(";")[0]
                        + "): POST /login " + posted.statusCode() + " to " + location + ", GET / " + home.statusCode());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static HttpResponse<String> send(String url, String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void expect(HttpResponse<String> r, int... ok) {
        for (int s : ok) {
            if (r.statusCode() == s) {
                return;
            }
        }
        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }

    static List<String[]> rows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(file))) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", 6));
            }
        }
        return rows;
    }

    static void verdict(boolean ok, String what) {
        System.out.println((ok ? "PASS " : "FAIL ") + what);
        failed |= !ok;
    }

    static String one(Map<String, List<String>> opt, String name) {
        List<String> v = opt.get(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v.get(0);
    }

    static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> opt = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opt.computeIfAbsent(args[i].replaceFirst("^--", ""), k -> new ArrayList<>()).add(args[i + 1]);
        }
        return opt;
    }
}
