import assert from "node:assert/strict";
import { join } from "node:path";
import { formatProperties, parseProperties, readPropertiesFile } from "./properties.ts";
import {
  formatServerProperties,
  readServerProperties,
  serverPropertiesFrom,
  VANILLA_SERVER_PROPERTIES,
} from "./server_properties.ts";
import { withTmpDir } from "../../tests/helpers/tmp.ts";

Deno.test("parseProperties() reads separators, comments and escapes like java.util.Properties", () => {
  const text = [
    "# a comment",
    "! another comment",
    "   ",
    "a=1",
    "b : 2",
    "c 3",
    "  d=  leading spaces trimmed, trailing kept  ",
    "e=x\\:y\\=z\\#\\!",
    "f=tab\\there\\nnewline",
    "g=\\u00e9t\\u00C9",
    "h=continued \\",
    "    on the next line",
    "i=two backslashes\\\\",
    "j",
    "k\\ key=spaced key",
    "a=last wins",
    "#l=commented out",
  ].join("\r\n");
  const p = parseProperties(text);
  assert.equal(p.get("a"), "last wins");
  assert.equal(p.get("b"), "2");
  assert.equal(p.get("c"), "3");
  assert.equal(p.get("d"), "leading spaces trimmed, trailing kept  ");
  assert.equal(p.get("e"), "x:y=z#!");
  assert.equal(p.get("f"), "tab\there\nnewline");
  assert.equal(p.get("g"), "étÉ");
  assert.equal(p.get("h"), "continued on the next line");
  assert.equal(p.get("i"), "two backslashes\\");
  assert.equal(p.get("j"), "");
  assert.equal(p.get("k key"), "spaced key");
  assert.equal(p.has("l"), false);
  assert.equal(p.size, 11);
});

Deno.test("parseProperties() rejects a malformed \\u escape", () => {
  assert.throws(() => parseProperties("a=\\u12x4"), SyntaxError);
});

Deno.test("formatProperties() round-trips awkward values through parseProperties()", () => {
  const entries: [string, string][] = [
    ["motd", "  §aHello = world: #1 !"],
    ["path", "C:\\server\\world"],
    ["multi", "line\nbreak\ttab\u0001"],
    ["unicode", "Grüße ☃"],
    ["key with space", "v"],
    ["empty", ""],
  ];
  const text = formatProperties(entries, { comment: "Minecraft server properties" });
  assert.match(text, /^#Minecraft server properties\n#\w{3} \w{3} \d\d \d\d:\d\d:\d\d UTC \d{4}\n/);
  assert.deepEqual([...parseProperties(text)], entries);
});

Deno.test("readPropertiesFile() falls back to ISO-8859-1 and returns null when missing", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "server.properties");
  assert.equal(await readPropertiesFile(path), null);
  await Deno.writeFile(path, Uint8Array.from([...new TextEncoder().encode("motd=caf"), 0xe9]));
  assert.equal((await readPropertiesFile(path))?.get("motd"), "café");
  await Deno.writeTextFile(path, "motd=café ☃");
  assert.equal((await readPropertiesFile(path))?.get("motd"), "café ☃");
});

Deno.test("serverPropertiesFrom() falls back to vanilla defaults for bad numbers", () => {
  const p = serverPropertiesFrom(
    new Map([["server-port", "25566 "], ["max-players", "+7"], ["enable-rcon", "TRUE"], [
      "rcon.port",
      "99999999999",
    ]]),
  );
  assert.equal(p.serverPort, 25565);
  assert.equal(p.maxPlayers, 7);
  assert.equal(p.enableRcon, true);
  assert.equal(p.rconPort, 25575);
  assert.equal(p.motd, "A Minecraft Server");
  assert.equal(p.enableStatus, true);
});

Deno.test("readServerProperties() reads a vanilla-style file written by formatServerProperties()", async () => {
  await using dir = await withTmpDir();
  const missing = await readServerProperties(dir.path);
  assert.equal(missing.exists, false);
  assert.equal(missing.serverPort, 25565);
  await Deno.writeTextFile(
    join(dir.path, "server.properties"),
    formatServerProperties({ "server-port": "30000", motd: "Hi: there", "level-name": "w 2" }),
  );
  const p = await readServerProperties(dir.path);
  assert.equal(p.exists, true);
  assert.equal(p.serverPort, 30000);
  assert.equal(p.motd, "Hi: there");
  assert.equal(p.levelName, "w 2");
  assert.equal(p.raw.get("level-type"), "minecraft:normal");
  assert.equal(p.raw.size, VANILLA_SERVER_PROPERTIES.length);
});
