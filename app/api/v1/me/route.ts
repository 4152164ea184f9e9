import { grantedPermissions } from "@/lib/policy";
import { handleApi, noStore } from "@/lib/server/api";

/**
 * Who the caller is: the user, the organisation the token or session acts in, the role there and
 * what the caller may do. It reads nothing beyond what authentication already read, so it is also
 * the cheapest authenticated answer: `npm run bench:autosave` measures saves against it.
 */
export async function GET() {
  return handleApi(async (actor) => {
    const membership = actor.membership;
    return Response.json(
      {
        user: { id: actor.userId, email: actor.email, name: actor.name },
        organization: membership && { id: membership.organizationId, name: membership.organizationName },
        role: membership?.role ?? null,
        permissions: grantedPermissions(actor),
        via: actor.tokenScopes ? "api_token" : "session",
      },
      { headers: noStore },
    );
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";
