import type { AuditChange } from "@/lib/audit/changes";

/** Values longer than this fold behind their first words. */
const FOLD_AT = 80;

function Value({ text }: { text: string | null }) {
  return text === null ? <span className="text-muted-foreground">—</span> : <span className="break-words">{text}</span>;
}

/** The before side is shown when there is one and it differs: a question id stays the same across a change. */
function Line({ change }: { change: AuditChange }) {
  const shown = (before: string | null) => before !== null && before !== change.after;
  return (
    <>
      <span className="font-medium">{change.label}:</span> {shown(change.before) ? <Value text={change.before} /> : null}
      {shown(change.before) ? " → " : null}
      <Value text={change.after} />
    </>
  );
}

/** "Field: before → after" per recorded field; long values fold into a <details>. */
export function AuditChanges({ changes, more }: { changes: AuditChange[]; more: number }) {
  if (changes.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <ul className="grid min-w-56 max-w-md gap-1 text-xs">
      {changes.map((change) => {
        const long = (change.before?.length ?? 0) + (change.after?.length ?? 0) > FOLD_AT;
        return (
          <li key={change.field}>
            {long ? (
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{change.label}:</span> {change.before === null ? "set" : "changed"} <span className="text-muted-foreground">(long text, show)</span>
                </summary>
                <div className="mt-1 grid gap-1 rounded-md bg-muted/50 p-2">
                  <Line change={change} />
                  {change.truncated ? <span className="text-muted-foreground">Cut short here; the CSV export holds the whole value.</span> : null}
                </div>
              </details>
            ) : (
              <Line change={change} />
            )}
          </li>
        );
      })}
      {more ? <li className="text-muted-foreground">and {more} more in the CSV export</li> : null}
    </ul>
  );
}
