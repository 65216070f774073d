package cn.gongji.portal.casework;

import java.time.Instant;

import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.shared.Channel;

/**
 * A notification the portal sent to the case's person (P3), with the other person masked (D2).
 *
 * @param useKind the use kind it carries (D24), or {@code null}
 * @param reason  the end reason (D23) or the counter action (D7) it carries, or {@code null}
 * @param agent   the agent of a counter action, or {@code null}
 * @param channel the channel of a counter action, or {@code null}
 */
public record NotificationLine(Instant sentAt, NotificationKind kind, String otherName, Money amount, String useKind,
                               String reason, String agent, Channel channel, boolean read) {
}
