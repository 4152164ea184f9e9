/**
 * The one permission list and its mapping to roles (docs/decisions/0004-permission-model.md).
 * Checks are fail-closed: an unknown role or permission is never granted.
 */
export const ROLES = ["owner", "admin", "assessor", "tracker", "viewer"] as const;
export type Role = (typeof ROLES)[number];

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
