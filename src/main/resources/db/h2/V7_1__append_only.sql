-- H2 only (spring.flyway.locations of application.properties). H2 compares text exactly already.
-- The ledger (D25) and the audit of casework and supervision (D26, D7, D27) are append-only at the database: an
-- UPDATE or DELETE of their rows fails (cn.gongji.portal.shared.AppendOnlyTrigger).
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE, DELETE ON ledger_entry FOR EACH ROW
    CALL 'cn.gongji.portal.shared.AppendOnlyTrigger';
CREATE TRIGGER case_access_append_only BEFORE UPDATE, DELETE ON case_access FOR EACH ROW
    CALL 'cn.gongji.portal.shared.AppendOnlyTrigger';
CREATE TRIGGER counter_action_append_only BEFORE UPDATE, DELETE ON counter_action FOR EACH ROW
    CALL 'cn.gongji.portal.shared.AppendOnlyTrigger';
CREATE TRIGGER flag_append_only BEFORE UPDATE, DELETE ON flag FOR EACH ROW
    CALL 'cn.gongji.portal.shared.AppendOnlyTrigger';
CREATE TRIGGER flag_resolution_append_only BEFORE UPDATE, DELETE ON flag_resolution FOR EACH ROW
    CALL 'cn.gongji.portal.shared.AppendOnlyTrigger';
