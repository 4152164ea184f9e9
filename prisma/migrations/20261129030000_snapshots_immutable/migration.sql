-- A snapshot is a record of what was true at a point in time: the database refuses to change
-- one. Deleting stays possible, so deleting an assessment still removes its history, and so is
-- forgetting who took it when that user is deleted (the foreign key's SET NULL).
CREATE FUNCTION snapshots_immutable() RETURNS trigger AS $$
BEGIN
  IF NEW."takenById" IS NULL
     AND ROW(NEW.id, NEW."assessmentId", NEW.label, NEW."takenAt", NEW."frameworkVersion", NEW.answers, NEW.scores)
         IS NOT DISTINCT FROM ROW(OLD.id, OLD."assessmentId", OLD.label, OLD."takenAt", OLD."frameworkVersion", OLD.answers, OLD.scores) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'snapshots are immutable: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER snapshots_no_update
  BEFORE UPDATE ON "snapshots"
  FOR EACH ROW EXECUTE FUNCTION snapshots_immutable();
