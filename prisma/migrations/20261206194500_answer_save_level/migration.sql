-- ─── The common answer save as a function ────────────────────────────────────
-- One answer set to a level, with its audit event, in one statement (lib/server/answers.ts,
-- saveLevel; docs/decisions/0017-the-request-path.md). Sent as a statement of its own, it was
-- parsed and planned again on every autosave, which cost PostgreSQL more than running it; the
-- statements of a PL/pgSQL function are planned once per connection. The app still sends only
-- unnamed statements (`SELECT * FROM answer_save_level(…)`), so a transaction pooler needs no
-- prepared-statement support.
--
-- It writes only when the assessment is in the organisation, under way (neither a draft nor
-- archived) and on the framework version given, share-locked to the end of the statement so an
-- archiving or a move waits for it; and only over an answer at the version expected that holds
-- no N/A and no free text, and that this save changes. The event's `before` is built here from
-- the row replaced: identifiers and a level, which redaction would leave as they are. Otherwise
-- it writes nothing. Either way it answers the assessment as it found it (no row: not in that
-- organisation) with the version written, or null.
CREATE FUNCTION answer_save_level(
  p_assessment text, p_organization text, p_framework text, p_answer text, p_question text, p_expected integer,
  p_level "AnswerLevel", p_note text, p_evidence text[], p_criteria text[], p_user text, p_at timestamp,
  p_event text, p_event_actor text, p_event_actor_email text, p_event_organization text, p_event_action text, p_event_target_type text,
  p_event_target text, p_event_outcome text, p_event_ip text, p_event_user_agent text, p_event_request text, p_event_after jsonb)
RETURNS TABLE (id text, status text, "frameworkVersion" text, version integer)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
  -- A first answer (version 0 expected) is inserted, a later one updated: one part writes, the
  -- other is ruled out by `p_expected`.
  RETURN QUERY
  WITH target AS (
    SELECT a.id FROM assessments a
    WHERE a.id = p_assessment AND a."organizationId" = p_organization AND a.status NOT IN ('draft', 'archived') AND a."frameworkVersion" = p_framework
    FOR SHARE
  ), inserted AS (
    INSERT INTO answers (id, "assessmentId", "questionId", level, note, evidence, "criteriaMet", "updatedById", "updatedAt")
    SELECT p_answer, target.id, p_question, p_level, p_note, p_evidence, p_criteria, p_user, p_at FROM target WHERE p_expected = 0
    ON CONFLICT ("assessmentId", "questionId") DO NOTHING
    RETURNING answers.version, NULL::jsonb AS before
  ), updated AS (
    -- `old` is the row as the statement first read it: should the row change before it is
    -- locked, the conditions on `ans` are checked again on the new one, and fail unless it
    -- still holds what `before` says. The SET list is answerUpdate's (answers.ts) for a level
    -- that keeps no N/A decision.
    UPDATE answers ans SET level = p_level, "naReason" = NULL, note = p_note, evidence = p_evidence, "criteriaMet" = p_criteria, "naReviewDate" = NULL,
      "carriedFrom" = NULL, "updatedById" = p_user, "updatedAt" = p_at, version = ans.version + 1,
      "naApprovedById" = NULL, "naApprovedAt" = NULL, "naRejectedById" = NULL, "naRejectedAt" = NULL, "naRejectionNote" = NULL
    FROM target, answers old
    WHERE p_expected > 0 AND ans."assessmentId" = target.id AND ans."questionId" = p_question AND ans.version = p_expected AND old.id = ans.id
      AND ans.level <> 'not_applicable' AND ans."naReason" IS NULL AND ans.note = '' AND ans.evidence = '{}'
      AND ans.level = old.level AND ans."criteriaMet" = old."criteriaMet" AND ans."carriedFrom" IS NOT DISTINCT FROM old."carriedFrom"
      AND (ans.level <> p_level OR ans."criteriaMet" <> p_criteria OR ans."carriedFrom" IS NOT NULL OR p_note <> '' OR p_evidence <> '{}')
    RETURNING ans.version, jsonb_build_object('questionId', old."questionId", 'value', old.level::text, 'naReason', NULL, 'note', '', 'evidence', '[]'::jsonb,
      'criteriaMet', to_jsonb(old."criteriaMet"), 'carriedFrom', old."carriedFrom") AS before
  ), written AS (
    SELECT * FROM inserted UNION ALL SELECT * FROM updated
  ), logged AS (
    INSERT INTO audit_events (id, at, "actorId", "actorEmail", "organizationId", action, "targetType", "targetId", outcome, ip, "userAgent", "requestId", before, after)
    SELECT p_event, p_at, p_event_actor, p_event_actor_email, p_event_organization, p_event_action, p_event_target_type, p_event_target, p_event_outcome,
      p_event_ip, p_event_user_agent, p_event_request, written.before, p_event_after
    FROM written
  )
  SELECT a.id, a.status::text, a."frameworkVersion", (SELECT w.version FROM written w)
  FROM assessments a WHERE a.id = p_assessment AND a."organizationId" = p_organization;
END;
$$;
