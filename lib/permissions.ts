/**
 * The one permission list, its mapping to roles, who may grant which role, and how roles are
 * named to people (docs/decisions/0004-permission-model.md). Checks are fail-closed: an
 * unknown role or permission is never granted. `can` (lib/policy.ts) applies them to an actor.
 */
export const ROLES = ["owner", "admin", "assessor", "tracker", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  assessor: "Assessor",
  tracker: "Tracker",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including granting owner and admin",
  admin: "Members, settings and the audit log",
  assessor: "Create and edit assessments",
  tracker: "Update next steps",
  viewer: "Read dashboards and reports",
};

export const PERMISSIONS = [
  "assessment.read",
  "assessment.write",
  "assessment.delete",
  // Approving an N/A answer so it leaves scoring, when the organisation requires approval.
  "na.approve",
  "nextstep.write",
  "report.export",
  "member.read",
  "member.manage",
  "organization.manage",
  "audit.read",
  "token.manage",
  "mail.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ["assessment.read", "report.export", "member.read"];

const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  owner: new Set(PERMISSIONS),
  admin: new Set([...READ, "assessment.write", "assessment.delete", "na.approve", "nextstep.write", "member.manage", "organization.manage", "audit.read", "token.manage"]),
  assessor: new Set([...READ, "assessment.write", "nextstep.write", "token.manage"]),
  tracker: new Set([...READ, "nextstep.write", "token.manage"]),
  viewer: new Set([...READ]),
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function roleHasPermission(role: unknown, permission: unknown): boolean {
  if (!isRole(role) || typeof permission !== "string") return false;
  return ROLE_PERMISSIONS[role].has(permission as Permission);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => ROLE_PERMISSIONS[role].has(permission));
}

/** Owner and admin: only owners grant, change or remove these roles, or act on the members who hold them. */
const PRIVILEGED_ROLES: readonly Role[] = ["owner", "admin"];

/**
 * Whether a member of `managerRole` may grant `role`, take it away, or act on (sessions,
 * tokens) a member who holds it. Needs member.manage; privileged roles need an owner.
 */
export function mayManageRole(managerRole: Role, role: Role): boolean {
  return roleHasPermission(managerRole, "member.manage") && (managerRole === "owner" || !PRIVILEGED_ROLES.includes(role));
}

/** The roles a member of `managerRole` may grant, in ROLES order. */
export function grantableRoles(managerRole: Role): Role[] {
  return ROLES.filter((role) => mayManageRole(managerRole, role));
}
