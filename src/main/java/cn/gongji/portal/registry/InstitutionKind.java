package cn.gongji.portal.registry;

/** A designated institution (定点医药机构, D13). */
public enum InstitutionKind {
    /** 定点医疗机构: hospital or clinic. */
    HOSPITAL,
    /** 定点零售药店: retail pharmacy. */
    PHARMACY
}
