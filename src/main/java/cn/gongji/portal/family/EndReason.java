package cn.gongji.portal.family;

/** Why a relation ended (D21, D22, D8); shown in history and on the timeline (D23, P6). */
public enum EndReason {
    DISSOLVED_BY_SHARER,
    DISSOLVED_BY_RECIPIENT,
    WITHDRAWN_BY_RECIPIENT,
    DECLINED_BY_SHARER,
    SHARER_INSURANCE_ENDED,
    RECIPIENT_INSURANCE_ENDED,
    SHARER_REGION_TRANSFER,
    RECIPIENT_REGION_TRANSFER,
    SHARER_LEFT_EMPLOYEE_SCHEME;

    public boolean isAutomatic() {
        return this != DISSOLVED_BY_SHARER && this != DISSOLVED_BY_RECIPIENT && this != WITHDRAWN_BY_RECIPIENT
                && this != DECLINED_BY_SHARER;
    }
}
