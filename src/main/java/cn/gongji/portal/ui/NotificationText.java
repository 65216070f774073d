package cn.gongji.portal.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;

import cn.gongji.portal.family.EndReason;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.shared.Channel;

/**
 * A notification in the reader's words (P3), the same on the citizen's list and on the agent's case:
 * {@code notification.<KIND>} (for a counter action on the phone {@code notification.COUNTER_ACTION.CALL_CENTRE} or
 * {@code .VERBAL_BIND}) with {0} the other person's masked name, {1} the amount, {2} what for or why, {3} the agent and
 * {4} the channel of a counter action; for a reminder that a quota ends (P2), {2} is its last day.
 * Only language-neutral values are stored; an agent's own words are
 * never part of a notification (D24).
 */
public final class NotificationText {

    /** A view's {@code getTranslation}. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... params);
    }

    /** What a notification carries, as the view has it. */
    public record Parts(NotificationKind kind, String otherName, String amount, String useKind, String reason,
                        String agent, Channel channel) {
    }

    private NotificationText() {
    }

    public static String of(Translator t, Parts n) {
        String other = n.otherName() == null ? "" : n.otherName();
        String amount = n.amount() == null ? "" : n.amount();
        return t.translate(key(n), other, amount, detail(t, n, other, amount),
                n.agent() == null ? "" : n.agent(),
                n.channel() == null ? "" : t.translate("channel." + n.channel().name()));
    }

    /**
     * Issue 12: a counter action taken on the phone says so, after an identity check of the caller; a verbal
     * commitment says that nothing has changed until the person confirms it himself.
     */
    private static String key(Parts n) {
        if (n.kind() == NotificationKind.COUNTER_ACTION && n.channel() == Channel.CALL_CENTRE) {
            return "VERBAL_BIND".equals(n.reason()) ? "notification.COUNTER_ACTION.VERBAL_BIND"
                    : "notification.COUNTER_ACTION.CALL_CENTRE";
        }
        return "notification." + n.kind().name();
    }

    /** What the money paid for (D24), why the relation ended (D23), or which counter action was taken (D7). */
    private static String detail(Translator t, Parts n, String other, String amount) {
        if (n.kind() == NotificationKind.COUNTER_ACTION) {
            String action = t.translate("counterAction." + n.reason());
            if (other.isEmpty()) {
                return action;
            }
            return amount.isEmpty() ? t.translate("notification.counter.withRelative", action, other)
                    : t.translate("notification.counter.withAmount", action, other, amount);
        }
        if (n.kind() == NotificationKind.QUOTA_ENDING_SOON
                || n.kind() == NotificationKind.GRANTED_QUOTA_ENDING_SOON) {
            return endDate(t, n.reason());
        }
        if (isConstantOf(UseKind.class, n.useKind())) {
            return t.translate("useKind." + n.useKind());
        }
        if (isConstantOf(EndReason.class, n.reason())) {
            return t.translate("endReason." + n.reason());
        }
        return "";
    }

    /**
     * P2: a quota's last day, as the reader's language writes dates ({@code notification.endDate}: MessageFormat's
     * long date in the reader's locale). The date is made a moment at the start of that day in the JVM's zone,
     * the zone MessageFormat formats in, so it reads as the same calendar day whatever the server's zone.
     */
    private static String endDate(Translator t, String isoDate) {
        try {
            LocalDate day = LocalDate.parse(isoDate);
            return t.translate("notification.endDate", Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        } catch (RuntimeException notADate) {
            return "";
        }
    }

    private static boolean isConstantOf(Class<? extends Enum<?>> type, String name) {
        return name != null && Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(name));
    }
}
