import type { Metadata } from "next";
import { OutboxList, type OutboxItem } from "@/components/mail/outbox-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/policy";
import { appLink, smtpConfigured } from "@/lib/server/mail";
import { listMyMail, listOrganizationMail, type OutboxRow } from "@/lib/server/outbox";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Outbox" };

const items = (rows: OutboxRow[]): OutboxItem[] => rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));

export default async function OutboxPage() {
  const actor = await requireActor();
  const canReadOrganizationMail = can(actor, "mail.read");
  const [mine, organization] = await Promise.all([listMyMail(actor), canReadOrganizationMail ? listOrganizationMail(actor) : []]);
  const appUrl = new URL(appLink("/")).origin;
  return (
    <div className="grid min-w-0 gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Outbox</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">
          {smtpConfigured()
            ? "Mail goes out through the configured mail server. Messages it refused are kept here, newest first, so nothing is lost."
            : "This server has no mail server configured (SMTP_URL), so it keeps the e-mail it would have sent here, newest first."}
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Mail to you</CardTitle>
          <CardDescription>Messages for your own account, such as e-mail confirmation links. Only you see them.</CardDescription>
        </CardHeader>
        <CardContent>
          <OutboxList items={items(mine)} appUrl={appUrl} empty="No messages for you." />
        </CardContent>
      </Card>
      {canReadOrganizationMail && actor.membership ? (
        <Card>
          <CardHeader>
            <CardTitle>Mail sent for {actor.membership.organizationName}</CardTitle>
            <CardDescription>Invitations to join this organisation. Only its owners see them.</CardDescription>
          </CardHeader>
          <CardContent>
            <OutboxList items={items(organization)} appUrl={appUrl} empty="No invitations waiting here." />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
