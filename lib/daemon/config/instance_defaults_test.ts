import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../../tests/helpers/tmp.ts";
import { ConfigStore, loadConfig, parseConfig } from "./store.ts";

Deno.test("loadConfig() gives a named server its own data and server directories", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "lobby.json");
  const defaults = { dataDirectory: join(dir.path, "data", "lobby") };
  const { config } = await loadConfig(path, defaults);
  assert.equal(config.dataDirectory, defaults.dataDirectory);
  assert.equal(config.server.directory, join(defaults.dataDirectory, "server"));
  // Written to the file, so the file alone says where everything is.
  const onDisk = JSON.parse(await Deno.readTextFile(path));
  assert.equal(onDisk.dataDirectory, defaults.dataDirectory);
  // A file's own values win; a server directory follows a chosen data directory.
  const own = parseConfig({ dataDirectory: "/srv/lobby" }, "x.json", defaults);
  assert.equal(own.dataDirectory, "/srv/lobby");
  assert.equal(own.server.directory, "/srv/lobby/server");
  const both = parseConfig({ server: { directory: "/games/lobby" } }, "x.json", defaults);
  assert.equal(both.server.directory, "/games/lobby");
  // Without defaults (the unnamed server): the schema's defaults, as before.
  assert.equal(parseConfig({}, "x.json").server.directory, "server");
});

Deno.test("ConfigStore.update() falls back to the named server's defaults for a removed key", async () => {
  await using dir = await withTmpDir();
  const defaults = { dataDirectory: join(dir.path, "data", "lobby") };
  const store = await ConfigStore.open(join(dir.path, "lobby.json"), defaults);
  await store.update((c) => ({ ...c, dataDirectory: "/elsewhere" }));
  assert.equal(store.get().dataDirectory, "/elsewhere");
  await store.update(({ dataDirectory: _, ...rest }) => rest);
  assert.equal(store.get().dataDirectory, defaults.dataDirectory);
});
