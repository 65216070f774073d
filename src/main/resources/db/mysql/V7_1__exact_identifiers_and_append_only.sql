-- MySQL/MariaDB only (spring.flyway.locations of application-mysql.properties).
--
-- 1. Identifiers compare exactly (issue 11). A column takes its database's default collation, and a server's
--    default is case-blind (utf8mb4_general_ci): the unique keys on (client, request_id) and (institution_code,
--    request_id) then took "abc" and "ABC" for one request, and a second bill was answered as a repeat and never
--    charged (D19). Every table, and the database's default for tables to come, compares text byte by byte, as H2
--    does; names and other text only lose case-blind sorting, which Chinese text does not have.
--    The one foreign key between text columns (a settlement's parts) is dropped for the change and made again.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE settlement_part DROP FOREIGN KEY fk_part_settlement;
ALTER TABLE person CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE account CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE staff CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE relation CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE commitment CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE quota CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ledger_entry CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE notification CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE institution CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE api_request CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE settlement CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE settlement_part CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE fraud_event CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE funds_lookup CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE case_access CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE counter_action CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE flag CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE flag_resolution CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE settlement_part ADD CONSTRAINT fk_part_settlement FOREIGN KEY (settlement_id) REFERENCES settlement (id);

-- 2. The ledger (D25) and the audit of casework and supervision (D26, D7, D27) are append-only at the database too:
--    an UPDATE or DELETE of their rows fails, whoever sends it. Deployers also give the portal's own account no
--    UPDATE/DELETE on these tables (deploy/sql/app-account-grants.sql); the triggers hold where that is forgotten.
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only (D25)';
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only (D25)';
CREATE TRIGGER case_access_no_update BEFORE UPDATE ON case_access FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_access is append-only (D26)';
CREATE TRIGGER case_access_no_delete BEFORE DELETE ON case_access FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_access is append-only (D26)';
CREATE TRIGGER counter_action_no_update BEFORE UPDATE ON counter_action FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'counter_action is append-only (D7)';
CREATE TRIGGER counter_action_no_delete BEFORE DELETE ON counter_action FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'counter_action is append-only (D7)';
CREATE TRIGGER flag_no_update BEFORE UPDATE ON flag FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'flag is append-only (D27)';
CREATE TRIGGER flag_no_delete BEFORE DELETE ON flag FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'flag is append-only (D27)';
CREATE TRIGGER flag_resolution_no_update BEFORE UPDATE ON flag_resolution FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'flag_resolution is append-only (D27)';
CREATE TRIGGER flag_resolution_no_delete BEFORE DELETE ON flag_resolution FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'flag_resolution is append-only (D27)';
