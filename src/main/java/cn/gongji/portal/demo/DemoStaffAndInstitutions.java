package cn.gongji.portal.demo;

import org.springframework.stereotype.Component;

/** Demo agents, supervisor and institutions (with documented development keys). */
@Component
class DemoStaffAndInstitutions {

    void load() {
        // Filled in once the staff accounts and institutions exist (security and registry packages).
    }
}
