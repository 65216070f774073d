-- H2 only. The audit of staff sign-ins and sign-outs (V8) is append-only like the other audit tables (V7_1).
CREATE TRIGGER staff_session_event_append_only BEFORE UPDATE, DELETE ON staff_session_event FOR EACH ROW
    CALL 'cn.gongji.portal.shared.AppendOnlyTrigger';
