import { lineage } from "./lineage";
import type { FrameworkV2 } from "../../types";
import { quantities } from "./quantities";
import { pillars } from "./pillars";
import { presets } from "./presets";
import { identityQuestions } from "./identity";
import { devicesQuestions } from "./devices";
import { appsQuestions } from "./apps";
import { dataQuestions } from "./data";
import { infrastructureQuestions } from "./infrastructure";
import { networkQuestions } from "./network";
import { visibilityQuestions } from "./visibility";
import { automationQuestions } from "./automation";
import { governanceQuestions } from "./governance";

/** Released 2026-12-06. Released content never changes: fix mistakes in a new version. */
export const zt2026_2: FrameworkV2 = {
  id: "zt-2026.2",
  name: "Zero Trust Readiness 2026.2",
  releasedOn: "2026-12-06",
  pillars,
  presets,
  format: 2,
  quantities,
  lineage,
  questions: [
    ...identityQuestions,
    ...devicesQuestions,
    ...appsQuestions,
    ...dataQuestions,
    ...infrastructureQuestions,
    ...networkQuestions,
    ...visibilityQuestions,
    ...automationQuestions,
    ...governanceQuestions,
  ],
};
