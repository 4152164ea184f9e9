-- A snapshot is a record of what was true at a point in time: the database refuses to change
-- one. Deleting stays possible, so deleting an assessment still removes its history.
CREATE FUNCTION snapshots_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'snapshots are immutable: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER snapshots_no_update
  BEFORE UPDATE ON "snapshots"
  FOR EACH ROW EXECUTE FUNCTION snapshots_immutable();
