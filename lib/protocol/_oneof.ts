/**
 * Replaces protobufjs's oneof setter with an equivalent that only deletes
 * the oneof members an object actually has, before any generated code is
 * evaluated (the generated classes bind the setter at evaluation time).
 *
 * The stock setter runs `delete` on every other member of the oneof each
 * time one is set, which is what decoding does for every `Request` and
 * `Response`: eleven deletes cost about 250 ns, two thirds of decoding a
 * GetStatus request (see `frame_bench.ts`). Deleting a property the object
 * does not own is a no-op, so skipping those gives the same result. Must be
 * imported before `./gen/ipc.js`.
 *
 * @module
 */
import protobuf from "protobufjs/minimal.js";

type OneOfSetter = (this: Record<string, unknown>, name: string | undefined) => void;

function oneOfSetter(fieldNames: string[]): OneOfSetter {
  const members: Record<string, 1> = Object.create(null);
  for (const name of fieldNames) members[name] = 1;
  return function (this: Record<string, unknown>, name: string | undefined): void {
    const keys = Object.keys(this);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== name && members[key] === 1) delete this[key];
    }
  };
}

protobuf.util.oneOfSetter = oneOfSetter as typeof protobuf.util.oneOfSetter;
