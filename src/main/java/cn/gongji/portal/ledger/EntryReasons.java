package cn.gongji.portal.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that writes and reads the forms of a ledger entry's {@code reason} that code, not people, wrote
 * (issue 13). Besides these it holds an end reason's name (D23, {@code family.EndReason}) or someone's own words
 * (an agent's, the registry's), which are shown as they are, to staff only.
 */
public final class EntryReasons {

    /** P2: a quota's last day, as {@code end 2026-12-31}. */
    private static final Pattern END_DATE = Pattern.compile("end (\\d{4}-\\d{2}-\\d{2})");

    private EntryReasons() {
    }

    /** The reason of a quota granted with, or released at, an end date (P2). */
    public static String endDate(LocalDate lastDay) {
        return "end " + lastDay;
    }

    /** The last day an entry's reason names, if it is an end date written by {@link #endDate}. */
    public static Optional<LocalDate> endDateOf(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        Matcher m = END_DATE.matcher(reason);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
