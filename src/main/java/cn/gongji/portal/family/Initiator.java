package cn.gongji.portal.family;

public enum Initiator {
    SHARER, RECIPIENT
}
