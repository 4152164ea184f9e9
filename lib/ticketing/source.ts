import type { Stage } from "@/lib/framework/types";
import type { NextStepStatus, TNextStepTask } from "@/lib/validation/next-step";

/** One tracked next step as the ticketing exports read it: plain data, no database rows. */
export interface TicketSource {
  id: string;
  title: string;
  objective: string;
  tasks: readonly TNextStepTask[];
  stage: Stage;
  status: NextStepStatus;
  dueDate: string | null;
  /** The owner's sign-in email, which both trackers match to their own users. */
  ownerEmail: string | null;
  assessmentName: string;
  pillarId: string | null;
  pillarName: string | null;
  questionId: string;
  /** The item in the app, an absolute URL. */
  link: string;
}

/** Both trackers cap a summary or title at 255 characters. */
export const MAX_TITLE = 255;

/**
 * The stable key of an item in a tracker: a label (Jira) or tag (Azure DevOps) that a later
 * import or a query can match on, as neither importer lets a file choose the issue key.
 */
export const externalKey = (id: string) => `ztr-${id}`;

/** Labels and tags without spaces (Jira splits a label on a space), lower case. */
export const slug = (text: string) => text.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
