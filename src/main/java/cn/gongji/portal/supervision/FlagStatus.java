package cn.gongji.portal.supervision;

/** Which flags a supervisor wants to see. */
public enum FlagStatus {
    OPEN, RESOLVED, ALL
}
