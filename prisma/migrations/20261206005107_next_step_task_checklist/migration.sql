-- Tasks become an ordered checklist [{ "text", "done" }]. Each non-blank line of the old text
-- becomes one open task, in order, within the new limits (50 tasks of 500 characters); tabs
-- and other control characters become spaces, as a task is one line of printable text.
ALTER TABLE "next_steps" ADD COLUMN "task_list" JSONB NOT NULL DEFAULT '[]';

UPDATE "next_steps" AS step
SET "task_list" = (
  SELECT COALESCE(jsonb_agg(jsonb_build_object('text', lines.text, 'done', false) ORDER BY lines.n), '[]'::jsonb)
  FROM (
    SELECT left(btrim(line), 500) AS text, n
    FROM unnest(string_to_array(replace(step."tasks", E'\r', ''), E'\n')) WITH ORDINALITY AS split(raw, n)
    CROSS JOIN LATERAL (SELECT regexp_replace(raw, '[[:cntrl:]]+', ' ', 'g') AS line) AS clean
    WHERE btrim(line) <> ''
    ORDER BY n
    LIMIT 50
  ) AS lines
)
WHERE btrim(step."tasks") <> '';

ALTER TABLE "next_steps" DROP COLUMN "tasks";
ALTER TABLE "next_steps" RENAME COLUMN "task_list" TO "tasks";
