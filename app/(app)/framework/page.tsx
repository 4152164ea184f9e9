import type { Metadata } from "next";
import { Download } from "lucide-react";
import { QuestionList } from "@/components/framework/question-list";
import { Button } from "@/components/ui/button";
import { LATEST_FRAMEWORK, questionsByPillar } from "@/lib/framework/index";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Framework" };

export default async function FrameworkPage() {
  await requireActor();
  const framework = LATEST_FRAMEWORK;
  return (
    <div className="grid gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{framework.name}</h1>
          <p className="text-sm text-muted-foreground">
            Version {framework.id}, released {framework.releasedOn}. {framework.questions.length} questions; each level is
            modelled on the CISA Zero Trust Maturity Model v2.0 stages.
          </p>
        </div>
        <Button asChild variant="outline" size="sm">
          <a href={`/api/v1/framework/${framework.id}`} download>
            <Download aria-hidden />
            Download JSON
          </a>
        </Button>
      </div>
      {framework.pillars.map((pillar) => (
        <section key={pillar.id} aria-labelledby={`pillar-${pillar.id}`} className="grid gap-3">
          <div>
            <h2 id={`pillar-${pillar.id}`} className="text-lg font-semibold">
              {pillar.name}
            </h2>
            <p className="text-sm text-muted-foreground">{pillar.summary}</p>
          </div>
          <QuestionList questions={questionsByPillar(framework, pillar.id)} />
        </section>
      ))}
    </div>
  );
}
