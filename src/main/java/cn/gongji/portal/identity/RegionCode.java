package cn.gongji.portal.identity;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/** A 6-digit pooling-region code (统筹地区); its first two digits are the province. */
public record RegionCode(String value) {

    public RegionCode {
        if (value == null || !value.matches("[1-9][0-9]{5}")) {
            throw new RefusedException(Refusal.INVALID_REGION_CODE);
        }
    }

    public String province() {
        return value.substring(0, 2);
    }

    public boolean sameProvinceAs(RegionCode other) {
        return province().equals(other.province());
    }

    @Override
    public String toString() {
        return value;
    }
}
