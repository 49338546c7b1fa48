import assert from "node:assert/strict";
import { isAbsolute, join } from "node:path";
import { DEMO_SERVER_PERMISSIONS, demoServerCommand, writeDemoServerDirectory } from "./setup.ts";
import { readServerProperties } from "../minecraft/server_properties.ts";
import { errorContext } from "./commands.ts";

Deno.test("demoServerCommand() runs this tree's main.ts under deno run, even from a test", async () => {
  const argv = demoServerCommand();
  assert.equal(argv[0], Deno.execPath());
  assert.deepEqual(argv.slice(1, 2 + DEMO_SERVER_PERMISSIONS.length), [
    "run",
    ...DEMO_SERVER_PERMISSIONS,
  ]);
  const main = argv.at(-2)!;
  assert.ok(isAbsolute(main) && main.endsWith("/main.ts"), main);
  assert.notEqual(main, new URL(Deno.mainModule).pathname); // not this test file
  assert.match(await Deno.readTextFile(main), /runCli/);
  assert.equal(argv.at(-1), "demo-server");
});

Deno.test("writeDemoServerDirectory() writes a vanilla-style server.properties with the given values", async () => {
  const dir = await Deno.makeTempDir({ prefix: "atlas-setup-" });
  try {
    const serverDir = join(dir, "a", "server");
    await writeDemoServerDirectory(serverDir, {
      port: 30001,
      rconPort: 30002,
      rconPassword: "pw",
      maxPlayers: 3,
    });
    const props = await readServerProperties(serverDir);
    assert.equal(props.serverPort, 30001);
    assert.equal(props.rconPort, 30002);
    assert.equal(props.rconPassword, "pw");
    assert.equal(props.enableRcon, true);
    assert.equal(props.maxPlayers, 3);
    assert.equal(props.serverIp, "127.0.0.1");
    assert.equal(props.raw.get("difficulty"), "easy");

    await writeDemoServerDirectory(serverDir, { port: 30003, keepExisting: true });
    assert.equal((await readServerProperties(serverDir)).serverPort, 30001);
    await writeDemoServerDirectory(serverDir, { port: 30003 });
    const replaced = await readServerProperties(serverDir);
    assert.equal(replaced.serverPort, 30003);
    assert.equal(replaced.enableRcon, false);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("errorContext() shows at most 10 characters before the cursor, as Brigadier does", () => {
  assert.equal(errorContext("foo", 0), "foo<--[HERE]");
  assert.equal(errorContext("list extra", 4), "list extra<--[HERE]");
  assert.equal(errorContext("save-all flush x", 14), "...-all flush x<--[HERE]");
  assert.equal(errorContext("abc", 99), "abc<--[HERE]");
});
