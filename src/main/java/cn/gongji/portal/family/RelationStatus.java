package cn.gongji.portal.family;

public enum RelationStatus {
    /** Requested by the recipient, waiting for the sharer (D8). */
    PENDING,
    LIVE,
    /** The sharer declined the request (D8). */
    DECLINED,
    /** Ended by a party or by a life event (D21, D22); read-only in history (D23). */
    DISSOLVED;

    public boolean isOpen() {
        return this == PENDING || this == LIVE;
    }
}
