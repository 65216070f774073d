package cn.gongji.portal.identity;

/** The basic medical insurance a person is enrolled in. Only EMPLOYEE has a personal account. */
public enum Scheme {
    /** 职工基本医疗保险 — has a personal account (个人账户). */
    EMPLOYEE,
    /** 城乡居民基本医疗保险. */
    RESIDENT
}
