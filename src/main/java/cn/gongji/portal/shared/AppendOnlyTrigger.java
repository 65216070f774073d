package cn.gongji.portal.shared;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's guard of the append-only tables (D25 ledger, D26/D7 casework audit, D27 flags; db/h2/V7_1): any UPDATE or
 * DELETE of one of their rows fails. On MySQL/MariaDB the same is done by SIGNAL triggers (db/mysql/V7_1).
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "?";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only", "45000");
    }
}
