/** `npm run --silent framework:export [version]`: prints a framework version as JSON. */
import { frameworkJson } from "../../lib/framework/export";
import { getFramework, LATEST_FRAMEWORK } from "../../lib/framework/index";

const requested = process.argv[2];
const framework = requested ? getFramework(requested) : LATEST_FRAMEWORK;
if (!framework) {
  console.error(`Unknown framework version "${requested}".`);
  process.exit(2);
}
process.stdout.write(frameworkJson(framework));
