import assert from "node:assert/strict";
import fc from "fast-check";
import { isIpcError } from "./errors.ts";
import { encodeFrame, FrameDecoder, MAX_FRAME_BYTES } from "./frame.ts";
import protobuf from "protobufjs/minimal.js";
import { atlas, idToBigInt, idToLong, MAX_ID, type ResponseName, type WireId } from "./messages.ts";
import { RESPONSE_ENCODERS } from "./_server_codec.ts";

const { Request, Response } = atlas.ipc;

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function fromHex(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g)!.map((b) => parseInt(b, 16)));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Feeds `bytes` in chunks of the given sizes (cycled) and collects copies of the bodies. */
function decodeInChunks(
  bytes: Uint8Array,
  sizes: number[],
  decoder = new FrameDecoder(),
): Uint8Array[] {
  const bodies: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length]);
    for (const body of decoder.push(bytes.subarray(offset, offset + size))) {
      bodies.push(body.slice());
    }
    offset += size;
  }
  decoder.end();
  return bodies;
}

// Golden bytes from the Rust reference's tests (/work/shared/ref-rust/src/lib.rs), produced there
// by protoc 3.21 + python-protobuf 4.21.
const GOLDEN_REQUEST = "08072200";
const GOLDEN_STATUS = "0807222108031206312e32302e3118901c208010280530143a0b5465737420536572766572";
const GOLDEN_ERROR = "08096a140a0f4e4f545f494d504c454d454e544544120178";

const STATUS_RESPONSE = {
  id: 7,
  getStatus: {
    state: atlas.common.ServerState.SERVER_STATE_RUNNING,
    version: "1.20.1",
    uptimeSeconds: 3600,
    memoryUsageMb: 2048,
    playerCount: 5,
    maxPlayers: 20,
    motd: "Test Server",
  },
};

Deno.test("encodeFrame() writes the Rust reference's golden GetStatus request", () => {
  const body = Request.encode({ id: 7, getStatus: {} }).finish();
  assert.equal(hex(body), GOLDEN_REQUEST);
  assert.equal(hex(encodeFrame(body)), "00000004" + GOLDEN_REQUEST);
});

Deno.test("encodeFrame() writes the Rust reference's golden GetStatus response", () => {
  const body = Response.encode(STATUS_RESPONSE).finish();
  assert.equal(hex(body), GOLDEN_STATUS);
  assert.equal(hex(encodeFrame(body)), "00000025" + GOLDEN_STATUS);
  const decoded = Response.decode(fromHex(GOLDEN_STATUS));
  assert.equal(decoded.payload, "getStatus");
  assert.deepEqual(
    Response.toObject(decoded, { longs: Number }),
    { id: 7, getStatus: STATUS_RESPONSE.getStatus },
  );
});

Deno.test("encodeFrame() writes the Rust reference's golden ErrorResponse", () => {
  const body = Response.encode({ id: 9, error: { code: "NOT_IMPLEMENTED", message: "x" } })
    .finish();
  assert.equal(hex(body), GOLDEN_ERROR);
  const decoded = Response.decode(fromHex(GOLDEN_ERROR));
  assert.equal(decoded.error?.code, "NOT_IMPLEMENTED");
  assert.equal(decoded.error?.message, "x");
});

Deno.test("encodeFrame() refuses a body over the maximum", () => {
  assert.throws(() => encodeFrame(new Uint8Array(11), 10), { code: "FRAME_TOO_LARGE" });
  assert.equal(encodeFrame(new Uint8Array(10), 10).length, 14);
});

Deno.test("FrameDecoder decodes three frames in every chunking: whole, 1-byte, 2-byte, every split point", () => {
  const bodies = [fromHex(GOLDEN_REQUEST), new Uint8Array(0), fromHex(GOLDEN_STATUS)];
  const stream = concat(...bodies.map((b) => encodeFrame(b)));
  const expected = bodies.map(hex);
  for (const sizes of [[stream.length], [1], [2], [3], [5, 1], [7, 2, 1]]) {
    assert.deepEqual(decodeInChunks(stream, sizes).map(hex), expected, `chunks ${sizes}`);
  }
  for (let a = 1; a < stream.length; a++) {
    for (let b = a + 1; b <= stream.length; b++) {
      const decoder = new FrameDecoder();
      const out = [
        ...decoder.push(stream.subarray(0, a)).map((x) => x.slice()),
        ...decoder.push(stream.subarray(a, b)).map((x) => x.slice()),
        ...decoder.push(stream.subarray(b)).map((x) => x.slice()),
      ];
      decoder.end();
      assert.deepEqual(out.map(hex), expected, `split at ${a}, ${b}`);
    }
  }
});

Deno.test("FrameDecoder.push() returns many frames of one chunk as views into it", () => {
  const frame = encodeFrame(fromHex(GOLDEN_REQUEST));
  const chunk = concat(...Array.from({ length: 100 }, () => frame));
  const bodies = new FrameDecoder().push(chunk);
  assert.equal(bodies.length, 100);
  assert.ok(bodies.every((b) => b.buffer === chunk.buffer && hex(b) === GOLDEN_REQUEST));
});

Deno.test("FrameDecoder.end() throws DECODE_ERROR for a truncated frame, at every truncation point", () => {
  const frame = encodeFrame(fromHex(GOLDEN_STATUS));
  for (let cut = 1; cut < frame.length; cut++) {
    const decoder = new FrameDecoder();
    assert.deepEqual(decoder.push(frame.subarray(0, cut)), []);
    assert.equal(decoder.bufferedBytes, cut);
    assert.throws(() => decoder.end(), (e) => isIpcError(e) && e.code === "DECODE_ERROR");
  }
  const whole = new FrameDecoder();
  assert.equal(whole.push(frame).length, 1);
  whole.end();
});

Deno.test("FrameDecoder refuses a length over the maximum as soon as the header is read", () => {
  const max = 16;
  const header = Uint8Array.of(0, 0, 0, max + 1);
  for (const split of [0, 1, 2, 3]) {
    const decoder = new FrameDecoder({ maxFrameBytes: max });
    if (split > 0) assert.deepEqual(decoder.push(header.subarray(0, split)), []);
    // The rest of the header plus body bytes: refused before any body byte is kept.
    const rest = concat(header.subarray(split), new Uint8Array(max + 1));
    assert.throws(() => decoder.push(rest), { code: "FRAME_TOO_LARGE" });
    assert.equal(decoder.bufferedBytes, 0, "nothing of the body is buffered");
    assert.throws(() => decoder.push(Uint8Array.of(1)), { code: "FRAME_TOO_LARGE" });
  }
  const ok = new FrameDecoder({ maxFrameBytes: max });
  assert.equal(ok.push(concat(Uint8Array.of(0, 0, 0, max), new Uint8Array(max))).length, 1);
});

Deno.test("FrameDecoder refuses a 4 GiB length with the default maximum without allocating it", () => {
  const decoder = new FrameDecoder();
  assert.throws(() => decoder.push(Uint8Array.of(0xff, 0xff, 0xff, 0xff)), {
    code: "FRAME_TOO_LARGE",
  });
  const justOver = new FrameDecoder();
  const n = MAX_FRAME_BYTES + 1;
  assert.throws(
    () => justOver.push(Uint8Array.of(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255)),
    { code: "FRAME_TOO_LARGE" },
  );
  const atMax = new FrameDecoder();
  const m = MAX_FRAME_BYTES;
  atMax.push(Uint8Array.of(m >>> 24, (m >>> 16) & 255, (m >>> 8) & 255, m & 255, 1, 2));
  assert.equal(atMax.bufferedBytes, 6);
});

Deno.test("FrameDecoder constructor refuses an invalid maximum", () => {
  assert.throws(() => new FrameDecoder({ maxFrameBytes: -1 }), RangeError);
  assert.throws(() => new FrameDecoder({ maxFrameBytes: 1.5 }), RangeError);
  assert.throws(() => new FrameDecoder({ maxFrameBytes: 2 ** 32 }), RangeError);
});

Deno.test("atlas.ipc.Request keeps ids 2^53+1 and 2^64-1 exact through encode and decode", () => {
  for (const id of [0n, 1n, (1n << 53n) + 1n, (1n << 63n) + 5n, MAX_ID]) {
    const body = Request.encode({ id: idToLong(id), getStatus: {} }).finish();
    assert.equal(idToBigInt(Request.decode(body).id), id);
    const response = Response.encode({ id: idToLong(id), getStatus: {} }).finish();
    assert.equal(idToBigInt(Response.decode(response).id), id);
  }
  assert.equal(
    hex(Request.encode({ id: idToLong(MAX_ID) }).finish()),
    "08ffffffffffffffffff01",
  );
  assert.throws(() => idToLong(MAX_ID + 1n), RangeError);
});

// --- property tests -------------------------------------------------------

const uint64 = fc.bigInt({ min: 0n, max: MAX_ID });
const uint32 = fc.integer({ min: 0, max: 0xffffffff });
const text = fc.string({ unit: "grapheme", maxLength: 40 });

const requestPayload = fc.oneof(
  fc.record({ startServer: fc.record({ channel: text, waitForReady: fc.boolean() }) }),
  fc.record({ stopServer: fc.record({ force: fc.boolean(), timeoutSeconds: uint32 }) }),
  fc.record({ getStatus: fc.constant({}) }),
  fc.record({ sendCommand: fc.record({ command: text }) }),
  fc.record({ getLogs: fc.record({ lines: uint32, follow: fc.boolean() }) }),
  fc.record({ createBackup: fc.record({ name: text }) }),
  fc.record({ listBackups: fc.constant({}) }),
  fc.record({ restoreBackup: fc.record({ backupId: text }) }),
  fc.record({ updateServer: fc.record({ channel: text }) }),
  fc.record({ getConfig: fc.constant({}) }),
  fc.record({ setConfig: fc.record({ configJson: text }) }),
  fc.constant({}),
);

const backupInfo = fc.record({ id: text, name: text, createdAt: uint64, sizeBytes: uint64 });
const responsePayload = fc.oneof(
  fc.record({ startServer: fc.record({ success: fc.boolean(), serverPid: text, message: text }) }),
  fc.record({ stopServer: fc.record({ success: fc.boolean(), message: text }) }),
  fc.record({
    getStatus: fc.record({
      state: fc.integer({ min: 0, max: 5 }),
      version: text,
      uptimeSeconds: uint64,
      memoryUsageMb: uint64,
      playerCount: uint32,
      maxPlayers: uint32,
      motd: text,
    }),
  }),
  fc.record({ sendCommand: fc.record({ success: fc.boolean(), response: text }) }),
  fc.record({ getLogs: fc.record({ lines: fc.array(text, { maxLength: 5 }), eof: fc.boolean() }) }),
  fc.record({ createBackup: fc.record({ success: fc.boolean(), backupId: text, message: text }) }),
  fc.record({ listBackups: fc.record({ backups: fc.array(backupInfo, { maxLength: 3 }) }) }),
  fc.record({ restoreBackup: fc.record({ success: fc.boolean(), message: text }) }),
  fc.record({
    updateServer: fc.record({
      success: fc.boolean(),
      oldVersion: text,
      newVersion: text,
      message: text,
    }),
  }),
  fc.record({ getConfig: fc.record({ configJson: text }) }),
  fc.record({ setConfig: fc.record({ success: fc.boolean(), message: text }) }),
  fc.record({ error: fc.record({ code: text, message: text, details: text }) }),
);

/** Turns bigint fields into Longs for protobufjs. */
function toWire(value: unknown): unknown {
  if (typeof value === "bigint") return idToLong(value);
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
  }
  return value;
}

const chunkSizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 });
const convert = { longs: String, enums: Number, defaults: true, oneofs: false } as const;

Deno.test("any Request round-trips through encode, framing in random chunks, and decode", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(uint64, requestPayload), { maxLength: 5 }),
      chunkSizes,
      (msgs, sizes) => {
        const messages = msgs.map(([id, payload]) =>
          Request.fromObject(toWire({ id, ...payload }) as object)
        );
        const stream = concat(...messages.map((m) => encodeFrame(Request.encode(m).finish())));
        const decoded = decodeInChunks(stream, sizes).map((b) => Request.decode(b));
        assert.deepEqual(
          decoded.map((m) => Request.toObject(m, convert)),
          messages.map((m) => Request.toObject(m, convert)),
        );
        assert.deepEqual(decoded.map((m) => idToBigInt(m.id)), msgs.map(([id]) => id));
      },
    ),
  );
});

Deno.test("any Response round-trips through encode, framing in random chunks, and decode", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(uint64, responsePayload), { maxLength: 5 }),
      chunkSizes,
      (msgs, sizes) => {
        const messages = msgs.map(([id, payload]) =>
          Response.fromObject(toWire({ id, ...payload }) as object)
        );
        const stream = concat(...messages.map((m) => encodeFrame(Response.encode(m).finish())));
        const decoded = decodeInChunks(stream, sizes).map((b) => Response.decode(b));
        assert.deepEqual(
          decoded.map((m) => Response.toObject(m, convert)),
          messages.map((m) => Response.toObject(m, convert)),
        );
        assert.deepEqual(decoded.map((m) => idToBigInt(m.id)), msgs.map(([id]) => id));
      },
    ),
  );
});

Deno.test("the server's envelope encoder writes the same bytes as Response.encode", () => {
  const ids = fc.oneof(uint64.map((id) => idToLong(id) as WireId), fc.nat());
  fc.assert(
    fc.property(ids, responsePayload, fc.boolean(), (id, payload, asInstance) => {
      // Handlers return plain objects or message instances: check both.
      const wire = toWire(payload) as Record<string, unknown>;
      const source = asInstance ? Response.fromObject(wire) as unknown as typeof wire : wire;
      const name = Object.keys(wire)[0] as ResponseName;
      const value = source[name] as object;
      const writer = protobuf.Writer.create();
      RESPONSE_ENCODERS[name](writer, id, value);
      assert.equal(
        hex(writer.finish()),
        hex(Response.encode({ id, [name]: value }).finish()),
      );
    }),
  );
});

Deno.test("FrameDecoder allocates nothing for a header alone and grows the body as bytes arrive", () => {
  const decoder = new FrameDecoder();
  const length = MAX_FRAME_BYTES;
  decoder.push(Uint8Array.of(length >>> 24, (length >>> 16) & 255, (length >>> 8) & 255, 0));
  assert.equal(decoder.midFrame, true);
  assert.equal(decoder.allocatedBytes, 0, "a header alone costs nothing");
  decoder.push(new Uint8Array(10));
  assert.ok(decoder.allocatedBytes <= 4096, `${decoder.allocatedBytes} after 10 bytes`);
  let received = 10;
  for (const size of [5000, 20_000, 100_000, 1_000_000]) {
    decoder.push(new Uint8Array(size).fill(7));
    received += size;
    assert.ok(decoder.allocatedBytes >= received);
    assert.ok(decoder.allocatedBytes <= Math.max(2 * received, 4096), `${received} received`);
  }
  const rest = new Uint8Array(length - received).fill(7);
  const [body] = decoder.push(rest);
  assert.equal(body.length, length);
  assert.equal(body[length - 1], 7);
  assert.equal(decoder.allocatedBytes, 0);
  assert.equal(decoder.midFrame, false);
});
