package cn.gongji.portal.casework;

import cn.gongji.portal.identity.EnrolmentStatus;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;

/**
 * A search result, masked as D2 requires. The full ID number is kept only to open the case (where the opening is
 * logged, D26); a view must never show it.
 */
public record CaseMatch(String idNumber, String maskedName, String maskedIdNumber, String maskedPhone,
                        Scheme scheme, EnrolmentStatus status, String regionCode) {

    static CaseMatch of(Person p) {
        return new CaseMatch(p.idNumber().value(), p.maskedName(), p.idNumber().masked(),
                cn.gongji.portal.identity.Masking.phone(p.getPhone()), p.getScheme(), p.getStatus(),
                p.region().value());
    }
}
