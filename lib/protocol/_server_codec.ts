/**
 * The server's response encoding: {@linkcode RESPONSE_ENCODERS} write the
 * `Response` envelope (`id` and one payload) straight into the writer, the
 * same bytes as `Response.encode({ id, [name]: value })` without building
 * that object. Every answer goes through here, and the envelope object with a
 * computed key, plus `Response.encode` probing all thirteen fields of it, cost
 * a quarter of encoding a GetStatus answer (`frame_bench.ts`: 370 → 280 ns).
 * The payload itself is still encoded by its generated class. The
 * equivalence is property-tested in `frame_test.ts`. Private to `lib/protocol`.
 *
 * @module
 */
import protobuf from "protobufjs/minimal.js";
import { atlas, REQUEST_NAMES, type ResponseName, type WireId } from "./messages.ts";

type Writer = protobuf.Writer;

/** Writes one response frame body: `id`, then the payload `value` under `name`. */
export type ResponseEncoder = (writer: Writer, id: WireId, value: unknown) => void;

/** Field 1 (`id`), wire type varint. */
const ID_TAG = 8;

interface PayloadType {
  encode(message: unknown, writer: Writer, depth?: number): Writer;
}

/**
 * Builds the encoder of one payload. The field's tag is taken from the
 * generated code (the bytes it writes for an empty payload), so no field
 * number is written down twice.
 */
function encoderFor(name: ResponseName): ResponseEncoder {
  const className = `${name[0].toUpperCase()}${name.slice(1)}Response`;
  const type = (atlas.ipc as unknown as Record<string, PayloadType | undefined>)[className];
  if (type === undefined) throw new Error(`No generated class ${className} for "${name}"`);
  const tag = protobuf.Reader.create(atlas.ipc.Response.encode({ [name]: {} }).finish()).uint32();
  return (writer, id, value) => {
    // The generated code's test for a non-default uint64.
    if (typeof id === "object" ? id.low || id.high : id !== 0) writer.uint32(ID_TAG).uint64(id);
    if (value === null || value === undefined) return; // as Response.encode skips it
    writer.uint32(tag).fork();
    // Depth 1, as Response.encode passes to its fields.
    type.encode(value, writer, 1);
    writer.ldelim();
  };
}

const NAMES: readonly ResponseName[] = [...REQUEST_NAMES, "error"];

/** The envelope encoder of every response payload, by name. */
export const RESPONSE_ENCODERS: Readonly<Record<ResponseName, ResponseEncoder>> = Object.freeze(
  Object.fromEntries(NAMES.map((name) => [name, encoderFor(name)])) as Record<
    ResponseName,
    ResponseEncoder
  >,
);

/** The field numbers of the request payloads this version knows (from the generated code). */
const KNOWN_REQUEST_FIELDS: ReadonlySet<number> = new Set(
  REQUEST_NAMES.map((name) =>
    protobuf.Reader.create(atlas.ipc.Request.encode({ [name]: {} }).finish()).uint32() >>> 3
  ),
);

/** Wire type of a length-delimited field (an embedded message: a oneof payload). */
const LENGTH_DELIMITED = 2;

/**
 * Finds, in a `Request` body that decoded with no known payload, a message
 * field this version does not know: a oneof case added by a newer peer.
 *
 * @param body The request's frame body (it decoded without error).
 * @returns The unknown field's number, or `null` when there is none.
 */
export function unknownPayloadField(body: Uint8Array): number | null {
  // `Request.decode` read this body without error, so this walk cannot fail.
  const reader = protobuf.Reader.create(body);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if ((tag & 7) === LENGTH_DELIMITED && !KNOWN_REQUEST_FIELDS.has(field)) return field;
    reader.skipType(tag & 7);
  }
  return null;
}
