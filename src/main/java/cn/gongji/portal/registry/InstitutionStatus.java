package cn.gongji.portal.registry;

/** The institution's agreement with the insurance. Only an ACTIVE one may settle or look up patients (D15). */
public enum InstitutionStatus {
    ACTIVE, SUSPENDED, TERMINATED;

    public boolean isDesignated() {
        return this == ACTIVE;
    }
}
