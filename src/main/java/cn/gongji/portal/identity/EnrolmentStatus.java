package cn.gongji.portal.identity;

public enum EnrolmentStatus {
    ACTIVE, TERMINATED
}
