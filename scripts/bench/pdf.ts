/**
 * `npm run bench:pdf`: time to generate and download the full PDF report of the 20-snapshot
 * assessment of the load seed through the production build, and the server's peak memory.
 * Last line: `pdf_ms=… pdf_p95_ms=… peak_rss_mb=… pages=…`.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { seedLoad } from "../db/load-seed";
import { POPPLER_TOOLS, requireTools } from "../require-tools";
import { peakRssMb, percentile, withAppUnderTest } from "./app-under-test";

const REQUESTS = 20;

async function main(): Promise<void> {
  // Before the seed and the build, so a machine without poppler learns it at once.
  requireTools(POPPLER_TOOLS);
  let longHistoryId = "";
  await withAppUnderTest(
    async (url) => {
      // The report reads one assessment: a small load is enough around it.
      ({ longHistoryId } = await seedLoad(url, { assessments: 20 }));
    },
    async ({ baseUrl, cookie, serverPid }) => {
      const url = `${baseUrl}/api/v1/assessments/${longHistoryId}/report`;
      const times: number[] = [];
      let pdf = Buffer.alloc(0);
      for (let index = 0; index < REQUESTS + 3; index += 1) {
        const started = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        pdf = Buffer.from(await response.arrayBuffer());
        if (response.status !== 200) throw new Error(`report answered ${response.status}`);
        if (index >= 3) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const file = path.join(tmpdir(), `bench-report-${process.pid}.pdf`);
      writeFileSync(file, pdf);
      const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1] ?? "?";
      console.log(`${REQUESTS} reports after 3 unmeasured, ${(pdf.length / 1024).toFixed(0)} KB each`);
      console.log(`pdf_ms=${percentile(times, 0.5).toFixed(1)} pdf_p95_ms=${percentile(times, 0.95).toFixed(1)} peak_rss_mb=${(await peakRssMb(serverPid)).toFixed(0)} pages=${pages}`);
    },
  );
}

await main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
