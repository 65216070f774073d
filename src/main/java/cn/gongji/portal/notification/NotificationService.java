package cn.gongji.portal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.SharedMoneySpent;
import cn.gongji.portal.shared.Channel;

/** Sends and reads in-portal notifications (P3). Sent in the transaction of the change they tell about. */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, JdbcClient jdbc, Clock clock) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Tells {@code personId} about a change of relation {@code relationId} with {@code otherPersonId}. */
    public void notify(long personId, NotificationKind kind, long otherPersonId, long relationId, Money amount,
                       String reason) {
        notifications.save(new Notification(personId, Instant.now(clock), kind, otherPersonId, relationId,
                amount == null ? null : amount.amount(), null, reason));
    }

    /**
     * P3, D7: tells a person that an agent acted on his account for him: which action ({@code counterAction}, a
     * language-neutral name), the agent and the channel, and the relative and amount if any — never the agent's
     * own words (D24).
     */
    public void notifyCounterAction(long personId, String counterAction, String agent, Channel channel,
                                    Long otherPersonId, Long relationId, Money amount) {
        notifications.save(new Notification(personId, Instant.now(clock), otherPersonId, relationId,
                amount == null ? null : amount.amount(), counterAction, agent, channel));
    }

    /**
     * D24, P3: tells a sharer that a relative used his money, or that some came back — date, amount, who and kind of
     * use, nothing else. Heard from the ledger, which publishes every movement of shared money, in its transaction.
     */
    @EventListener
    void sharedMoneySpent(SharedMoneySpent moved) {
        // Plain SQL: this runs inside every spend of shared money, and the row is never read back in it.
        jdbc.sql("""
                        INSERT INTO notification (person_id, created_at, kind, other_person_id, relation_id, amount,
                            use_kind, reason, read_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)""")
                .params(moved.sharerId(), LedgerService.utc(moved.occurredAt()),
                        (moved.wasRefund() ? NotificationKind.SHARED_MONEY_REFUNDED
                                : NotificationKind.SHARED_MONEY_USED).name(),
                        moved.recipientId(), moved.relationId(), moved.amount().amount(),
                        moved.useKind() == null ? null : moved.useKind().name())
                .update();
    }

    @Transactional(readOnly = true)
    public long unreadCount(long personId) {
        return notifications.countByPersonIdAndReadAtIsNull(personId);
    }

    @Transactional(readOnly = true)
    public List<Notification> latest(long personId, Pageable page) {
        return notifications.findByPersonIdOrderByCreatedAtDescIdDesc(personId, page);
    }

    /** Marks the person's own notifications read; another person's ids are ignored. */
    public void markAllRead(long personId) {
        Instant now = Instant.now(clock);
        notifications.findByPersonIdOrderByCreatedAtDescIdDesc(personId, Pageable.unpaged())
                .forEach(n -> n.markRead(now));
    }
}
