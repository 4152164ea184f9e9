/**
 * `npm run bench:dashboard`: server response times of the assessment dashboard (an assessment
 * with 20 snapshots) and of the portfolio page (1,000 assessments × 64 answers × 5 snapshots),
 * signed in as the demo user against the production build. Last line:
 * `dashboard_p50_ms=… dashboard_p95_ms=… portfolio_p50_ms=… portfolio_p95_ms=…`.
 */
import { seedLoad } from "../db/load-seed";
import { percentile, timeGets, withAppUnderTest } from "./app-under-test";

const REQUESTS = 40;

async function main(): Promise<void> {
  let longHistoryId = "";
  const started = performance.now();
  await withAppUnderTest(
    async (url) => {
      ({ longHistoryId } = await seedLoad(url));
      console.log(`load seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: 1,000 assessments × 64 answers × 5 snapshots, and one with 20 snapshots`);
    },
    async ({ baseUrl, cookie }) => {
      const dashboard = await timeGets(`${baseUrl}/assessments/${longHistoryId}/dashboard`, cookie, REQUESTS);
      const portfolio = await timeGets(`${baseUrl}/portfolio`, cookie, REQUESTS);
      const figures = (name: string, times: number[]) => `${name}_p50_ms=${percentile(times, 0.5).toFixed(1)} ${name}_p95_ms=${percentile(times, 0.95).toFixed(1)}`;
      console.log(`${REQUESTS} sequential requests each, after 5 unmeasured`);
      console.log(`${figures("dashboard", dashboard)} ${figures("portfolio", portfolio)}`);
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
