import { z } from "zod";
import { ZId } from "./assessment";

export const ZRescoreSnapshot = z.object({ assessmentId: ZId, snapshotId: ZId });
