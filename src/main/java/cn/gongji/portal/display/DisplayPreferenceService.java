package cn.gongji.portal.display;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.security.PortalUser;

/**
 * Elderly mode (适老化), remembered with the account: a citizen's on his person row, a staff member's on his staff
 * row (column {@code large_text}, V9_4). The layout asks it at every sign-in and tells it when the switch is pressed;
 * the choice is the user's own, so it is read and written for the signed-in user only, never for someone else.
 *
 * <p>Plain SQL on one column rather than a field of {@code Person} or {@code StaffAccount}: the preference has no
 * rule, and the account entities stay as their features own them.
 */
@Service
public class DisplayPreferenceService {

    private final JdbcClient jdbc;

    DisplayPreferenceService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the user chose large text; false for an account that has no row (nothing stored yet). */
    @Transactional(readOnly = true)
    public boolean largeText(PortalUser user) {
        return row(user, "SELECT large_text FROM %s WHERE %s = ?")
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * Remembers the user's choice for every later sign-in, on any device.
     *
     * @return whether it was stored (false only for a user without an account row, e.g. a test's made-up staff)
     */
    @Transactional
    public boolean setLargeText(PortalUser user, boolean on) {
        return row(user, "UPDATE %s SET large_text = ? WHERE %s = ?", on).update() == 1;
    }

    private JdbcClient.StatementSpec row(PortalUser user, String template, Object... leading) {
        boolean citizen = user.getPersonId() != null;
        // Table and column names come from this class only; the values are bound parameters.
        JdbcClient.StatementSpec spec = jdbc.sql(template.formatted(citizen ? "person" : "staff",
                citizen ? "id" : "username"));
        for (Object value : leading) {
            spec = spec.param(value);
        }
        return spec.param(citizen ? user.getPersonId() : user.getStaffUsername());
    }
}
