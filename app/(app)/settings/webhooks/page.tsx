import type { Metadata } from "next";
import { ROLE_LABELS } from "@/lib/permissions";
import { SettingsHeader } from "@/components/settings/settings-header";
import { WebhookSettings } from "@/components/settings/webhook-settings";
import { Card, CardContent } from "@/components/ui/card";
import { can } from "@/lib/policy";
import { requireMembership } from "@/lib/server/session";
import { getWebhookSettings } from "@/lib/server/webhooks";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const { actor, membership } = await requireMembership();
  const header = (
    <SettingsHeader title="Webhooks">
      Tell your ticketing or chat tools when a next step of {membership.organizationName} changes status. How a receiver checks the signature is in docs/webhooks.md.
    </SettingsHeader>
  );
  if (!can(actor, "organization.manage")) {
    return (
      <>
        {header}
        <p className="text-sm">Your role here ({ROLE_LABELS[membership.role]}) cannot change webhooks. Owners and admins do.</p>
      </>
    );
  }
  const settings = await getWebhookSettings(actor);
  return (
    <>
      {header}
      <Card>
        <CardContent className="pt-6">
          <WebhookSettings url={settings.url} deliveries={settings.deliveries} />
        </CardContent>
      </Card>
    </>
  );
}
