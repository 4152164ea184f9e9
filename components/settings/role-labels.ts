import type { Role } from "@/lib/permissions";

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
