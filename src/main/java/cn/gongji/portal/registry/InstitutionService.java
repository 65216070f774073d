package cn.gongji.portal.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.identity.RegionPolicies;

/**
 * Designated institutions (D13, D15) and their API keys.
 *
 * <p>A key is 32 random bytes from {@link SecureRandom}, base64url. It is stored only as its SHA-256: unlike a
 * password, a key has 256 bits of entropy, so a fast unsalted hash cannot be reversed by guessing, and being
 * deterministic it lets {@link #authenticate} find the institution by an indexed look-up instead of comparing
 * against every row.
 */
@Service
@Transactional
public class InstitutionService {

    /** Codes are the registry's own institution numbers: letters, digits, '-' and '_', as in a URL path. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int KEY_BYTES = 32;
    /** Documented development keys may be readable, but not trivially short. */
    private static final int MIN_GIVEN_KEY_LENGTH = 16;
    private static final int MAX_KEY_LENGTH = 256;

    private final InstitutionRepository institutions;
    private final RegionPolicies policies;
    private final TransactionTemplate tx;
    private final TransactionTemplate reading;
    private final Map<String, KnownKey> knownKeys = new ConcurrentHashMap<>();
    private final long keyCacheNanos;
    /** More designated institutions than a province has; the map is emptied rather than grown beyond it. */
    private static final int MAX_KNOWN_KEYS = 50_000;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    InstitutionService(InstitutionRepository institutions, RegionPolicies policies,
                       PlatformTransactionManager transactions, Clock clock,
                       @Value("${portal.api.key-cache:PT2S}") Duration keyCache) {
        this.institutions = institutions;
        this.policies = policies;
        this.tx = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.keyCacheNanos = keyCache.toNanos();
        this.clock = clock;
    }

    /** An upsert's outcome: the key is there only when the institution was created (it is never shown again). */
    public record Registration(Institution institution, boolean created, String apiKey) {
    }

    /**
     * The registry creates or updates an institution. A new one gets a fresh API key, returned here once; an
     * update changes name, kind, region and status and keeps the key. A status other than ACTIVE locks the
     * institution out of settlement at its next request (D15).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Registration upsert(String code, String name, InstitutionKind kind, String regionCode,
                               InstitutionStatus status) {
        String checkedCode = code(code);
        String checkedName = Fields.text(name, "name", 128);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(status);
        RegionCode region = Fields.region(regionCode, policies);
        knownKeys.clear();
        try {
            return tx.execute(s -> upsertOnce(checkedCode, checkedName, kind, region, status));
        } catch (DataIntegrityViolationException e) {
            // Two PUTs creating the same institution at once: the primary key let one in; this one is an update.
            return tx.execute(s -> upsertOnce(checkedCode, checkedName, kind, region, status));
        } finally {
            // Again once committed: a request in between may have remembered the state before this change.
            knownKeys.clear();
        }
    }

    private Registration upsertOnce(String code, String name, InstitutionKind kind, RegionCode region,
                                    InstitutionStatus status) {
        Instant now = Instant.now(clock);
        Optional<Institution> existing = institutions.findById(code);
        if (existing.isPresent()) {
            existing.get().update(name, kind, region, status, now);
            return new Registration(existing.get(), false, null);
        }
        String key = newKey();
        Institution created = institutions.saveAndFlush(new Institution(code, name, kind, region, status,
                hash(key), now));
        return new Registration(created, true, key);
    }

    /**
     * Creates or updates an institution with a key chosen by the caller — for documented demo and development
     * institutions only; the registry API never uses it. An existing institution's key is replaced.
     */
    public Institution register(String code, String name, InstitutionKind kind, RegionCode region,
                                InstitutionStatus status, String apiKey) {
        if (apiKey == null || apiKey.length() < MIN_GIVEN_KEY_LENGTH || apiKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("An API key has " + MIN_GIVEN_KEY_LENGTH + " to " + MAX_KEY_LENGTH
                    + " characters");
        }
        String checkedCode = code(code);
        knownKeys.clear();
        Instant now = Instant.now(clock);
        Optional<Institution> existing = institutions.findById(checkedCode);
        if (existing.isPresent()) {
            existing.get().update(Fields.text(name, "name", 128), kind, region, status, now);
            existing.get().replaceKeyHash(hash(apiKey), now);
            return existing.get();
        }
        return institutions.saveAndFlush(new Institution(checkedCode, Fields.text(name, "name", 128), kind, region,
                status, hash(apiKey), now));
    }

    /**
     * The institution this API key belongs to, whatever its status (the caller decides what a status allows).
     *
     * <p>A known key is remembered for {@code portal.api.key-cache} (2 s): an institution's system sends many
     * requests a second, and each would otherwise cost a transaction of its own before its real work. A change made
     * through this service (a status, a new key) forgets every remembered key at once on this node; another node
     * sees it within that time. A settlement checks the status again inside its own transaction (D15), so a
     * suspended institution never settles after its suspension has committed.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Optional<Institution> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isEmpty() || apiKey.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        String hash = hash(apiKey);
        long now = System.nanoTime();
        KnownKey known = knownKeys.get(hash);
        if (known != null && now - known.at() < keyCacheNanos) {
            return Optional.of(known.institution());
        }
        Optional<Institution> found = reading.execute(s -> institutions.findByApiKeyHash(hash));
        if (found.isPresent()) {
            if (knownKeys.size() >= MAX_KNOWN_KEYS) {
                knownKeys.clear();
            }
            knownKeys.put(hash, new KnownKey(found.get(), now));
        } else {
            knownKeys.remove(hash);
        }
        return found;
    }

    /** A key found in the database, and when (System.nanoTime). */
    private record KnownKey(Institution institution, long at) {
    }

    @Transactional(readOnly = true)
    public Optional<Institution> find(String code) {
        return institutions.findById(code);
    }

    private static String code(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw Fields.invalid("An institution code has 1 to 32 letters, digits, '-' or '_'.");
        }
        return code;
    }

    private String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String apiKey) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
