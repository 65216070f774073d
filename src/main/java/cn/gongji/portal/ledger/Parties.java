package cn.gongji.portal.ledger;

/** Which relation, quota and people an entry concerns; any may be {@code null}. */
public record Parties(Long sharerId, Long recipientId, Long relationId, Long quotaId) {

    public static final Parties NONE = new Parties(null, null, null, null);

    public static Parties relation(long sharerId, long recipientId, long relationId) {
        return new Parties(sharerId, recipientId, relationId, null);
    }

    public Parties withQuota(long quotaId) {
        return new Parties(sharerId, recipientId, relationId, quotaId);
    }
}
