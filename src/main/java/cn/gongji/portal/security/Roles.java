package cn.gongji.portal.security;

/**
 * The roles a signed-in user can hold, for {@code @RolesAllowed} on views. Spring stores each as the authority
 * {@code ROLE_<name>}. A person's roles follow what he can do, not a fixed type: one person is often both a sharer
 * and a recipient.
 */
public final class Roles {

    /** Every person signed in with an ID number. */
    public static final String CITIZEN = "CITIZEN";
    /** D5: an active employee-insured person, who can share his personal account. */
    public static final String SHARER = "SHARER";
    /** D5: an actively insured person (employee or resident), who can receive shared money. */
    public static final String RECIPIENT = "RECIPIENT";
    /** Service-hall or call-centre staff acting for citizens (D7, D26). */
    public static final String AGENT = "AGENT";
    /** Reviews flags and the audit trail (D27); also holds every right of an agent. */
    public static final String SUPERVISOR = "SUPERVISOR";

    static final String PREFIX = "ROLE_";

    private Roles() {
    }

    static String authority(String role) {
        return PREFIX + role;
    }
}
