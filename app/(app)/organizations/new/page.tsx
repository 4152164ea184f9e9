import type { Metadata } from "next";
import { NewOrganizationForm } from "@/components/settings/new-organization-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "New organisation" };

export default async function NewOrganizationPage() {
  const actor = await requireActor();
  return (
    <Card className="mx-auto max-w-lg">
      <CardHeader>
        <CardTitle level={1}>New organisation</CardTitle>
        <CardDescription>
          {actor.membership ? "You will be its owner and can invite others." : "You are not a member of any organisation yet. Create one, or ask an owner for an invitation link."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <NewOrganizationForm />
      </CardContent>
    </Card>
  );
}
