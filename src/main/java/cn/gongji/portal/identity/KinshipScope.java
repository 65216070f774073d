package cn.gongji.portal.identity;

/** Which kinds of relatives a region accepts for same-province sharing (D4). */
public enum KinshipScope {
    /** 2021: spouse, parent, child only (国办发〔2021〕14号). */
    SCOPE_2021,
    /** Current: the eight close-relative kinds (近亲属). */
    CURRENT
}
