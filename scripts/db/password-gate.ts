/**
 * A password in front of the embedded database. PGlite answers every startup message with
 * "authentication ok" (it runs single-user, as `postgres`, whatever user or password a
 * client sends), and pglite-socket passes the startup message straight to it. So the
 * embedded server listens on a Unix socket in an owner-only folder, and this gate listens
 * on 127.0.0.1: it authenticates each client with SCRAM-SHA-256 (PostgreSQL's own method,
 * RFC 5802/7677; the password never crosses the socket) before it connects the client to
 * PGlite and forwards the original startup message.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const MAX_STARTUP_BYTES = 10_000;
const AUTH_TIMEOUT_MS = 10_000;
const SCRAM_ITERATIONS = 4096;

export interface PasswordGate {
  host: string;
  port: number;
  close(): Promise<void>;
}

const hmac = (key: Buffer, text: string) => createHmac("sha256", key).update(text).digest();
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest();

function authentication(code: number, payload = Buffer.alloc(0)): Buffer {
  const message = Buffer.alloc(9 + payload.length);
  message.write("R", 0);
  message.writeInt32BE(8 + payload.length, 1);
  message.writeInt32BE(code, 5);
  payload.copy(message, 9);
  return message;
}

function fatal(code: string, text: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${text}\0\0`, "utf8");
  const message = Buffer.alloc(5 + fields.length);
  message.write("E", 0);
  message.writeInt32BE(4 + fields.length, 1);
  fields.copy(message, 5);
  return message;
}

/** Reads length-prefixed messages off a socket until the exchange is done. */
class MessageReader {
  private buffer = Buffer.alloc(0);
  private waiting?: () => void;
  constructor(private readonly socket: Socket) {
    socket.on("data", this.onData);
    socket.once("close", () => this.waiting?.());
  }
  private onData = (chunk: Buffer) => {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    if (this.buffer.length > MAX_STARTUP_BYTES) this.socket.destroy();
    this.waiting?.();
  };
  private async bytes(count: number): Promise<Buffer> {
    while (this.buffer.length < count) {
      if (this.socket.destroyed) throw new Error("connection closed");
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
    const head = this.buffer.subarray(0, count);
    this.buffer = this.buffer.subarray(count);
    return head;
  }
  /** A startup-phase message: length first, no type byte. */
  async untyped(): Promise<Buffer> {
    const head = await this.bytes(4);
    const length = head.readInt32BE(0);
    if (length < 8 || length > MAX_STARTUP_BYTES) throw new Error("bad startup message");
    return Buffer.concat([head, await this.bytes(length - 4)]);
  }
  /** A typed message's body. */
  async typed(type: string): Promise<Buffer> {
    const head = await this.bytes(5);
    if (String.fromCharCode(head[0]!) !== type) throw new Error("unexpected message");
    const length = head.readInt32BE(1);
    if (length < 4 || length > MAX_STARTUP_BYTES) throw new Error("bad message length");
    return this.bytes(length - 4);
  }
  /** Hands the socket over: whatever arrived after the exchange. */
  release(): Buffer {
    this.socket.off("data", this.onData);
    return this.buffer;
  }
}

function startupUser(message: Buffer): string {
  const parts = message.subarray(8).toString("utf8").split("\0");
  for (let index = 0; index + 1 < parts.length; index += 2) if (parts[index] === "user") return parts[index + 1]!;
  return "";
}

const attributes = (text: string) => new Map(text.split(",").map((part) => [part.slice(0, 1), part.slice(2)] as const));

/** SCRAM-SHA-256 as a PostgreSQL server runs it; true when the client proved it knows the password. */
async function scram(socket: Socket, reader: MessageReader, password: string): Promise<boolean> {
  socket.write(authentication(10, Buffer.from("SCRAM-SHA-256\0\0")));
  const initial = await reader.typed("p");
  const mechanismEnd = initial.indexOf(0);
  if (initial.subarray(0, mechanismEnd).toString() !== "SCRAM-SHA-256") return false;
  const clientFirst = initial.subarray(mechanismEnd + 5).toString("utf8");
  if (!clientFirst.startsWith("n,,")) return false;
  const clientFirstBare = clientFirst.slice(3);
  const clientNonce = attributes(clientFirstBare).get("r");
  if (!clientNonce) return false;

  const salt = randomBytes(16);
  const nonce = clientNonce + randomBytes(18).toString("base64");
  const serverFirst = `r=${nonce},s=${salt.toString("base64")},i=${SCRAM_ITERATIONS}`;
  socket.write(authentication(11, Buffer.from(serverFirst)));

  const clientFinal = (await reader.typed("p")).toString("utf8");
  const proofAt = clientFinal.lastIndexOf(",p=");
  if (proofAt < 0) return false;
  const withoutProof = clientFinal.slice(0, proofAt);
  const final = attributes(withoutProof);
  if (final.get("r") !== nonce || final.get("c") !== "biws") return false;
  const proof = Buffer.from(clientFinal.slice(proofAt + 3), "base64");

  const salted = pbkdf2Sync(password.normalize("NFKC"), salt, SCRAM_ITERATIONS, 32, "sha256");
  const storedKey = sha256(hmac(salted, "Client Key"));
  const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
  const signature = hmac(storedKey, authMessage);
  if (proof.length !== signature.length) return false;
  const clientKey = Buffer.from(proof.map((byte, index) => byte ^ signature[index]!));
  if (!timingSafeEqual(sha256(clientKey), storedKey)) return false;
  const serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
  socket.write(authentication(12, Buffer.from(`v=${serverSignature.toString("base64")}`)));
  return true;
}

async function admit(client: Socket, password: string, upstreamPath: string): Promise<void> {
  const reader = new MessageReader(client);
  let startup = await reader.untyped();
  // sslmode=prefer asks for TLS (or GSS encryption) first: decline, the client goes on in the clear on loopback.
  while ([SSL_REQUEST, GSS_REQUEST].includes(startup.readInt32BE(4))) {
    client.write("N");
    startup = await reader.untyped();
  }
  if (startup.readInt32BE(4) !== PROTOCOL_3) {
    client.end();
    return;
  }
  if (!(await scram(client, reader, password))) {
    client.end(fatal("28P01", `password authentication failed for user "${startupUser(startup).slice(0, 63)}"`));
    return;
  }
  const upstream = connect(upstreamPath);
  upstream.on("error", () => client.destroy());
  client.on("error", () => upstream.destroy());
  client.on("close", () => upstream.destroy());
  upstream.on("close", () => client.destroy());
  // PGlite answers the startup message itself ("authentication ok", parameters, ready).
  upstream.write(startup);
  const rest = reader.release();
  if (rest.length) upstream.write(rest);
  client.pipe(upstream);
  upstream.pipe(client);
}

/** Listens on `host:port` (0 picks a free port) and lets through only clients that know `password`. */
export async function startPasswordGate(options: { host: string; port: number; password: string; upstreamPath: string }): Promise<PasswordGate> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => client.destroy());
    const timer = setTimeout(() => client.destroy(), AUTH_TIMEOUT_MS);
    admit(client, options.password, options.upstreamPath)
      .catch(() => client.destroy())
      .finally(() => clearTimeout(timer));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    host: options.host,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
