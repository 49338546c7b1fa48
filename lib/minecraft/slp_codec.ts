/**
 * The Minecraft Java Edition Server List Ping (SLP) wire format:
 * VarInt-framed packets (handshake, status request/response, ping/pong) and
 * the pre-1.7 "legacy" kick reply. Pure: no I/O.
 *
 * Framing as in the protocol pages of wiki.vg / minecraft.wiki: every packet
 * is `VarInt length`, then `VarInt packet id`, then the fields. Strings are a
 * VarInt byte length + UTF-8; the port is an unsigned big-endian short; the
 * ping payload is a big-endian signed long.
 *
 * @module
 */
import { concatBytes } from "../util/bytes.ts";

/** Packet id of the handshake, the status request and the status response. */
export const SLP_PACKET_STATUS = 0x00;
/** Packet id of the ping request and the pong response. */
export const SLP_PACKET_PING = 0x01;
/** Largest packet the status protocol accepts (as vanilla's status limits go). */
export const SLP_MAX_PACKET_BYTES: number = 32_767 * 3 + 8;
/** Handshake `nextState` values. */
export const SLP_NEXT_STATE = { status: 1, login: 2, transfer: 3 } as const;

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Encodes a 32-bit integer as a VarInt (7 bits per byte, low group first,
 * negative numbers as their two's-complement unsigned value: five bytes).
 *
 * @param value A 32-bit signed or unsigned integer.
 * @returns The VarInt's bytes.
 */
export function encodeVarInt(value: number): Uint8Array {
  if (!Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 32) {
    throw new RangeError(`VarInt out of range: ${value}`);
  }
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return Uint8Array.from(out);
}

/**
 * Decodes a VarInt at `offset`.
 *
 * @param bytes The buffer.
 * @param offset Where the VarInt starts.
 * @returns The value (signed 32-bit) and its length in bytes, or `null` when
 *   the buffer ends before the VarInt does.
 * @throws {RangeError} When the VarInt is longer than five bytes.
 */
export function decodeVarInt(
  bytes: Uint8Array,
  offset = 0,
): { value: number; size: number } | null {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    if (offset + i >= bytes.length) return null;
    const byte = bytes[offset + i];
    value |= (byte & 0x7f) << (7 * i);
    if ((byte & 0x80) === 0) return { value: value | 0, size: i + 1 };
  }
  throw new RangeError("VarInt is too long");
}

/**
 * Encodes a protocol string: VarInt byte length, then UTF-8.
 *
 * @param text The string.
 * @returns The encoded bytes.
 */
export function encodeSlpString(text: string): Uint8Array {
  const body = encoder.encode(text);
  return concatBytes([encodeVarInt(body.length), body]);
}

/**
 * Frames one packet: VarInt length of (id + payload), VarInt id, payload.
 *
 * @param id The packet id.
 * @param payload The packet's fields, already encoded.
 * @returns The framed packet.
 */
export function encodeSlpPacket(id: number, payload: Uint8Array = new Uint8Array()): Uint8Array {
  const idBytes = encodeVarInt(id);
  return concatBytes([encodeVarInt(idBytes.length + payload.length), idBytes, payload]);
}

/** A decoded packet: its id and the bytes of its fields. */
export interface SlpPacket {
  /** The packet id. */
  id: number;
  /** The fields after the id. */
  payload: Uint8Array;
}

/**
 * Splits a byte stream into packets, push-style: feed chunks as they arrive,
 * take the complete packets out.
 */
export class SlpPacketDecoder {
  #buffer: Uint8Array = new Uint8Array();
  #maxBytes: number;

  /**
   * Creates a decoder.
   *
   * @param maxBytes The largest packet accepted.
   */
  constructor(maxBytes: number = SLP_MAX_PACKET_BYTES) {
    this.#maxBytes = maxBytes;
  }

  /**
   * Adds received bytes and returns every packet now complete.
   *
   * @param chunk The received bytes.
   * @returns The complete packets, in order.
   * @throws {RangeError} On a malformed length or a packet over the limit.
   */
  push(chunk: Uint8Array): SlpPacket[] {
    this.#buffer = this.#buffer.length === 0 ? chunk : concatBytes([this.#buffer, chunk]);
    const packets: SlpPacket[] = [];
    for (;;) {
      const length = decodeVarInt(this.#buffer);
      if (length === null) break;
      if (length.value <= 0 || length.value > this.#maxBytes) {
        throw new RangeError(`Bad packet length: ${length.value}`);
      }
      const end = length.size + length.value;
      if (this.#buffer.length < end) break;
      const body = this.#buffer.subarray(length.size, end);
      const id = decodeVarInt(body);
      if (id === null) throw new RangeError("Packet id is cut short");
      packets.push({ id: id.value, payload: body.slice(id.size) });
      this.#buffer = this.#buffer.subarray(end);
    }
    return packets;
  }

  /** The bytes received but not yet part of a complete packet. */
  get pending(): number {
    return this.#buffer.length;
  }
}

/** Reads the fields of a packet's payload in order. */
export class SlpReader {
  #bytes: Uint8Array;
  #offset = 0;

  /**
   * Starts reading at the payload's first byte.
   *
   * @param bytes The payload.
   */
  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  /**
   * Reads a VarInt.
   *
   * @returns The next VarInt.
   * @throws {RangeError} When the payload ends first.
   */
  varInt(): number {
    const v = decodeVarInt(this.#bytes, this.#offset);
    if (v === null) throw new RangeError("Payload ends inside a VarInt");
    this.#offset += v.size;
    return v.value;
  }

  /**
   * Reads a string.
   *
   * @param maxChars The largest string allowed, in characters.
   * @returns The next string.
   * @throws {RangeError} When it is too long or cut short.
   */
  string(maxChars = 32_767): string {
    const length = this.varInt();
    if (length < 0 || length > maxChars * 3) throw new RangeError("String is too long");
    const bytes = this.#take(length);
    const text = decoder.decode(bytes);
    if (text.length > maxChars) throw new RangeError("String is too long");
    return text;
  }

  /**
   * Reads an unsigned big-endian short (a port).
   *
   * @returns The value.
   */
  unsignedShort(): number {
    const b = this.#take(2);
    return (b[0] << 8) | b[1];
  }

  /**
   * Reads a big-endian signed long (a ping payload).
   *
   * @returns The value.
   */
  long(): bigint {
    const b = this.#take(8);
    return new DataView(b.buffer, b.byteOffset, 8).getBigInt64(0, false);
  }

  /** How many bytes are left. */
  get remaining(): number {
    return this.#bytes.length - this.#offset;
  }

  #take(n: number): Uint8Array {
    if (this.#offset + n > this.#bytes.length) throw new RangeError("Payload is cut short");
    const out = this.#bytes.subarray(this.#offset, this.#offset + n);
    this.#offset += n;
    return out;
  }
}

/** The fields of a handshake packet. */
export interface SlpHandshake {
  /** The client's protocol version (-1 by convention when only pinging). */
  protocol: number;
  /** The host name the client connected to. */
  host: string;
  /** The port the client connected to. */
  port: number;
  /** 1 status, 2 login, 3 transfer. */
  nextState: number;
}

/**
 * Encodes a framed handshake packet.
 *
 * @param handshake The fields.
 * @returns The framed packet.
 */
export function encodeHandshake(handshake: SlpHandshake): Uint8Array {
  const port = new Uint8Array([(handshake.port >> 8) & 0xff, handshake.port & 0xff]);
  return encodeSlpPacket(
    SLP_PACKET_STATUS,
    concatBytes([
      encodeVarInt(handshake.protocol),
      encodeSlpString(handshake.host),
      port,
      encodeVarInt(handshake.nextState),
    ]),
  );
}

/**
 * Decodes a handshake packet's payload.
 *
 * @param payload The payload after the packet id.
 * @returns The fields.
 * @throws {RangeError} When the payload is malformed.
 */
export function decodeHandshake(payload: Uint8Array): SlpHandshake {
  const r = new SlpReader(payload);
  const protocol = r.varInt();
  const host = r.string(255);
  const port = r.unsignedShort();
  const nextState = r.varInt();
  return { protocol, host, port, nextState };
}

/**
 * Encodes a framed ping request or pong response (both carry one long).
 *
 * @param payload The long to echo.
 * @returns The framed packet.
 */
export function encodePing(payload: bigint): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigInt64(0, BigInt.asIntN(64, payload), false);
  return encodeSlpPacket(SLP_PACKET_PING, bytes);
}

/**
 * Encodes the reply to a legacy (pre-1.7, first byte `0xFE`) ping: a `0xFF`
 * kick packet whose reason is a UTF-16BE string with a big-endian short
 * length in characters.
 *
 * @param text The reason: `§1\0<protocol>\0<version>\0<motd>\0<online>\0<max>`
 *   for 1.4+ clients, `<motd>§<online>§<max>` for older ones.
 * @returns The packet.
 */
export function encodeLegacyKick(text: string): Uint8Array {
  const out = new Uint8Array(3 + text.length * 2);
  const view = new DataView(out.buffer);
  out[0] = 0xff;
  view.setUint16(1, text.length, false);
  for (let i = 0; i < text.length; i++) view.setUint16(3 + i * 2, text.charCodeAt(i), false);
  return out;
}

/**
 * Decodes a legacy kick packet.
 *
 * @param bytes The packet.
 * @returns The reason text, or `null` when the packet is incomplete.
 * @throws {RangeError} When the first byte is not `0xFF`.
 */
export function decodeLegacyKick(bytes: Uint8Array): string | null {
  if (bytes.length < 3) return null;
  if (bytes[0] !== 0xff) throw new RangeError("Not a legacy kick packet");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint16(1, false);
  if (bytes.length < 3 + length * 2) return null;
  let text = "";
  for (let i = 0; i < length; i++) text += String.fromCharCode(view.getUint16(3 + i * 2, false));
  return text;
}
