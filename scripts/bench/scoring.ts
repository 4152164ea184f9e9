/**
 * Scores 10,000 random complete assessments of the latest framework under the default policy,
 * with next steps and a dated roadmap each (prerequisites and question-group targets too): the
 * answers are resolved once and read by all three, as the server does.
 * The last line is machine-readable: `assessments=<n> ms=<steady state> cold_ms=<first pass>`, the
 * steady state being the median of several warm passes, as one pass on a busy machine can be far off.
 * `npm run bench:scoring` runs it bundled under plain node, as the server runs this code (run-under-node.ts).
 */
import { LATEST_FRAMEWORK, presetTargets } from "../../lib/framework/index";
import { STAGES, type Framework } from "../../lib/framework/types";
import { resolveAssessment } from "../../lib/scoring/answers";
import { scoreResolved } from "../../lib/scoring/maturity";
import { nextStepsOf } from "../../lib/scoring/next-steps";
import { DEFAULT_SCORING_POLICY } from "../../lib/scoring/policy";
import { roadmapOf, type RoadmapOptions } from "../../lib/scoring/roadmap";
import type { AnswerInput, Targets } from "../../lib/scoring/types";
import { seededRandom } from "../seeded-random";

const ASSESSMENTS = 10_000;
const SEED = 20_261_128;
const NOT_APPLICABLE_SHARE = 0.05;
const WARM_PASSES = 5;
/** A team of a few people: ten effort points a month, from the first month of 2027. */
const ROADMAP: RoadmapOptions = { start: "2027-01-01", capacity: 10 };

interface BenchCase {
  answers: AnswerInput[];
  targets: Targets;
}

/** Every question answered: a stage, or now and then N/A with a reason; targets from a random preset. */
function randomCase(framework: Framework, random: () => number): BenchCase {
  const answers = framework.questions.map((question): AnswerInput =>
    random() < NOT_APPLICABLE_SHARE
      ? { questionId: question.id, value: "not_applicable", naReason: "Not used here" }
      : { questionId: question.id, value: STAGES[Math.floor(random() * STAGES.length)]!, naReason: null },
  );
  const preset = framework.presets[Math.floor(random() * framework.presets.length)];
  return { answers, targets: preset ? presetTargets(preset) : {} };
}

function scoreAll(framework: Framework, cases: readonly BenchCase[]) {
  // Summed so the work cannot be skipped, and printed as a sanity check.
  let overallTotal = 0;
  let stepTotal = 0;
  let plannedTotal = 0;
  const policy = DEFAULT_SCORING_POLICY;
  const start = performance.now();
  for (const { answers, targets } of cases) {
    const resolved = resolveAssessment(framework, answers, targets, policy);
    overallTotal += scoreResolved(framework, resolved, policy).overall.score ?? 0;
    stepTotal += nextStepsOf(framework, resolved).length;
    plannedTotal += roadmapOf(framework, resolved, ROADMAP).steps.length;
  }
  return { ms: performance.now() - start, overallTotal, stepTotal, plannedTotal };
}

const framework = LATEST_FRAMEWORK;
const random = seededRandom(SEED);
const cases = Array.from({ length: ASSESSMENTS }, () => randomCase(framework, random));

// The first pass runs while V8 is still compiling the scoring code; a server scores warm, as the later passes do.
const cold = scoreAll(framework, cases);
const warmPasses = Array.from({ length: WARM_PASSES }, () => scoreAll(framework, cases));
const warmTimes = warmPasses.map((pass) => pass.ms).sort((a, b) => a - b);
const warm = { ...warmPasses[0]!, ms: warmTimes[Math.floor(WARM_PASSES / 2)]! };

const loader = process.execArgv.some((argument) => argument.includes("tsx")) ? "under tsx's loader" : "no loader";
console.log(`node ${process.version}, ${loader}, ${import.meta.url.endsWith(".ts") ? "TypeScript sources" : "bundled"}`);
console.log(`framework ${framework.id}: ${framework.questions.length} questions, ${framework.pillars.length} pillars, ${framework.presets.length} presets`);
console.log(
  `mean overall score ${(warm.overallTotal / ASSESSMENTS).toFixed(3)}, ${(warm.stepTotal / ASSESSMENTS).toFixed(1)} next steps and ${(warm.plannedTotal / ASSESSMENTS).toFixed(1)} roadmap steps per assessment`,
);
console.log(`first pass, JIT compiling: ${cold.ms.toFixed(1)} ms; steady state: ${((warm.ms * 1000) / ASSESSMENTS).toFixed(1)} µs per assessment`);
console.log(`warm passes: median ${warm.ms.toFixed(1)} ms of ${WARM_PASSES} (${warmTimes.map((ms) => ms.toFixed(1)).join(", ")})`);
console.log(`assessments=${ASSESSMENTS} ms=${warm.ms.toFixed(1)} cold_ms=${cold.ms.toFixed(1)}`);
