import { z } from "zod";
import { PILLARS } from "@/lib/framework/types";
import { ASSESSMENT_STATUSES, ZId } from "./assessment";

/** The portfolio's filters, as they travel in its URL. A value that does not parse is ignored, never an error page. */
export const ZPortfolioFilter = z.object({
  owner: ZId.optional().catch(undefined),
  status: z.enum(ASSESSMENT_STATUSES).optional().catch(undefined),
  pillar: z.enum(PILLARS).optional().catch(undefined),
});
export type TPortfolioFilter = z.infer<typeof ZPortfolioFilter>;
