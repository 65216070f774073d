package cn.gongji.portal.family;

import cn.gongji.portal.identity.RegionCode;

/** D10a: follows from the two persons' provinces; never chosen, never changed. */
public enum SharingMode {
    /** Cross-province through the wallet: quotas are granted and reserved (D10). */
    WALLET,
    /** Same-province: the sharer's account is charged at settlement (D9). */
    ACCOUNT;

    public static SharingMode between(RegionCode sharer, RegionCode recipient) {
        return sharer.sameProvinceAs(recipient) ? ACCOUNT : WALLET;
    }
}
