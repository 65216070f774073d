package cn.gongji.portal.shared;

/** How a change reached the portal (D7, D25). */
public enum Channel {
    ONLINE, SERVICE_HALL, CALL_CENTRE, REGISTRY, INSTITUTION, SYSTEM
}
