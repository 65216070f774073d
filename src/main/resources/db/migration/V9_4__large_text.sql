-- Issue 12: elderly mode (适老化). Whether a person or a staff member reads the portal in large, high-contrast text,
-- kept with his account so that it follows him to every later sign-in and every device.
ALTER TABLE person ADD COLUMN large_text BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE staff ADD COLUMN large_text BOOLEAN DEFAULT FALSE NOT NULL;
