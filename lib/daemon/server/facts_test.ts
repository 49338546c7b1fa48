import assert from "node:assert/strict";
import { join } from "node:path";
import { formatServerProperties } from "../../minecraft/server_properties.ts";
import { withTmpDir } from "../../../tests/helpers/tmp.ts";
import { ServerFacts } from "./facts.ts";

Deno.test("ServerFacts.properties() keeps what the server started with, not later edits", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "server.properties");
  await Deno.writeTextFile(path, formatServerProperties({ "server-port": "25570" }));
  const facts = await ServerFacts.capture(dir.path);
  await Deno.writeTextFile(path, formatServerProperties({ "server-port": "25999" }));
  assert.equal(facts.directory, dir.path);
  assert.equal((await facts.properties()).serverPort, 25570);
});

Deno.test("ServerFacts.properties() reads a file the server wrote at its first start, then keeps it", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "server.properties");
  const facts = await ServerFacts.capture(dir.path);
  // No file yet: vanilla defaults, read again next time.
  assert.equal((await facts.properties()).exists, false);
  await Deno.writeTextFile(path, formatServerProperties({ "server-port": "25571" }));
  assert.equal((await facts.properties()).serverPort, 25571);
  await Deno.writeTextFile(path, formatServerProperties({ "server-port": "25999" }));
  assert.equal((await facts.properties()).serverPort, 25571);
});
