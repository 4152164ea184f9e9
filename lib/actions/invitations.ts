"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { acceptInvitation } from "@/lib/server/members";
import { ZAcceptInvitation } from "@/lib/validation/organization";

export async function acceptInvitationAction(input: unknown) {
  const result = await runAction(ZAcceptInvitation, input, (actor, data) => acceptInvitation(actor, data.token));
  revalidatePath("/", "layout");
  return result;
}
