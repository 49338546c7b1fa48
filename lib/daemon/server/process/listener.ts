/**
 * Who listens on a TCP port: before the daemon sends the RCON password (or
 * trusts a Server List Ping), it checks that every socket a connection to
 * that address could reach belongs to the server's process group. Any local
 * user can listen on a loopback port the server does not hold (it binds
 * `server-ip`, or it is restarting), and would collect the password.
 *
 * Linux only, from /proc: `/proc/net/tcp{,6}` lists every listening socket
 * of the machine (all users) with its inode; `/proc/<pid>/fd` links name the
 * inodes of the sockets each process holds. Elsewhere (or without /proc
 * access) the owner is `unknown`, and callers do not send secrets.
 *
 * @module
 */
import { canReadProc, PROC_SOURCE } from "./proc.ts";

/** Whose the listening socket(s) for an address are. */
export type ListenerOwner = "server" | "other" | "none" | "unknown";

/** The TCP state number of LISTEN in /proc/net/tcp. */
const TCP_LISTEN = "0A";

/**
 * The address a client reaches the server at: its `server-ip` when set
 * (vanilla binds its ports to it), else loopback.
 *
 * @param serverIp `server-ip` from `server.properties`.
 * @returns The host to connect to.
 */
export function serverHost(serverIp: string): string {
  const ip = serverIp.trim();
  return ip === "" || ip === "0.0.0.0" || ip === "::" ? "127.0.0.1" : ip;
}

/** A TCP address: an IPv4 or IPv6 address (no host name) and a port. */
export interface TcpAddress {
  /** The IP address. */
  host: string;
  /** The port. */
  port: number;
}

/**
 * Finds whose are the listening sockets that a TCP connection to
 * `host:port` could reach (those bound to that address or to a wildcard).
 *
 * @param address Where the connection would go.
 * @param pgid The server's process group.
 * @returns `server` when every such socket is held by the group, `other`
 *   when any is not, `none` when nothing listens, `unknown` when this cannot
 *   be told (not Linux, no /proc access, a host name).
 */
export async function listenerOwner(
  { host, port }: TcpAddress,
  pgid: number,
): Promise<ListenerOwner> {
  const target = parseIp(host);
  if (target === null || Deno.build.os !== "linux" || !await canReadProc()) return "unknown";
  let inodes: string[];
  try {
    const [v4, v6] = await Promise.all([
      Deno.readTextFile("/proc/net/tcp").catch(() => ""),
      Deno.readTextFile("/proc/net/tcp6").catch(() => ""),
    ]);
    const to = { address: target, port };
    inodes = [...listeningInodes(v4, to), ...listeningInodes(v6, to)];
  } catch {
    return "unknown";
  }
  if (inodes.length === 0) return "none";
  const held = await groupSocketInodes(pgid);
  return inodes.every((inode) => held.has(inode)) ? "server" : "other";
}

/**
 * The inodes of LISTEN sockets in a `/proc/net/tcp{,6}` table that a
 * connection to `target:port` could reach.
 *
 * @param table The file's text.
 * @param to The address connected to (4 or 16 bytes) and the port.
 * @returns Their inodes.
 */
export function listeningInodes(
  table: string,
  { address: target, port }: { address: Uint8Array; port: number },
): string[] {
  const found: string[] = [];
  for (const line of table.split("\n").slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10 || fields[3] !== TCP_LISTEN) continue;
    const [addressHex, portHex] = fields[1].split(":");
    if (Number.parseInt(portHex, 16) !== port) continue;
    const bound = decodeProcAddress(addressHex);
    if (bound !== null && reaches(target, bound)) found.push(fields[9]);
  }
  return found;
}

/** The socket inodes held by the live members of a process group. */
async function groupSocketInodes(pgid: number): Promise<Set<string>> {
  const held = new Set<string>();
  for (const member of await PROC_SOURCE.groupMembers(pgid)) {
    try {
      for await (const entry of Deno.readDir(`/proc/${member.pid}/fd`)) {
        const link = await Deno.readLink(`/proc/${member.pid}/fd/${entry.name}`).catch(() => "");
        const match = /^socket:\[(\d+)\]$/.exec(link);
        if (match) held.add(match[1]);
      }
    } catch {
      // Exited meanwhile: its sockets are gone too.
    }
  }
  return held;
}

/** Whether a connection to `target` reaches a socket bound to `bound`. */
function reaches(target: Uint8Array, bound: Uint8Array): boolean {
  const t = asV6(target);
  const b = asV6(bound);
  if (b.every((x) => x === 0)) return true; // "::" (dual stack) or "0.0.0.0"
  if (bound.length === 4 && bound.every((x) => x === 0) && isV4Mapped(t)) return true;
  return t.every((x, i) => x === b[i]);
}

function isV4Mapped(a: Uint8Array): boolean {
  return a.slice(0, 10).every((x) => x === 0) && a[10] === 0xff && a[11] === 0xff;
}

/** An IPv4 address as IPv4-mapped IPv6 (`0.0.0.0` stays all zeros: the wildcard). */
function asV6(a: Uint8Array): Uint8Array {
  if (a.length === 16) return a;
  if (a.every((x) => x === 0)) return new Uint8Array(16);
  const out = new Uint8Array(16);
  out[10] = 0xff;
  out[11] = 0xff;
  out.set(a, 12);
  return out;
}

/**
 * Decodes an address of /proc/net/tcp{,6}: 32-bit words in host order
 * (little-endian on the machines this runs on).
 */
function decodeProcAddress(hex: string): Uint8Array | null {
  if (hex.length !== 8 && hex.length !== 32) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let word = 0; word < hex.length / 8; word++) {
    for (let i = 0; i < 4; i++) {
      const at = word * 8 + (3 - i) * 2;
      out[word * 4 + i] = Number.parseInt(hex.slice(at, at + 2), 16);
    }
  }
  return out;
}

/**
 * Parses an IPv4 or IPv6 address (no host names).
 *
 * @param host The text.
 * @returns Its 4 or 16 bytes, or `null`.
 */
export function parseIp(host: string): Uint8Array | null {
  const text = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const bytes = v4.slice(1).map(Number);
    return bytes.every((b) => b <= 255) ? Uint8Array.from(bytes) : null;
  }
  if (!text.includes(":")) return null;
  const [head, tail, extra] = text.split("::");
  if (extra !== undefined) return null;
  const words = (part: string | undefined) => part ? part.split(":") : [];
  const left = words(head);
  const right = words(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const all = [...left, ...Array(tail === undefined ? 0 : missing).fill("0"), ...right];
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(all[i])) return null;
    const value = Number.parseInt(all[i], 16);
    out[i * 2] = value >> 8;
    out[i * 2 + 1] = value & 0xff;
  }
  return out;
}
