/** Readable names for the audit trail's action codes, outcomes and recorded fields. */

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "answer.saved": "Answer saved",
  "answer.confirmed": "Carried-over answer confirmed",
  "answer.na_approved": "N/A answer approved",
  "answer.na_rejected": "N/A answer rejected",
  "assessment.created": "Assessment created",
  "assessment.updated": "Assessment changed",
  "assessment.archived": "Assessment archived",
  "assessment.restored": "Assessment restored",
  "assessment.deleted": "Assessment deleted",
  "assessment.version_moved": "Assessment moved to a new question bank version",
  "assessment.exported": "Assessment exported",
  "assessment.imported": "Assessment imported",
  "snapshot.recorded": "Snapshot recorded",
  "snapshot.rescored": "Snapshot re-scored with current rules",
  "evidence.uploaded": "Evidence file attached",
  "evidence.downloaded": "Evidence file downloaded",
  "evidence.deleted": "Evidence file deleted",
  "nextstep.updated": "Next step changed",
  "nextstep.bulk_status": "Next steps' status changed",
  "nextstep.exported": "Next steps exported",
  "roadmap.updated": "Roadmap capacity or start changed",
  "roadmap.step_pinned": "Roadmap step pinned to a month",
  "roadmap.step_unpinned": "Roadmap step unpinned",
  "roadmap.accepted": "Roadmap accepted",
  "report.downloaded": "Report downloaded",
  "audit.exported": "Audit log exported",
  "auth.sign_in": "Signed in",
  "auth.sign_up": "Signed up",
  "auth.sign_out": "Signed out",
  "auth.sso_sign_in": "Signed in with single sign-on",
  "auth.sso_sign_in_failed": "Single sign-on failed",
  "auth.two_factor_failed": "Two-factor code refused",
  "auth.two_factor_locked": "Two-factor locked after failures",
  "auth.recovery_code_used": "Recovery code used",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.sign_in_blocked": "Sign-in blocked",
  "auth.email_verified": "E-mail address confirmed",
  "auth.password_changed": "Password changed",
  "auth.password_reset": "Password reset",
  "auth.password_reset_requested": "Password reset requested",
  "auth.reauthentication_failed": "Password confirmation failed",
  "authorization.denied": "Permission denied",
  "invitation.created": "Invitation sent",
  "invitation.accepted": "Invitation accepted",
  "invitation.revoked": "Invitation revoked",
  "member.role_changed": "Member's role changed",
  "member.removed": "Member removed",
  "member.sessions_ended": "Member's sessions ended",
  "mfa.enabled": "Two-factor authentication turned on",
  "mfa.disabled": "Two-factor authentication turned off",
  "mfa.enrolment_started": "Two-factor set-up started",
  "mfa.enrolment_failed": "Two-factor set-up failed",
  "organization.created": "Organisation created",
  "organization.renamed": "Organisation renamed",
  "organization.mfa_policy_changed": "Two-factor policy changed",
  "organization.scoring_policy_changed": "Scoring settings changed",
  "organization.webhook_set": "Webhook set",
  "organization.webhook_secret_rotated": "Webhook secret rotated",
  "organization.webhook_removed": "Webhook removed",
  "session.revoked": "Session signed out",
  "session.expired": "Session expired",
  "setup.owner_created": "First owner created",
  "setup.refused": "Set-up refused",
  "token.created": "API token created",
  "token.revoked": "API token revoked",
  "mail.sent": "E-mail sent",
  "mail.held": "E-mail held",
  "mail.failed": "E-mail failed",
};

/** Groups offered by the action filter: each matches the actions that start with its prefix. */
export const AUDIT_ACTION_GROUPS: { prefix: string; label: string }[] = [
  { prefix: "assessment.", label: "Assessments" },
  { prefix: "answer.", label: "Answers" },
  { prefix: "snapshot.", label: "Snapshots" },
  { prefix: "evidence.", label: "Evidence files" },
  { prefix: "nextstep.", label: "Next steps" },
  { prefix: "roadmap.", label: "Roadmaps" },
  { prefix: "auth.", label: "Sign-in and passwords" },
  { prefix: "authorization.", label: "Permission refusals" },
  { prefix: "member.", label: "Members" },
  { prefix: "invitation.", label: "Invitations" },
  { prefix: "mfa.", label: "Two-factor authentication" },
  { prefix: "organization.", label: "Organisation" },
  { prefix: "session.", label: "Sessions" },
  { prefix: "token.", label: "API tokens" },
  { prefix: "mail.", label: "E-mail" },
];

/** "member.role_changed" without a label reads "Member: role changed". */
export function auditActionLabel(action: string): string {
  const known = AUDIT_ACTION_LABELS[action];
  if (known) return known;
  const [domain = "", ...rest] = action.split(".");
  const what = rest.join(" ").replaceAll("_", " ");
  const name = domain.charAt(0).toUpperCase() + domain.slice(1);
  return what ? `${name}: ${what}` : name;
}

export const AUDIT_OUTCOMES = ["success", "failure", "denied"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = { success: "Success", failure: "Failure", denied: "Denied" };
export const auditOutcomeLabel = (outcome: string) => AUDIT_OUTCOME_LABELS[outcome as AuditOutcome] ?? outcome;

const FIELD_LABELS: Record<string, string> = {
  questionId: "Question",
  level: "Level",
  method: "Method",
  reason: "Reason",
  value: "Answer",
  naReason: "N/A reason",
  note: "Note",
  evidence: "Evidence",
  criteriaMet: "Criteria met",
  version: "Version",
  name: "Name",
  scope: "Scope",
  status: "Status",
  ownerId: "Owner",
  userId: "User",
  dueDate: "Due date",
  notes: "Notes",
  tasks: "Tasks",
  role: "Role",
  user: "User",
  email: "E-mail",
  label: "Label",
  targets: "Targets",
  frameworkVersion: "Framework version",
  overallScore: "Overall score",
  snapshotId: "Snapshot",
  nextSteps: "Next steps",
  permission: "Permission",
  expiresAt: "Expires",
  expiresInDays: "Expires in days",
  scopes: "Scopes",
  mfaRequired: "Two-factor required",
  rows: "Rows",
  format: "Format",
  filter: "Filter",
  fileId: "File",
  contentType: "Type",
  size: "Size (bytes)",
  sha256: "SHA-256",
  expiresOn: "Expires on",
};

/** "naReason" → "N/A reason"; an unknown "closedReason" → "Closed reason". */
export function auditFieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/(?<=[a-z\d])(?=[A-Z])/g, " ").replaceAll("_", " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
