package cn.gongji.portal.demo;

import org.springframework.stereotype.Component;

import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.registry.InstitutionKind;
import cn.gongji.portal.registry.InstitutionService;
import cn.gongji.portal.registry.InstitutionStatus;

/** Demo agents, supervisor and institutions (with documented development keys, README). */
@Component
class DemoStaffAndInstitutions {

    static final String PHARMACY_KEY = "dev-key-pharmacy-henan-0001";
    static final String HOSPITAL_KEY = "dev-key-hospital-beijing-0001";
    static final String SUSPENDED_PHARMACY_KEY = "dev-key-pharmacy-suspended-0009";

    private final InstitutionService institutions;

    DemoStaffAndInstitutions(InstitutionService institutions) {
        this.institutions = institutions;
    }

    void load() {
        institutions.register("PH-410100-001", "郑州市仁济大药房", InstitutionKind.PHARMACY, new RegionCode("410102"),
                InstitutionStatus.ACTIVE, PHARMACY_KEY);
        institutions.register("HO-110000-001", "北京市第一人民医院", InstitutionKind.HOSPITAL, new RegionCode("110105"),
                InstitutionStatus.ACTIVE, HOSPITAL_KEY);
        institutions.register("PH-110000-009", "北京市康安药店（暂停协议）", InstitutionKind.PHARMACY,
                new RegionCode("110108"), InstitutionStatus.SUSPENDED, SUSPENDED_PHARMACY_KEY);
    }
}
