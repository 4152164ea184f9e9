import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, Options } from "@/components/ui/select";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS, AUDIT_OUTCOME_LABELS, AUDIT_OUTCOMES } from "@/lib/audit/labels";

const ACTIONS = Object.entries(AUDIT_ACTION_LABELS).sort(([, a], [, b]) => a.localeCompare(b));

/** The filter as a plain GET form: every filter lands in the URL, so it survives a reload and can be shared. */
export function AuditFilter({ values }: { values: Record<string, string | undefined> }) {
  const action = values.action ?? "";
  // A value typed into the URL that no option offers stays selected rather than silently dropped.
  const custom = action && !AUDIT_ACTION_LABELS[action] && !AUDIT_ACTION_GROUPS.some((group) => group.prefix === action);
  return (
    <form className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter the audit log">
      <div className="grid w-full gap-1.5 sm:w-auto">
        <Label htmlFor="audit-actor">Person (name or e-mail)</Label>
        <Input id="audit-actor" name="actor" defaultValue={values.actor ?? ""} className="w-full sm:w-52" maxLength={200} />
      </div>
      <div className="grid w-full gap-1.5 sm:w-auto">
        <Label htmlFor="audit-action">Action</Label>
        <NativeSelect id="audit-action" name="action" defaultValue={action} className="w-full sm:w-56">
          <option value="">Any action</option>
          {custom ? <option value={action}>Starting with “{action}”</option> : null}
          <optgroup label="Kinds of action">
            {AUDIT_ACTION_GROUPS.map((group) => (
              <option key={group.prefix} value={group.prefix}>
                {group.label} (all)
              </option>
            ))}
          </optgroup>
          <optgroup label="Actions">
            {ACTIONS.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </optgroup>
        </NativeSelect>
      </div>
      <div className="grid w-full gap-1.5 sm:w-auto">
        <Label htmlFor="audit-outcome">Outcome</Label>
        <NativeSelect id="audit-outcome" name="outcome" defaultValue={values.outcome ?? ""} className="w-full sm:w-36">
          <option value="">Any outcome</option>
          <Options values={AUDIT_OUTCOMES} labels={AUDIT_OUTCOME_LABELS} />
        </NativeSelect>
      </div>
      <div className="grid min-w-36 flex-1 gap-1.5 sm:flex-none">
        <Label htmlFor="audit-from">From</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={values.from ?? ""} className="w-full sm:w-40" />
      </div>
      <div className="grid min-w-36 flex-1 gap-1.5 sm:flex-none">
        <Label htmlFor="audit-to">To</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={values.to ?? ""} className="w-full sm:w-40" />
      </div>
      <div className="flex gap-2">
        <Button type="submit">Filter</Button>
        <Button asChild variant="ghost">
          <Link href="/audit">Clear</Link>
        </Button>
      </div>
    </form>
  );
}
