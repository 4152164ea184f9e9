import { Fragment } from "react";
import { formatDateTime } from "@/lib/assessment/labels";

export interface OutboxItem {
  id: string;
  subject: string;
  toEmail: string;
  createdAt: string;
  status: "held" | "failed";
  error: string | null;
  text: string;
}

/** Turns the app's own links (those starting with `appUrl`, its origin) into anchors; everything else stays text. */
function Body({ text, appUrl }: { text: string; appUrl: string }) {
  const parts = text.split(/(\s+)/);
  return (
    <pre className="min-w-0 whitespace-pre-wrap rounded-md bg-muted/60 p-3 font-sans text-sm [overflow-wrap:anywhere]">
      {parts.map((part, index) =>
        part.startsWith(`${appUrl}/`) ? (
          <a key={index} href={part} className="break-all font-medium text-primary underline underline-offset-4">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </pre>
  );
}

export function OutboxList({ items, appUrl, empty }: { items: OutboxItem[]; appUrl: string; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <ul className="grid min-w-0 gap-3">
      {items.map((item) => (
        <li key={item.id} className="min-w-0 rounded-md border border-border">
          <details className="group">
            <summary className="flex cursor-pointer flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-3">
              <span className="font-medium">{item.subject}</span>
              <span className="flex flex-wrap items-baseline gap-x-3 text-sm text-muted-foreground">
                <span className="break-all">To {item.toEmail}</span>
                <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                {item.status === "failed" ? (
                  <span className="rounded bg-destructive/10 px-1.5 py-0.5 text-xs font-medium text-destructive">Not delivered</span>
                ) : (
                  <span className="rounded bg-muted px-1.5 py-0.5 text-xs font-medium">Kept here</span>
                )}
              </span>
            </summary>
            <div className="grid min-w-0 gap-2 border-t border-border p-3">
              {item.error ? <p className="text-sm text-destructive">The mail server answered: {item.error}</p> : null}
              <Body text={item.text} appUrl={appUrl} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
