/**
 * Wires long.js into protobufjs before any generated code is evaluated.
 *
 * protobufjs looks for `long` with a CommonJS `require` hidden from bundlers,
 * which an ES module under Deno (or a compiled binary) cannot be trusted to
 * satisfy; without it, uint64 fields silently decode to lossy JavaScript
 * numbers. This module must be imported before `./gen/ipc.js`, which reads
 * `util.Long` at evaluation time for its field defaults.
 *
 * @module
 */
import protobuf from "protobufjs/minimal.js";
import Long from "long";

protobuf.util.Long = Long;
protobuf.configure();
