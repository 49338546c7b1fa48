/**
 * Codec rates: frame encoding/decoding and the protobuf work per message on
 * the server's hot path (`deno task bench`).
 */
import { encodeFrame, FrameDecoder } from "./frame.ts";
import { atlas } from "./messages.ts";
import protobuf from "protobufjs/minimal.js";
import { RESPONSE_ENCODERS } from "./_server_codec.ts";
import { STATUS } from "../../tests/helpers/protocol.ts";

const { Request, Response } = atlas.ipc;

const requestBody = Request.encode({ id: 123456, getStatus: {} }).finish();
const responseBody = Response.encode({ id: 123456, getStatus: STATUS }).finish();
const requestFrame = encodeFrame(requestBody);

/** 1000 GetStatus request frames back to back, as one read might deliver them. */
const batch = new Uint8Array(requestFrame.length * 1000);
for (let i = 0; i < 1000; i++) batch.set(requestFrame, i * requestFrame.length);

/** A 1 MiB frame (a large log answer). */
const bigFrame = encodeFrame(new Uint8Array(1024 * 1024).fill(0x61));

Deno.bench("encodeFrame(): GetStatus response (41 bytes)", { group: "encode" }, () => {
  encodeFrame(responseBody);
});

Deno.bench("Response.encode() + finish(): GetStatus", { group: "encode" }, () => {
  Response.encode({ id: 123456, getStatus: STATUS }).finish();
});

/** The server's pending batch: a writer reused from one frame to the next. */
const writer = new protobuf.Writer();
Deno.bench("Response.encode() into a reused writer: GetStatus", { group: "encode" }, () => {
  writer.pos = 0;
  Response.encode({ id: 123456, getStatus: STATUS }, writer);
});

Deno.bench("RESPONSE_ENCODERS.getStatus() into a reused writer", { group: "encode" }, () => {
  writer.pos = 0;
  RESPONSE_ENCODERS.getStatus(writer, 123456, STATUS);
});

Deno.bench("Request.encode() + finish(): GetStatus", { group: "encode" }, () => {
  Request.encode({ id: 123456, getStatus: {} }).finish();
});

Deno.bench("Request.decode(): GetStatus", { group: "decode" }, () => {
  Request.decode(requestBody);
});

Deno.bench("Response.decode(): GetStatus", { group: "decode" }, () => {
  Response.decode(responseBody);
});

const out: Uint8Array[] = [];
Deno.bench(
  "FrameDecoder.pushTo(): 1000 frames in one chunk (per 1000)",
  { group: "frames" },
  () => {
    const decoder = new FrameDecoder();
    decoder.pushTo(batch, out);
    out.length = 0;
  },
);

Deno.bench(
  "FrameDecoder.push(): 1000 frames, 7-byte chunks (per 1000)",
  { group: "frames" },
  () => {
    const decoder = new FrameDecoder();
    for (let i = 0; i < batch.length; i += 7) decoder.pushTo(batch.subarray(i, i + 7), out);
    out.length = 0;
  },
);

Deno.bench("FrameDecoder.push(): one 1 MiB frame in 64 KiB chunks", { group: "frames" }, () => {
  const decoder = new FrameDecoder();
  for (let i = 0; i < bigFrame.length; i += 65536) {
    decoder.pushTo(bigFrame.subarray(i, i + 65536), out);
  }
  out.length = 0;
});
