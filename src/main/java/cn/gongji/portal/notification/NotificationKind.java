package cn.gongji.portal.notification;

/** What a notification tells; its text is {@code notification.<KIND>} in the message bundles. */
public enum NotificationKind {
    SHARED_MONEY_USED,
    SHARED_MONEY_REFUNDED,
    RELATION_BOUND,
    RELATION_REQUESTED,
    RELATION_CONFIRMED,
    RELATION_DECLINED,
    RELATION_DISSOLVED,
    QUOTA_GRANTED,
    QUOTA_REVOKED,
    QUOTA_RELEASED,
    QUOTA_EXPIRED,
    /** P3: an agent acted on the person's account for him (D7); names the action, the agent and the channel. */
    COUNTER_ACTION
}
