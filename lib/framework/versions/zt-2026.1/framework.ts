import type { Framework } from "../../types";
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

/** Released 2026-11-28. Released content never changes: fix mistakes in a new version. */
export const zt2026_1: Framework = {
  id: "zt-2026.1",
  name: "Zero Trust Readiness 2026.1",
  releasedOn: "2026-11-28",
  pillars,
  presets,
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
