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
    /** P2, P3: to the recipient, once, when a quota with money left is within seven days of its last day. */
    QUOTA_ENDING_SOON,
    /** P2, P3: the same reminder to the sharer who granted the quota. */
    GRANTED_QUOTA_ENDING_SOON,
    /** P3: an agent acted on the person's account for him (D7); names the action, the agent and the channel. */
    COUNTER_ACTION
}
