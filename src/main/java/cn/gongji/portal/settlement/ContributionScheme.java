package cn.gongji.portal.settlement;

import cn.gongji.portal.ledger.UseKind;

/** D14: the two personal contributions a recipient may pay from shared money. */
public enum ContributionScheme {
    /** 城乡居民基本医疗保险个人缴费. */
    RESIDENT_MEDICAL_INSURANCE,
    /** 长期护理保险个人缴费. */
    LONG_TERM_CARE_INSURANCE;

    public UseKind useKind() {
        return this == RESIDENT_MEDICAL_INSURANCE ? UseKind.RESIDENT_CONTRIBUTION : UseKind.LTC_CONTRIBUTION;
    }
}
