/**
 * Failed starts explained in words: the EULA not accepted yet (and
 * `server.acceptEula`), and a server built for a newer Java. Tiny `sh`
 * servers print what vanilla and the JVM print.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { startDaemon } from "./helpers/daemon.ts";
import { scriptServer } from "./helpers/script_servers.ts";

/** Vanilla's first start: it stops unless eula.txt says eula=true. */
const EULA_CHECK = String.raw`if ! grep -q '^eula=true' eula.txt 2>/dev/null; then
  printf 'eula=false\n' > eula.txt
  say 'Failed to load eula.txt'
  say 'You need to agree to the EULA in order to run the server. Go to eula.txt for more info.'
  exit 0
fi`;

Deno.test("startServer() says the EULA is not accepted and how; server.acceptEula accepts it", async () => {
  await using daemon = await startDaemon({
    config: { server: { command: scriptServer("", { before: EULA_CHECK }) } },
  });
  const client = await daemon.client();
  const first = await client.startServer({ waitForReady: true });
  assert.equal(first.success, false);
  assert.match(first.message, /Minecraft EULA is not accepted/);
  assert.match(first.message, /https:\/\/aka\.ms\/MinecraftEULA/);
  assert.ok(first.message.includes(`eula=true in ${join(daemon.serverDir, "eula.txt")}`));
  assert.match(first.message, /atlas-runner config set server\.acceptEula true/);
  assert.match((await client.getStatus()).lastExitReason ?? "", /EULA is not accepted/);
  const set = await client.setConfig({ configJson: '{"server":{"acceptEula":true}}' });
  assert.equal(set.success, true, set.message);
  const second = await client.startServer({ waitForReady: true });
  assert.equal(second.success, true, second.message);
  assert.match(await Deno.readTextFile(join(daemon.serverDir, "eula.txt")), /^eula=true$/m);
});

/** The major version `java -version` on PATH reports, read independently of the daemon. */
async function javaOnPathHere(): Promise<number | null> {
  try {
    const out = await new Deno.Command("java", { args: ["-version"], stderr: "piped" }).output();
    const m = /version "(?:1\.)?(\d+)/.exec(new TextDecoder().decode(out.stderr));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

Deno.test("startServer() names the Java a server needs and the one on PATH", async () => {
  const fail = String
    .raw`printf '%s\n' 'Error: LinkageError occurred while loading main class net.minecraft.bundler.Main' >&2
printf '\tjava.lang.UnsupportedClassVersionError: net/minecraft/bundler/Main has been compiled by a more recent version of the Java Runtime (class file version 65.0), this version of the Java Runtime only recognizes class file versions up to 61.0\n' >&2
exit 1`;
  await using daemon = await startDaemon({
    config: { server: { command: scriptServer("", { before: fail }) } },
  });
  const client = await daemon.client();
  const reply = await client.startServer({ waitForReady: true });
  assert.equal(reply.success, false);
  assert.match(reply.message, /needs Java 21 or newer/);
  assert.match(reply.message, /started with Java 17/);
  const onPath = await javaOnPathHere();
  assert.match(
    reply.message,
    onPath === null ? /no java on PATH/ : new RegExp(`java on PATH is Java ${onPath}\\b`),
  );
  assert.match(reply.message, /server\.command/);
  assert.ok(!reply.message.includes("\x1b"));
  // The status says the same.
  const status = await client.getStatus();
  assert.match(status.lastExitReason ?? "", /needs Java 21.*java on PATH/);
});
