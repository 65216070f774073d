package cn.gongji.portal.demo;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.registry.InstitutionKind;
import cn.gongji.portal.registry.InstitutionService;
import cn.gongji.portal.registry.InstitutionStatus;
import cn.gongji.portal.security.StaffAccount;
import cn.gongji.portal.security.StaffAccountRepository;
import cn.gongji.portal.security.StaffRole;

/** Demo agents, supervisor and institutions (with documented development keys, README). */
@Component
class DemoStaffAndInstitutions {

    static final String PHARMACY_KEY = "dev-key-pharmacy-henan-0001";
    static final String HOSPITAL_KEY = "dev-key-hospital-beijing-0001";
    static final String SUSPENDED_PHARMACY_KEY = "dev-key-pharmacy-suspended-0009";

    static final String AGENT_PASSWORD = "Agent@2026";
    static final String SUPERVISOR_PASSWORD = "Super@2026";

    private final InstitutionService institutions;
    private final StaffAccountRepository staff;
    private final PasswordEncoder passwords;

    DemoStaffAndInstitutions(InstitutionService institutions, StaffAccountRepository staff,
                             PasswordEncoder passwords) {
        this.institutions = institutions;
        this.staff = staff;
        this.passwords = passwords;
    }

    void load() {
        staff.save(new StaffAccount("agent01", "王晓燕", StaffRole.AGENT, passwords.encode(AGENT_PASSWORD)));
        staff.save(new StaffAccount("super01", "刘国强", StaffRole.SUPERVISOR, passwords.encode(SUPERVISOR_PASSWORD)));
        institutions.register("PH-410100-001", "郑州市仁济大药房", InstitutionKind.PHARMACY, new RegionCode("410102"),
                InstitutionStatus.ACTIVE, PHARMACY_KEY);
        institutions.register("HO-110000-001", "北京市第一人民医院", InstitutionKind.HOSPITAL, new RegionCode("110105"),
                InstitutionStatus.ACTIVE, HOSPITAL_KEY);
        institutions.register("PH-110000-009", "北京市康安药店（暂停协议）", InstitutionKind.PHARMACY,
                new RegionCode("110108"), InstitutionStatus.SUSPENDED, SUSPENDED_PHARMACY_KEY);
    }
}
