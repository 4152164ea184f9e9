import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ActiveMembership } from "./actor";
import { PERMISSIONS, ROLES, type Permission, type Role } from "./permissions";
import { can, grantedPermissions, type PolicySubject } from "./policy";

const member = (role: Role, mfaRequired = false): ActiveMembership => ({ organizationId: "org", organizationName: "Org", role, mfaRequired });
const subject = (role: Role | null, options: { mfaRequired?: boolean; twoFactorEnabled?: boolean; tokenScopes?: Permission[] } = {}): PolicySubject => ({
  membership: role ? member(role, options.mfaRequired) : null,
  twoFactorEnabled: options.twoFactorEnabled ?? false,
  tokenScopes: options.tokenScopes,
});

// Each row: who acts, what they ask for, and whether `can` grants it.
const TABLE: [string, PolicySubject, Permission, boolean][] = [
  ["an owner, anything", subject("owner"), "mail.read", true],
  ["an admin, the audit log", subject("admin"), "audit.read", true],
  ["an admin, the organisation's mail", subject("admin"), "mail.read", false],
  ["an assessor, writing assessments", subject("assessor"), "assessment.write", true],
  ["an assessor, deleting assessments", subject("assessor"), "assessment.delete", false],
  ["a tracker, next steps", subject("tracker"), "nextstep.write", true],
  ["a tracker, writing assessments", subject("tracker"), "assessment.write", false],
  ["a viewer, reading", subject("viewer"), "assessment.read", true],
  ["a viewer, managing tokens", subject("viewer"), "token.manage", false],
  ["no membership, reading", subject(null), "assessment.read", false],
  ["an owner's token scoped to reading, reading", subject("owner", { tokenScopes: ["assessment.read"] }), "assessment.read", true],
  ["an owner's token scoped to reading, writing", subject("owner", { tokenScopes: ["assessment.read"] }), "assessment.write", false],
  ["a token with no scopes, reading", subject("owner", { tokenScopes: [] }), "assessment.read", false],
  ["a viewer's token with a scope beyond the role", subject("viewer", { tokenScopes: ["assessment.write"] }), "assessment.write", false],
  ["an owner without 2FA where it is required", subject("owner", { mfaRequired: true }), "assessment.read", false],
  ["an owner with 2FA where it is required", subject("owner", { mfaRequired: true, twoFactorEnabled: true }), "assessment.read", true],
  ["a viewer with 2FA where it is not required", subject("viewer", { twoFactorEnabled: true }), "assessment.read", true],
  ["a token of a member who must enrol", subject("owner", { mfaRequired: true, tokenScopes: ["assessment.read"] }), "assessment.read", false],
];

describe("can", () => {
  it.each(TABLE)("%s", (_, actor, permission, granted) => {
    expect(can(actor, permission)).toBe(granted);
  });

  it("grants exactly the role's permissions, within the token's scopes, and nothing before two-factor enrolment", () => {
    const role = fc.constantFrom(...ROLES);
    const scopes = fc.option(fc.subarray([...PERMISSIONS]), { nil: undefined });
    fc.assert(
      fc.property(role, fc.boolean(), fc.boolean(), scopes, fc.constantFrom(...PERMISSIONS), (role, mfaRequired, twoFactorEnabled, tokenScopes, permission) => {
        const actor = subject(role, { mfaRequired, twoFactorEnabled, tokenScopes });
        const expected = grantedPermissions(subject(role)).includes(permission) && (!tokenScopes || tokenScopes.includes(permission)) && (!mfaRequired || twoFactorEnabled);
        expect(can(actor, permission)).toBe(expected);
      }),
    );
  });
});

describe("grantedPermissions", () => {
  it("lists what `can` grants, in the permission list's order", () => {
    expect(grantedPermissions(subject("viewer"))).toEqual(["assessment.read", "report.export", "member.read"]);
    expect(grantedPermissions(subject("owner", { tokenScopes: ["member.read", "assessment.read"] }))).toEqual(["assessment.read", "member.read"]);
    expect(grantedPermissions(subject("owner", { mfaRequired: true }))).toEqual([]);
    expect(grantedPermissions(subject(null))).toEqual([]);
  });
});
