package cn.gongji.portal.security;

import java.util.List;

/** What a staff account may do. A supervisor is also an agent: he can open cases as well as review them. */
public enum StaffRole {
    AGENT(List.of(Roles.AGENT)),
    SUPERVISOR(List.of(Roles.AGENT, Roles.SUPERVISOR));

    private final List<String> roles;

    StaffRole(List<String> roles) {
        this.roles = roles;
    }

    /** The {@link Roles} this staff role grants. */
    public List<String> roles() {
        return roles;
    }
}
