package cn.gongji.portal.registry;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import cn.gongji.portal.identity.EnrolmentStatus;
import cn.gongji.portal.identity.Scheme;

/**
 * The registry's view of one person's enrolment, its fields checked. PUT replaces the whole view: a phone left
 * out is removed. The password, if given, is the initial portal password; it is only ever stored as a BCrypt hash.
 */
record Enrolment(String name, String phone, Scheme scheme, EnrolmentStatus status, String regionCode,
                 String password) {

    private static final Pattern PHONE = Pattern.compile("[0-9]{5,20}");
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    private static final int MAX_PASSWORD_BYTES = 72;

    Enrolment {
        name = Fields.text(name, "name", 64);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw Fields.invalid("phone, if given, has 5 to 20 digits and nothing else.");
        }
        if (scheme == null || status == null) {
            throw Fields.invalid("scheme and status are required.");
        }
        if (password != null && (password.length() < 8 || password.length() > 64
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES
                || password.chars().anyMatch(Character::isISOControl))) {
            throw Fields.invalid("password, if given, has 8 to 64 characters (at most 72 bytes in UTF-8) and no "
                    + "control characters.");
        }
    }

    /** From the request's text fields: unknown scheme or status values are refused here, with what is allowed. */
    static Enrolment of(String name, String phone, String scheme, String status, String regionCode,
                        String password) {
        return new Enrolment(name, phone, Fields.oneOf(Scheme.class, scheme, "scheme"),
                Fields.oneOf(EnrolmentStatus.class, status, "status"), regionCode, password);
    }

    @Override
    public String toString() {
        // Never the password, not even in a debug log.
        return "Enrolment[scheme=" + scheme + ", status=" + status + ", regionCode=" + regionCode + "]";
    }
}
