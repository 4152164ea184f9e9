import { spawn } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { waitForServer } from "./app-server";

describe("waitForServer", () => {
  it("gives up as soon as its server stops, even while another server answers at the address", async () => {
    // Another server already at the address, as when the one started could not take its port.
    const other = http.createServer((_request, response) => response.end("someone else"));
    other.listen(0, "127.0.0.1");
    await once(other, "listening");
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}/sign-in`;
    const server = spawn(process.execPath, ["-e", "process.exit(3)"]);
    await once(server, "exit");
    try {
      await expect(waitForServer(url, server, 5_000)).rejects.toThrow(`The server stopped (3) before ${url} answered`);
    } finally {
      other.close();
    }
  });

  it("gives up at its deadline when what holds the port accepts connections and never answers", async () => {
    const silent = net.createServer(() => {});
    silent.listen(0, "127.0.0.1");
    await once(silent, "listening");
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/sign-in`;
    const server = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10_000)"]);
    try {
      await expect(waitForServer(url, server, 1_000)).rejects.toThrow(`${url} did not answer within 1 s`);
    } finally {
      server.kill();
      silent.close();
    }
  });

  it("resolves once its running server answers", async () => {
    const target = http.createServer((_request, response) => response.end("ok"));
    target.listen(0, "127.0.0.1");
    await once(target, "listening");
    const server = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10_000)"]);
    try {
      await expect(waitForServer(`http://127.0.0.1:${(target.address() as AddressInfo).port}/`, server, 5_000)).resolves.toBeUndefined();
    } finally {
      server.kill();
      target.close();
    }
  });
});
