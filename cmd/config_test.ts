import assert from "node:assert/strict";
import { buildPatch, lookup, parseKey, parseValue, valueForKey } from "./config.ts";
import { CliError } from "./errors.ts";

Deno.test("parseValue() reads JSON when it parses, the text otherwise", () => {
  const cases: [string, unknown][] = [
    ["90", 90],
    ["true", true],
    ["null", null],
    ['"90"', "90"],
    ['["java","-jar"]', ["java", "-jar"]],
    ["paper.jar", "paper.jar"],
    ["hello world", "hello world"],
    ["{not json", "{not json"],
  ];
  for (const [text, value] of cases) assert.deepEqual(parseValue(text), value, text);
});

Deno.test("buildPatch() nests a dotted key into a merge patch", () => {
  assert.deepEqual(buildPatch("server.stopTimeoutSeconds", 90), {
    server: { stopTimeoutSeconds: 90 },
  });
  assert.deepEqual(buildPatch("backups", null), { backups: null });
  assert.equal(
    JSON.stringify(buildPatch("a.b.c", "x")),
    '{"a":{"b":{"c":"x"}}}',
  );
});

Deno.test("parseKey() refuses empty segments and prototype names with exit code 2", () => {
  for (const key of ["", ".a", "a.", "a..b", "__proto__.x", "a.constructor", "prototype"]) {
    assert.throws(() => parseKey(key), (e) => e instanceof CliError && e.exitCode === 2, key);
  }
});

Deno.test("lookup() finds own keys only", () => {
  const config = { server: { jar: "server.jar", stopTimeoutSeconds: 60 }, list: [1] };
  assert.deepEqual(lookup(config, "server.jar"), { found: true, value: "server.jar" });
  assert.deepEqual(lookup(config, "server"), { found: true, value: config.server });
  assert.deepEqual(lookup(config, "server.missing"), { found: false });
  assert.deepEqual(lookup(config, "server.jar.length"), { found: false });
  assert.deepEqual(lookup(config, "server.toString"), { found: false });
});

Deno.test("valueForKey() keeps number-like text for keys that hold strings", () => {
  assert.equal(valueForKey("1.20", "release"), "1.20");
  assert.equal(valueForKey("26.1", "1.21.4"), "26.1");
  assert.equal(valueForKey("true", "stop"), "true");
  assert.equal(valueForKey("90", 60), 90);
  assert.equal(valueForKey("90", undefined), 90);
  assert.equal(valueForKey("null", "release"), null);
  assert.deepEqual(valueForKey('["a"]', ["b"]), ["a"]);
});
