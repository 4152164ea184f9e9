import type { ReactNode } from "react";
import { ChartDataTable, ChartFigure } from "@/components/dashboard/chart-figure";
import { answeredText, dodCountText, dodPercent, dodStatusText, percentOf, viewRatingLabel, weakestText } from "@/lib/assessment/views";
import { formatPercent, formatScore } from "@/lib/assessment/labels";
import type { AssessmentView, CisaView, DodView, MicrosoftView, NistView } from "@/lib/scoring/views";
import { cn } from "@/lib/utils";
import { PercentBars, ScoreBars } from "./view-charts";

const round = (score: number | null) => (score === null ? null : Math.round(score * 100) / 100);

/**
 * A table that is part of the page (not a chart's alternative). On a phone it keeps readable
 * columns and scrolls sideways; the scrolling region takes focus so the keyboard can scroll it.
 */
function DetailTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: ReactNode[][] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="px-3 pt-2 text-left font-medium">{caption}</caption>
        <thead className="text-left text-muted-foreground">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="px-3 py-1.5 font-medium">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-t border-border align-top">
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="px-3 py-1.5 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  // Short figures ("3 of 7") stay on one line; long explanations wrap.
                  <td key={index} className={cn("px-3 py-1.5 tabular-nums", typeof cell === "string" && cell.length <= 24 && "whitespace-nowrap")}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <div className="grid gap-0.5">
        <h2 id={id} className="font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{intro}</p>
      </div>
      {children}
    </section>
  );
}

function CisaPanel({ view }: { view: Extract<CisaView, { available: true }> }) {
  return (
    <>
      <ChartFigure
        title="CISA Zero Trust Maturity Model"
        summary="Weighted mean level of the questions mapped to each CISA pillar's functions (1 Traditional to 4 Optimal). A stage is named once enough of them are answered."
        empty={view.pillars.every((pillar) => pillar.summary.score === null) ? "No mapped question is answered yet." : undefined}
        chart={<ScoreBars rows={view.pillars.map((pillar) => ({ name: pillar.label, score: round(pillar.summary.score) }))} />}
        table={
          <ChartDataTable
            headers={["CISA pillar", "Questions", "Answered", "Level", "Stage", "Weakest"]}
            rows={view.pillars.map(({ label, summary }) => [label, summary.mapped, answeredText(summary), formatScore(summary.score), viewRatingLabel(summary), weakestText(summary)])}
          />
        }
      />
      <Section id="cisa-functions-heading" title="By CISA function" intro="Each function's mapped questions; a question mapped to two functions counts in both.">
        {view.pillars.map((pillar) => (
          <DetailTable
            key={pillar.pillar}
            caption={pillar.label}
            headers={["Function", "Questions", "Answered", "Level", "Stage", "Weakest"]}
            rows={pillar.functions.map((fn) => [fn.name, fn.mapped, fn.mapped === 0 ? "—" : answeredText(fn), formatScore(fn.score), viewRatingLabel(fn), weakestText(fn)])}
          />
        ))}
      </Section>
    </>
  );
}

function DodPanel({ view }: { view: Extract<DodView, { available: true }> }) {
  return (
    <>
      <dl className="grid gap-3 sm:grid-cols-2">
        {(["target", "advanced"] as const).map((level) => (
          <div key={level} className="grid gap-1 rounded-lg border border-border p-4">
            <dt className="text-sm text-muted-foreground">{level === "target" ? "Target level" : "Advanced level"} capabilities</dt>
            <dd className="text-2xl font-semibold tracking-tight">{dodCountText(view[level])}</dd>
            <dd className="text-xs text-muted-foreground">
              of {view[level].total} DoD capabilities; {view[level].total - view[level].assessed} not assessed
            </dd>
          </div>
        ))}
      </dl>
      <ChartFigure
        title="DoD capability attainment by pillar"
        summary="Share of the assessed capabilities whose Target-level and Advanced-level activities every delivering question reaches."
        chart={
          <PercentBars
            rows={view.pillars.map((pillar) => ({ name: pillar.pillar, target: dodPercent(pillar.target), advanced: dodPercent(pillar.advanced) }))}
            series={[
              { key: "target", label: "Target level attained", colour: "var(--chart-1)" },
              { key: "advanced", label: "Advanced level attained", colour: "var(--chart-2)" },
            ]}
          />
        }
        table={<ChartDataTable headers={["DoD pillar", "Target level", "Advanced level"]} rows={view.pillars.map((pillar) => [pillar.pillar, dodCountText(pillar.target), dodCountText(pillar.advanced)])} />}
      />
      <Section
        id="dod-capabilities-heading"
        title="By DoD capability"
        intro="A level is attained when every question whose stage delivers an activity of that level is answered at or above that stage. N/A questions are left out; unanswered ones are not attained."
      >
        {view.pillars.map((pillar) => (
          <DetailTable
            key={pillar.pillar}
            caption={`${pillar.pillar}: Target ${dodCountText(pillar.target)}, Advanced ${dodCountText(pillar.advanced)}`}
            headers={["Capability", "Target level", "Advanced level"]}
            rows={pillar.capabilities.map((capability) => [`${capability.id} ${capability.name}`, dodStatusText(capability.target), dodStatusText(capability.advanced)])}
          />
        ))}
      </Section>
    </>
  );
}

function MicrosoftPanel({ view }: { view: Extract<MicrosoftView, { available: true }> }) {
  const progress = (share: number | null) => (share === null ? "—" : formatPercent(share));
  return (
    <>
      <ChartFigure
        title="Microsoft business scenarios"
        summary="Progress toward each scenario's own preset targets, not this assessment's."
        chart={<PercentBars rows={view.scenarios.map((scenario) => ({ name: scenario.name, progress: percentOf(scenario.progress) }))} series={[{ key: "progress", label: "Progress to the scenario's targets", colour: "var(--chart-1)" }]} />}
        table={<ChartDataTable headers={["Scenario", "Progress"]} rows={view.scenarios.map((scenario) => [scenario.name, progress(scenario.progress)])} />}
      />
      <Section
        id="microsoft-scenarios-heading"
        title="By business scenario"
        intro="Every question tagged with a scenario counts its stage up to the scenario's target (Traditional 0 to Optimal 3); progress is their sum over the sum of the targets. A stage above target earns nothing extra, an unanswered question counts as Traditional, N/A questions are left out."
      >
        <DetailTable
          caption="Progress per scenario"
          headers={["Scenario", "Progress", "At target", "Answered"]}
          rows={view.scenarios.map((scenario) => [
            scenario.name,
            scenario.progress === null ? "—" : `${progress(scenario.progress)} (${scenario.achieved} of ${scenario.required} stages)`,
            `${scenario.atTarget} of ${scenario.applicable}`,
            answeredText(scenario),
          ])}
        />
      </Section>
    </>
  );
}

function NistPanel({ view }: { view: Extract<NistView, { available: true }> }) {
  return (
    <>
      <ChartFigure
        title="NIST SP 800-207 tenets"
        summary="Per tenet, the share of its applicable questions at Advanced or above (met) and the share answered."
        chart={
          <PercentBars
            rows={view.tenets.map((tenet) => ({ name: `Tenet ${tenet.tenet}`, met: percentOf(tenet.metShare), answered: percentOf(tenet.mapped === 0 ? null : tenet.completeness) }))}
            series={[
              { key: "met", label: "Met (Advanced or above)", colour: "var(--chart-2)" },
              { key: "answered", label: "Answered", colour: "var(--chart-9)" },
            ]}
          />
        }
        table={
          <ChartDataTable
            headers={["Tenet", "Met", "Answered"]}
            rows={view.tenets.map((tenet) => [`Tenet ${tenet.tenet}`, tenet.metShare === null ? "—" : formatPercent(tenet.metShare), formatPercent(tenet.completeness)])}
          />
        }
      />
      <Section id="nist-tenets-heading" title="By tenet" intro="Met counts the applicable questions at Advanced or above; the stage follows the pillars' coverage and N/A rules.">
        <DetailTable
          caption="NIST SP 800-207 section 2.1"
          headers={["Tenet", "Met", "Answered", "Level", "Stage", "Weakest"]}
          rows={view.tenets.map((tenet) => [
            `${tenet.tenet}. ${tenet.label}`,
            `${tenet.met} of ${tenet.applicable}`,
            answeredText(tenet),
            formatScore(tenet.score),
            viewRatingLabel(tenet),
            weakestText(tenet),
          ])}
        />
      </Section>
    </>
  );
}

/** The chosen view of the answers, or why this question bank version has none. */
export function AssessmentViewPanel({ view }: { view: AssessmentView }) {
  if (!view.available) {
    return (
      <p role="status" className="rounded-lg border border-dashed border-border p-6 text-sm text-muted-foreground">
        {view.reason}
      </p>
    );
  }
  switch (view.view) {
    case "cisa":
      return <CisaPanel view={view} />;
    case "dod":
      return <DodPanel view={view} />;
    case "microsoft":
      return <MicrosoftPanel view={view} />;
    case "nist":
      return <NistPanel view={view} />;
  }
}
