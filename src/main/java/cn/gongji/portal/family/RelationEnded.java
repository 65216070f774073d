package cn.gongji.portal.family;

import cn.gongji.portal.shared.Actor;

/**
 * Published, inside the transaction that ends a live relation, so that whoever holds money for it (the wallet's
 * quotas) releases it at once (D21, D22).
 */
public record RelationEnded(long relationId, long sharerId, long recipientId, EndReason reason, Actor actor) {
}
