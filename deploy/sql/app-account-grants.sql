-- The portal's own account on MySQL/MariaDB: what it may do, table by table (issue 11, docs in README "Security").
--
-- Two accounts: the OWNER runs the migrations (Flyway: PORTAL_DB_OWNER_USER / PORTAL_DB_OWNER_PASSWORD; it needs
-- ALL on the database, and TRIGGER, plus SUPER or log_bin_trust_function_creators=1 where the binary log is on) and
-- the APP account the portal works with (PORTAL_DB_USER / PORTAL_DB_PASSWORD). The portal deletes nothing, and the
-- ledger (D25) and the audits of casework, supervision and staff sessions (D26, D7, D27) are never changed: the app account may only
-- read and add to them. Run after the portal's first start (the tables exist then), as the owner, in the portal's
-- database, after CREATE USER 'gongji_app'@'%' IDENTIFIED BY '<a strong password>':
--     mysql -u <owner> -p <database> < deploy/sql/app-account-grants.sql
-- A new table in a migration gets its line here (GrantsCoverEveryTableTest checks that none is missing).

-- Tables the portal changes.
GRANT SELECT, INSERT, UPDATE ON person TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON account TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON staff TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON relation TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON commitment TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON quota TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON notification TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON institution TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON api_request TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON settlement TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON settlement_part TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON fraud_event TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON funds_lookup TO 'gongji_app'@'%';
GRANT SELECT, INSERT, UPDATE ON verbal_commitment TO 'gongji_app'@'%';

-- Append-only tables: read and add, never change or delete.
GRANT SELECT, INSERT ON ledger_entry TO 'gongji_app'@'%';
GRANT SELECT, INSERT ON case_access TO 'gongji_app'@'%';
GRANT SELECT, INSERT ON counter_action TO 'gongji_app'@'%';
GRANT SELECT, INSERT ON flag TO 'gongji_app'@'%';
GRANT SELECT, INSERT ON flag_resolution TO 'gongji_app'@'%';
GRANT SELECT, INSERT ON staff_session_event TO 'gongji_app'@'%';
