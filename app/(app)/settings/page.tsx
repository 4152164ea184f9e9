import type { Metadata } from "next";
import { OrganizationNameForm } from "@/components/settings/organization-name-form";
import { ReportSettingsForm } from "@/components/settings/report-settings-form";
import { ScoringSettingsForm } from "@/components/settings/scoring-settings-form";
import { ROLE_LABELS } from "@/lib/permissions";
import { SettingsHeader } from "@/components/settings/settings-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/policy";
import { getReportClassification } from "@/lib/server/report";
import { settingsOf } from "@/lib/assessment/scoring-settings";
import { getScoringPolicy } from "@/lib/server/scoring-policy";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Organisation settings" };

/** Organisation-wide settings, one card per concern (name, then reports and the like). */
export default async function OrganizationSettingsPage() {
  const { actor, membership } = await requireMembership();
  const canManage = can(actor, "organization.manage");
  const [classification, policy] = canManage ? await Promise.all([getReportClassification(actor), getScoringPolicy(actor)]) : [null, null];
  return (
    <>
      <SettingsHeader title="Organisation">
        Settings that apply to everyone in {membership.organizationName}. Your role here: {ROLE_LABELS[membership.role]}.
      </SettingsHeader>
      <Card>
        <CardHeader>
          <CardTitle>Name</CardTitle>
          <CardDescription>Shown in the organisation switcher, on invitations and on reports.</CardDescription>
        </CardHeader>
        <CardContent>
          <OrganizationNameForm name={membership.organizationName} canEdit={canManage} />
        </CardContent>
      </Card>
      {classification !== null ? (
        <Card>
          <CardHeader>
            <CardTitle>Reports</CardTitle>
            <CardDescription>The classification marking printed on the cover and on every page of the PDF report.</CardDescription>
          </CardHeader>
          <CardContent>
            <ReportSettingsForm classification={classification} />
          </CardContent>
        </Card>
      ) : null}
      {policy !== null ? (
        <Card>
          <CardHeader>
            <CardTitle>Scoring</CardTitle>
            <CardDescription>How answers become results in every assessment of the organisation.</CardDescription>
          </CardHeader>
          <CardContent>
            <ScoringSettingsForm settings={settingsOf(policy)} />
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}
