-- MySQL/MariaDB only. The audit of staff sign-ins and sign-outs (V8) is append-only like the other audit tables
-- (V7_1). Its text columns compare exactly by the database's default that V7_1 set.
CREATE TRIGGER staff_session_event_no_update BEFORE UPDATE ON staff_session_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff_session_event is append-only';
CREATE TRIGGER staff_session_event_no_delete BEFORE DELETE ON staff_session_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff_session_event is append-only';
