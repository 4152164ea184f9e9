import type { Server } from "node:http";

export interface ShutdownSettings {
  drainMs: number;
  timeoutMs: number;
}

export function millisecondsSetting(env: Record<string, string | undefined>, name: string, fallback: number): number;
export function shutdownSettings(env: Record<string, string | undefined>): ShutdownSettings;
export function closeGracefullyOnSignal(servers: ReadonlySet<Server>, settings: ShutdownSettings, closeResources: () => Promise<void>): void;
