CREATE TABLE item_audit (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id    bigint NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION record_item_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO item_audit (item_id) VALUES (NEW.id);
    RETURN NEW;
END;
$$;

CREATE TRIGGER items_audit AFTER INSERT OR UPDATE ON items
    FOR EACH ROW EXECUTE FUNCTION record_item_change();
