package cn.gongji.portal.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * A request as idempotency sees it (D19): whose it is, the id the client gave it, and the SHA-256 of its
 * canonical content. Two requests are "the same" when their canonical content is: build it from the parsed,
 * normalised fields (an amount as {@code Money.toString()}, an ID number as {@code IdNumber.value()}), not from
 * the raw JSON, so that {@code "80.0"} and {@code "80.00"} or a different key order are the same request.
 *
 * @param client    who sent it, at most 64 characters: {@code "registry"}, or one institution (see
 *                  {@code ApiInstitution.idempotencyClient()})
 * @param requestId the client's own id for the request, 1–64 visible ASCII characters
 * @param bodyHash  the SHA-256 of the canonical content, 64 lower-case hex digits
 */
public record IdempotentRequest(String client, String requestId, String bodyHash) {

    private static final Pattern REQUEST_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public IdempotentRequest {
        if (client == null || client.isBlank() || client.length() > 64) {
            throw new IllegalArgumentException("A client name has 1 to 64 characters: " + client);
        }
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            throw new RefusedException(Refusal.INVALID_REQUEST,
                    "requestId is required: 1 to 64 visible ASCII characters, without spaces.");
        }
        if (bodyHash == null || !HASH.matcher(bodyHash).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest: " + bodyHash);
        }
    }

    /**
     * The request {@code requestId} of {@code client}, whose content is the operation and its canonical fields.
     * The operation name is part of the hash, so one id reused for another operation is a different request.
     * Fields are strings on purpose: {@code IdNumber.toString()} is masked (D2) and must never be hashed.
     */
    public static IdempotentRequest of(String client, String requestId, String operation, String... fields) {
        return new IdempotentRequest(client, requestId, sha256Hex(canonical(operation, fields)));
    }

    /** Length-prefixed, so that no two different field lists give the same text ("a|b","c" vs "a","b|c"). */
    static String canonical(String operation, String... fields) {
        StringBuilder text = new StringBuilder(Objects.requireNonNull(operation));
        for (String field : fields) {
            text.append('|');
            if (field == null) {
                text.append('~');
            } else {
                text.append(field.length()).append(':').append(field);
            }
        }
        return text.toString();
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
