package cn.gongji.portal.casework;

import java.time.Instant;

import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.notification.NotificationKind;

/**
 * A notification the portal sent to the case's person (P3), with the other person masked (D2).
 *
 * @param detail the use kind (D24) or the end reason (D23) it carries, or {@code null}
 */
public record NotificationLine(Instant sentAt, NotificationKind kind, String otherName, Money amount, String detail,
                               boolean read) {
}
