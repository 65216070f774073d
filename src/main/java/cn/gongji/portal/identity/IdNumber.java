package cn.gongji.portal.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * The 18-character resident ID number (居民身份证号码, D1): 17 digits and a check character computed with
 * ISO 7064 MOD 11-2, characters 7–14 a valid birth date. An instance is always valid.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public IdNumber {
        if (!isValid(value)) {
            throw new RefusedException(Refusal.INVALID_ID_NUMBER);
        }
    }

    /** Parses user input: trims, accepts a lower-case x, refuses anything malformed with INVALID_ID_NUMBER. */
    public static IdNumber parse(String text) {
        if (text == null) {
            throw new RefusedException(Refusal.INVALID_ID_NUMBER);
        }
        return new IdNumber(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return value.charAt(17) == checkCharacter(value.substring(0, 17)) && birthDateOf(value) != null;
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String value) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            return date.getYear() >= 1880 ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** D2: {@code 1101**********123X} — the first four and last four characters only. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
