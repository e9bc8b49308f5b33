-- Version 10 sorts after 2 (Flyway compares numbers, not names).
ALTER TABLE items ENABLE ROW LEVEL SECURITY;
REVOKE EXECUTE ON FUNCTION record_item_change() FROM PUBLIC, anon, authenticated;
