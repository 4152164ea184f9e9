/** Ports on this machine: whether one is free, and what to tell the user when it is not. */
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

/** A listen that failed because another process holds the address. */
export class PortInUseError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`Port ${port} on ${host} is already in use`);
    this.name = "PortInUseError";
  }
}

export const isAddressInUse = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === "EADDRINUSE";

/** Listens on `host:port` (0: any free port) and closes again; the port it got, or PortInUseError. */
export async function probePort(host: string, port: number): Promise<number> {
  const server = createServer();
  const bound = await new Promise<number>((resolve, reject) => {
    server.once("error", (error) => reject(isAddressInUse(error) ? new PortInUseError(host, port) : error));
    server.listen(port, host, () => resolve((server.address() as { port: number }).port));
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return bound;
}

/**
 * The ports the kernel hands out by itself: to every listen on port 0 and every connection made
 * without a port of its own. Linux's setting; elsewhere a range that holds at least macOS's and
 * Windows' (49152 to 65535).
 */
export function ephemeralPortRange(): { low: number; high: number } {
  try {
    const [low, high] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high) && low! > 0 && high! >= low!) return { low: low!, high: high! };
  } catch {
    // Not Linux.
  }
  return { low: 32768, high: 65535 };
}

/** Where portForLater looks below the ephemeral range: above the ports services are usually given. */
const LATER_PORTS_FROM = 20_000;

/**
 * A free port for a server another process starts later, other than those in `avoid` (chosen for
 * its neighbours, and free only until they bind). Port 0's choice comes from the ephemeral range,
 * where any other listen on port 0, or connection, made before the server binds can take it (a
 * server that then cannot start is one guess at a cluster test that saw a server never ready);
 * a free port outside that range is taken only by a process asking for that very number. Port 0's
 * choice when nothing outside it is free.
 */
export async function portForLater(host: string, avoid: ReadonlySet<number> = new Set()): Promise<number> {
  const { low, high } = ephemeralPortRange();
  const below = Math.max(0, low - LATER_PORTS_FROM);
  const above = 65535 - high;
  for (let attempt = 0; attempt < 20 && below + above > 0; attempt += 1) {
    const pick = randomInt(below + above);
    const port = pick < below ? LATER_PORTS_FROM + pick : high + 1 + pick - below;
    if (avoid.has(port)) continue;
    // Taken, or refused (Windows keeps ranges of its own): another try.
    if (await probePort(host, port).then(() => true, () => false)) return port;
  }
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const port = await probePort(host, 0);
    if (!avoid.has(port)) return port;
  }
  throw new Error(`No free port on ${host}`);
}

/** The one line a command prints when a port it was told to use is taken. */
export async function portTakenMessage(variable: string, error: PortInUseError): Promise<string> {
  const free = await portForLater(error.host).catch(() => undefined);
  const example = free ? `, e.g. ${variable}=${free}` : "";
  return `${variable}=${error.port}: port ${error.port} on ${error.host} is already in use (another copy of the app?). Stop what uses it, or set ${variable} to a free port${example}.`;
}

/** Stops the command with one line, no stack trace: what is wrong and which variable to change. */
export function stopWith(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The port a variable sets, `fallback` when it is unset (0: any free port); anything but 1 to 65535 stops the command. */
export function portSetting(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) stopWith(`${variable}=${raw}: a port is a whole number from 1 to 65535.`);
  return value;
}

/** Runs `attempt`; a taken port stops the command with the line that names `variable`. */
export async function orStopIfPortTaken<T>(variable: string, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof PortInUseError) stopWith(await portTakenMessage(variable, error));
    throw error;
  }
}
