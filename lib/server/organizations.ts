import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "./db";

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|(?<!-)-+$/g, "")
    .slice(0, 40);
  return `${base || "org"}-${randomBytes(3).toString("hex")}`;
}

/** `db` is a transaction's client when the organisation must commit together with its owner. */
export async function createOrganizationWithOwner(ownerId: string, name: string, db: Prisma.TransactionClient = prisma): Promise<string> {
  const organization = await db.organization.create({
    data: { name, slug: slugify(name), memberships: { create: { userId: ownerId, role: "owner" } } },
  });
  return organization.id;
}

/** Every new user starts as the owner of an organisation of their own. */
export function createPersonalOrganization(user: { id: string; name: string }, db: Prisma.TransactionClient = prisma): Promise<string> {
  return createOrganizationWithOwner(user.id, `${user.name.trim() || "My"}'s organisation`, db);
}
