package cn.gongji.portal.identity;

/** The policy of one province-level region (D4, D8, D18). */
public record RegionPolicy(String province, String nameZh, String nameEn, KinshipScope scope,
                           boolean recipientMayInitiate, boolean bothCodesRequired) {
}
