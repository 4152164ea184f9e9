import type { Metadata } from "next";
import { ApiTokens } from "@/components/settings/api-tokens";
import { ROLE_LABELS } from "@/lib/permissions";
import { SettingsHeader } from "@/components/settings/settings-header";
import { Card, CardContent } from "@/components/ui/card";
import { permissionsOf } from "@/lib/permissions";
import { can } from "@/lib/policy";
import { listMyApiTokens, needsReauthentication } from "@/lib/server/api-tokens";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const { actor, membership } = await requireMembership();
  const header = (
    <SettingsHeader title="API tokens">
      For tools that call the API on your behalf in {membership.organizationName}. Tokens never do more than your role allows.
    </SettingsHeader>
  );
  if (!can(actor, "token.manage")) {
    return (
      <>
        {header}
        <p className="text-sm">Your role here ({ROLE_LABELS[membership.role]}) cannot create API tokens.</p>
      </>
    );
  }
  const tokens = await listMyApiTokens(actor);
  return (
    <>
      {header}
      <Card>
        <CardContent className="pt-6">
          <ApiTokens
            grantable={permissionsOf(membership.role)}
            confirmPassword={needsReauthentication(actor)}
            tokens={tokens.map((token) => ({ ...token, expiresAt: token.expiresAt.toISOString(), lastUsedAt: token.lastUsedAt?.toISOString() ?? null }))}
          />
        </CardContent>
      </Card>
    </>
  );
}
