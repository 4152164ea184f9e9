import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grantableRoles, mayManageRole, PERMISSIONS, permissionsOf, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, roleHasPermission } from "./permissions";

describe("roleHasPermission", () => {
  it("gives owners everything and viewers only reading", () => {
    expect(permissionsOf("owner")).toEqual([...PERMISSIONS]);
    expect(permissionsOf("viewer")).toEqual(["assessment.read", "report.export", "member.read"]);
  });

  it("lets assessors write assessments but not manage members, and trackers only next steps", () => {
    expect(roleHasPermission("assessor", "assessment.write")).toBe(true);
    expect(roleHasPermission("assessor", "member.manage")).toBe(false);
    expect(roleHasPermission("tracker", "nextstep.write")).toBe(true);
    expect(roleHasPermission("tracker", "assessment.write")).toBe(false);
    expect(roleHasPermission("admin", "audit.read")).toBe(true);
    expect(roleHasPermission("assessor", "audit.read")).toBe(false);
  });

  it("lets owners and admins approve N/A answers, and nobody below them", () => {
    expect(ROLES.filter((role) => roleHasPermission(role, "na.approve"))).toEqual(["owner", "admin"]);
  });

  it("fails closed on anything that is not a known role and permission", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (role, permission) => {
        const known = (ROLES as readonly unknown[]).includes(role) && (PERMISSIONS as readonly unknown[]).includes(permission);
        if (!known) expect(roleHasPermission(role, permission)).toBe(false);
      }),
    );
    expect(roleHasPermission("owner", "assessment.read ")).toBe(false);
    expect(roleHasPermission("Owner", "assessment.read")).toBe(false);
  });

  it("grants every role a subset of the owner's permissions, each lower role a subset of the one above", () => {
    const chain = ROLES.map((role) => new Set(permissionsOf(role)));
    expect([...chain[3]!].every((permission) => chain[2]!.has(permission))).toBe(true);
    expect([...chain[4]!].every((permission) => chain[3]!.has(permission))).toBe(true);
  });
});

describe("who may grant which role", () => {
  it("lets owners grant every role, admins all but owner and admin, and nobody else any", () => {
    expect(grantableRoles("owner")).toEqual([...ROLES]);
    expect(grantableRoles("admin")).toEqual(["assessor", "tracker", "viewer"]);
    expect(grantableRoles("assessor")).toEqual([]);
    expect(grantableRoles("tracker")).toEqual([]);
    expect(grantableRoles("viewer")).toEqual([]);
  });

  it("lets only owners act on owners and admins", () => {
    for (const manager of ROLES) {
      expect(mayManageRole(manager, "owner")).toBe(manager === "owner");
      expect(mayManageRole(manager, "admin")).toBe(manager === "owner");
      expect(mayManageRole(manager, "viewer")).toBe(roleHasPermission(manager, "member.manage"));
    }
  });
});

describe("role names", () => {
  it("names and describes every role", () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role]).toMatch(/^[A-Z][a-z]+$/);
      expect(ROLE_DESCRIPTIONS[role].length).toBeGreaterThan(0);
    }
  });
});
