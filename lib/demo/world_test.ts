import assert from "node:assert/strict";
import { join } from "node:path";
import { pathExists } from "../util/fs.ts";
import { command, startDemo } from "../../tests/helpers/demo.ts";
import { DemoWorld, dimensionsOf } from "./world.ts";
import { makePlayers } from "./players.ts";

async function gunzip(path: string): Promise<Uint8Array> {
  const stream = (await Deno.open(path)).readable.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const WORLD_FILES = [
  "my world/level.dat",
  "my world/session.lock",
  "my world/region/r.0.0.mca",
  "my world/region/r.-1.-1.mca",
  "my world_nether/level.dat",
  "my world_nether/DIM-1/region/r.0.0.mca",
  "my world_the_end/level.dat",
  "my world_the_end/DIM1/region/r.0.0.mca",
];

Deno.test("DemoWorld.save() writes the three dimension folders with NBT level data and regions", async () => {
  const dir = await Deno.makeTempDir({ prefix: "atlas-world-" });
  try {
    const world = new DemoWorld(dir, "my world", { name: "1.21.5", protocol: 770 }, 42n);
    assert.equal(await world.exists(), false);
    await world.lock();
    await world.save(makePlayers(["Alex"]));
    for (const file of WORLD_FILES) assert.ok(await pathExists(join(dir, file)), file);
    assert.equal(await world.exists(), true);
    assert.equal(await pathExists(join(dir, "my world/level.dat_old")), false);
    const nbt = await gunzip(join(dir, "my world/level.dat"));
    assert.deepEqual([...nbt.subarray(0, 3)], [10, 0, 0]); // root compound, empty name
    const text = new TextDecoder("latin1").decode(nbt);
    assert.ok(text.includes("LevelName") && text.includes("my world") && text.includes("1.21.5"));
    const region = await Deno.readFile(join(dir, "my world/region/r.0.0.mca"));
    assert.equal(region.length % 4096, 0);
    assert.deepEqual([...region.subarray(0, 4)], [0, 0, 2, 1]); // chunk (0,0): sector 2, 1 sector
    assert.equal(region[8196], 2); // zlib
    const uuid = makePlayers(["Alex"])[0].uuid;
    assert.ok(await pathExists(join(dir, `my world/playerdata/${uuid}.dat`)));
    assert.ok(await pathExists(join(dir, `my world/stats/${uuid}.json`)));
    await world.save([]);
    assert.ok(await pathExists(join(dir, "my world/level.dat_old")));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("dimensionsOf() names vanilla's storage folders", () => {
  assert.deepEqual(dimensionsOf("w").map((d) => [d.folder, d.storage, d.key]), [
    ["w", "w", "minecraft:overworld"],
    ["w_nether", "DIM-1", "minecraft:the_nether"],
    ["w_the_end", "DIM1", "minecraft:the_end"],
  ]);
});

Deno.test("runDemoServer() writes the world at start and on save-all, even while saving is off", async () => {
  await using demo = await startDemo({
    properties: { "level-name": "my world" },
    env: { ATLAS_DEMO_SAVE_DELAY_MS: "200" },
  });
  for (const file of WORLD_FILES) assert.ok(await pathExists(join(demo.dir, file)), file);
  await command(demo, "save-off", "Automatic saving is now disabled");
  for (const dim of ["my world", "my world_nether", "my world_the_end"]) {
    await Deno.remove(join(demo.dir, dim), { recursive: true });
  }
  const from = demo.stdout.lines.length;
  await demo.send("save-all");
  await demo.stdout.waitForLine("Saving the game (this may take a moment!)", { from });
  // The save-delay hook holds the save: nothing is written before "Saved the game".
  assert.equal(await pathExists(join(demo.dir, "my world", "level.dat")), false);
  await demo.stdout.waitForLine("Saved the game", { from });
  for (const file of WORLD_FILES.filter((f) => !f.endsWith("session.lock"))) {
    assert.ok(await pathExists(join(demo.dir, file)), file);
  }
});

Deno.test("runDemoServer() autosaves while saving is on and not while it is off", async () => {
  await using demo = await startDemo({ env: { ATLAS_DEMO_AUTOSAVE_MS: "40" }, debug: true });
  const levelDat = join(demo.dir, "world", "level.dat");
  await Deno.remove(levelDat);
  const on = demo.stderr.lines.length;
  await demo.stderr.waitForLine("Autosave done", { from: on });
  assert.ok(await pathExists(levelDat));

  await command(demo, "save-off", "Automatic saving is now disabled");
  await Deno.remove(levelDat);
  let from = demo.stderr.lines.length;
  for (let i = 0; i < 3; i++) {
    from = (await demo.stderr.waitForLine("Autosave skipped", { from })).index + 1;
  }
  assert.equal(await pathExists(levelDat), false);

  await command(demo, "save-on", "Automatic saving is now enabled");
  await demo.stderr.waitForLine("Autosave done", { from: demo.stderr.lines.length });
  assert.ok(await pathExists(levelDat));
});

Deno.test("runDemoServer() saves on stop even after save-off, players included", async () => {
  await using demo = await startDemo({ env: { ATLAS_DEMO_PLAYERS: "Steve" } });
  await command(demo, "save-off", "Automatic saving is now disabled");
  await Deno.remove(join(demo.dir, "world"), { recursive: true });
  await demo.send("stop");
  assert.equal((await demo.status()).code, 0);
  const uuid = makePlayers(["Steve"])[0].uuid;
  assert.ok(await pathExists(join(demo.dir, "world", "level.dat")));
  assert.ok(await pathExists(join(demo.dir, "world", "playerdata", `${uuid}.dat`)));
});
