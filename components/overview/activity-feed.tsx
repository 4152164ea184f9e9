import Link from "next/link";
import type { OverviewActivity } from "@/lib/server/overview";
import { RelativeTime } from "./relative-time";
import { Panel } from "./panel";

/** Recent work in the organisation as sentences: "Dana saved 3 answers in FY27 baseline · 5 min ago". */
export function ActivityFeed({ activity, now }: { activity: OverviewActivity[]; now: Date }) {
  return (
    <Panel id="activity-heading" title="Recent activity">
      {activity.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing yet: answers, snapshots and next-step changes will show here.</p>
      ) : (
        <ol className="grid gap-2 text-sm">
          {activity.map((line) => (
            <li key={line.id} className="flex flex-wrap justify-between gap-x-3">
              <span>
                <span className="font-medium">{line.actor}</span> {line.verb}
                {line.target ? (
                  <>
                    {" "}
                    {line.target.href ? (
                      <Link href={line.target.href} className="text-primary underline underline-offset-4">
                        {line.target.name}
                      </Link>
                    ) : (
                      <span className="font-medium">{line.target.name}</span>
                    )}
                  </>
                ) : null}
              </span>
              <span className="text-xs text-muted-foreground">
                <RelativeTime at={line.at} now={now} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
