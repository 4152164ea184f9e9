/**
 * For scripts that shell out to system tools: checks that each command is on the PATH and, when
 * it is missing, installs its Debian package with apt-get if running as root (as `.ci/run`
 * does), or stops with the command to run. Nothing is installed when everything is present.
 */
import { execFileSync, spawnSync } from "node:child_process";

/** A command and the Debian package that provides it. */
export interface RequiredTool {
  command: string;
  aptPackage: string;
}

/** pdfinfo, pdftotext and pdftoppm, for reading and rendering PDF reports. */
export const POPPLER_TOOLS: RequiredTool[] = ["pdfinfo", "pdftotext", "pdftoppm"].map((command) => ({ command, aptPackage: "poppler-utils" }));

const onPath = (command: string) => spawnSync("sh", ["-c", 'command -v "$1"', "sh", command], { stdio: "ignore" }).status === 0;

export function requireTools(tools: readonly RequiredTool[]): void {
  const missing = tools.filter((tool) => !onPath(tool.command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((tool) => tool.aptPackage))];
  const commands = missing.map((tool) => tool.command).join(", ");
  const install = `sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}`;
  if (process.getuid?.() !== 0 || !onPath("apt-get")) {
    console.error(`Missing ${commands}. Install ${packages.join(", ")} first, for example:\n  ${install}`);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(", ")} for ${commands}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env });
  const still = missing.filter((tool) => !onPath(tool.command));
  if (still.length > 0) {
    console.error(`Still missing after installing ${packages.join(", ")}: ${still.map((tool) => tool.command).join(", ")}.`);
    process.exit(1);
  }
}
