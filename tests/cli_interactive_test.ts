/**
 * The long-running and interactive commands against a real daemon:
 * `logs -f`, `console` and `status --watch` driven through pipes (Ctrl-C as
 * SIGINT), and `console`, `status`, `start` and the restore confirmation
 * through a pseudo-terminal made by `script` (util-linux; those tests are
 * skipped without it). Every wait is for an output line, with a deadline.
 *
 * Kind: subprocess: signals, pipes and terminals belong to a real process.
 *
 * @module
 */
import assert from "node:assert/strict";
import { type CliProcess, spawnCli } from "./helpers/cli.ts";
import { type DaemonHandle, startDaemon } from "./helpers/daemon.ts";

/** Strips colour and cursor escapes, so pty output can be matched as text. */
function plain(text: string): string {
  // deno-lint-ignore no-control-regex -- removing escape sequences is the point
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replaceAll("\r", "");
}

async function serverState(daemon: DaemonHandle): Promise<number> {
  const client = await daemon.client();
  return (await client.getStatus()).state;
}

const RUNNING = 3;

Deno.test("logs -f follows new lines through a pipe until Ctrl-C, in text and JSON", async () => {
  await using daemon = await startDaemon({ startServer: true });
  const client = await daemon.client();
  for (const json of [false, true]) {
    await using cli = spawnCli([
      "logs",
      "-f",
      "-n",
      "1",
      "--socket",
      daemon.socketPath,
      ...(json ? ["--json"] : []),
    ]);
    await cli.stdout.waitForLine(/./);
    const word = `follow-${json ? "json" : "text"}`;
    await client.sendCommand({ command: `say ${word}` });
    const { line } = await cli.stdout.waitForLine(new RegExp(word));
    if (json) assert.match(JSON.parse(line).line, new RegExp(`\\[Server\\] ${word}$`));
    else {assert.match(
        line,
        new RegExp(`^\\[\\d\\d:\\d\\d:\\d\\d\\] \\[Server thread/INFO\\]: \\[Server\\] ${word}$`),
      );}
    cli.process.kill("SIGINT");
    assert.equal(await cli.exit(), 0, cli.stderr.text());
    assert.equal(cli.stderr.text(), "");
  }
});

Deno.test("status --watch --json prints a JSON line per refresh until Ctrl-C", async () => {
  await using daemon = await startDaemon({ startServer: true });
  await using cli = spawnCli([
    "status",
    "--watch",
    "--json",
    "--interval",
    "1",
    "--socket",
    daemon.socketPath,
  ]);
  await cli.stdout.waitForLine(/./);
  await cli.stdout.waitForLine(/./, { from: 1 });
  cli.process.kill("SIGINT");
  assert.equal(await cli.exit(), 0, cli.stderr.text());
  for (const line of cli.stdout.lines) assert.equal(JSON.parse(line).state, "running");
});

/** [description, RCON password or undefined] */
const CONSOLE_MODES: [string, string | undefined][] = [
  ["commands written to the server's stdin", undefined],
  ["commands sent over RCON", "s3cret"],
];

for (const [mode, rconPassword] of CONSOLE_MODES) {
  Deno.test(`console through pipes sends each line and leaves the server running (${mode})`, async () => {
    await using daemon = await startDaemon({ startServer: true, rconPassword });
    await using cli = spawnCli(["console", "-n", "1", "--socket", daemon.socketPath]);
    await cli.stdout.waitForLine(/./);
    await cli.write("say piped-hello\n");
    await cli.stdout.waitForLine(/\[(Server|Rcon)\] piped-hello$/);
    const before = cli.stdout.lines.length;
    await cli.write("list\n");
    await cli.stdout.waitForLine(/There are 0 of a max of 20 players online/, { from: before });
    await cli.write("say a\u0001b\n");
    await cli.stderr.waitForLine(/^error: .*control character/);
    await cli.write("say piped-last\n");
    await cli.stdout.waitForLine(/\[(Server|Rcon)\] piped-last$/);
    await cli.closeStdin();
    assert.equal(await cli.exit(), 0, cli.stderr.text());
    const answers = cli.stdout.lines.filter((l) => /There are 0 of a max/.test(l));
    assert.equal(answers.length, 1, `the answer to list is shown once:\n${cli.stdout.text()}`);
    assert.equal(await serverState(daemon), RUNNING);
  });
}

Deno.test("console through pipes leaves on Ctrl-C without stopping the server", async () => {
  await using daemon = await startDaemon({ startServer: true });
  await using cli = spawnCli(["console", "--socket", daemon.socketPath]);
  await cli.stdout.waitForLine(/Done \(/);
  cli.process.kill("SIGINT");
  assert.equal(await cli.exit(), 0, cli.stderr.text());
  assert.equal(await serverState(daemon), RUNNING);
});

const hasScript = await new Deno.Command("script", {
  args: ["--version"],
  stdout: "null",
  stderr: "null",
})
  .output().then((o) => o.success, () => false);

/** Runs the CLI under `script`, so its stdin, stdout and stderr are a terminal. */
function inTerminal(args: string[], env: Record<string, string> = {}): CliProcess {
  const quote = (word: string): string => `'${word.replaceAll("'", `'\\''`)}'`;
  return spawnCli(args, {
    env: { SHELL: "/bin/sh", TERM: "xterm", ...env },
    // `exec`: Ctrl-C signals the terminal's foreground group, which must be
    // the CLI alone, not a shell waiting for it.
    wrap: (argv) => ["script", "-q", "-e", "-c", `exec ${argv.map(quote).join(" ")}`, "/dev/null"],
  });
}

Deno.test({
  name: "console on a terminal edits lines, recalls history and leaves on Ctrl-D",
  ignore: !hasScript,
  async fn() {
    await using daemon = await startDaemon({ startServer: true });
    await using cli = inTerminal(["console", "-n", "1", "--socket", daemon.socketPath]);
    await cli.stdout.waitForLine(/Ctrl-D or Ctrl-C leaves/);
    // "sya" fixed in place: Ctrl-A, → → →, Backspace twice, then "ay".
    await cli.write("sya tty-hello\x01\x1b[C\x1b[C\x1b[C\x7f\x7fay\r");
    await cli.stdout.waitForLine(/\[Server\] tty-hello/);
    const seen = cli.stdout.lines.length;
    await cli.write("\x1b[A\r");
    await cli.stdout.waitForLine(/\[Server\] tty-hello/, { from: seen });
    await cli.write("\x04");
    assert.equal(await cli.exit(), 0, plain(cli.stdout.text()));
    assert.equal(await serverState(daemon), RUNNING);
  },
});

Deno.test({
  name: "console on a terminal leaves on Ctrl-C without stopping the server",
  ignore: !hasScript,
  async fn() {
    await using daemon = await startDaemon({ startServer: true });
    await using cli = inTerminal(["console", "--socket", daemon.socketPath]);
    await cli.stdout.waitForLine(/Ctrl-D or Ctrl-C leaves/);
    await cli.write("say half-typed\x03");
    assert.equal(await cli.exit(), 0, plain(cli.stdout.text()));
    assert.equal(await serverState(daemon), RUNNING);
    assert.ok(!cli.stdout.lines.some((l) => l.includes("[Server] half-typed")));
  },
});

Deno.test({
  name: "on a terminal status is coloured (unless NO_COLOR) and start shows a spinner",
  ignore: !hasScript,
  async fn() {
    await using daemon = await startDaemon();
    {
      await using start = inTerminal(["start", "--socket", daemon.socketPath]);
      assert.equal(await start.exit(), 0);
      const text = start.stdout.text();
      assert.match(text, /Starting the server… \d+\.\ds/);
      assert.match(plain(text), /Server is running \(pid \d+\)/);
    }
    const cases: [Record<string, string>, boolean][] = [[{}, true], [{ NO_COLOR: "1" }, false]];
    for (const [env, colored] of cases) {
      await using status = inTerminal(["status", "--socket", daemon.socketPath], env);
      assert.equal(await status.exit(), 0);
      assert.equal(
        status.stdout.text().includes("\x1b[32mrunning\x1b[39m"),
        colored,
        JSON.stringify(env),
      );
      assert.match(plain(status.stdout.text()), /state {6}running/);
    }
  },
});

Deno.test({
  name: "backup restore asks on a terminal: no cancels with exit 2, yes restores",
  ignore: !hasScript,
  async fn() {
    await using daemon = await startDaemon({ startServer: true });
    const client = await daemon.client();
    const { backupId } = await client.createBackup({ name: "tty" });
    for (const [answer, code] of [["n", 2], ["y", 0]] as const) {
      await using cli = inTerminal(["backup", "restore", backupId, "--socket", daemon.socketPath]);
      await cli.stdout.waitForLine(/Restore backup ".+"\? .*\[y\/N\] $/, { partial: true });
      await cli.write(`${answer}\r`);
      assert.equal(await cli.exit(), code, plain(cli.stdout.text()));
      if (answer === "n") assert.match(plain(cli.stdout.text()), /error: restore cancelled/);
    }
    assert.equal(await serverState(daemon), RUNNING);
  },
});

Deno.test({
  name: "status --watch on a terminal redraws in place and restores the cursor on Ctrl-C",
  ignore: !hasScript,
  async fn() {
    await using daemon = await startDaemon({ startServer: true });
    await using cli = inTerminal([
      "status",
      "--watch",
      "--interval",
      "1",
      "--socket",
      daemon.socketPath,
    ]);
    const first = cli.stdout.lines.length;
    await cli.stdout.waitForLine(/updated .*Ctrl-C to quit/, { from: first });
    const seen = cli.stdout.lines.length;
    await cli.stdout.waitForLine(/updated .*Ctrl-C to quit/, { from: seen });
    await cli.write("\x03");
    assert.equal(await cli.exit(), 0);
    const text = cli.stdout.text();
    assert.ok(text.startsWith("\x1b[?25l"), "the cursor is hidden while watching");
    // Nine status rows and the footer: back up ten lines, clear, redraw.
    assert.ok(text.includes("\x1b[10F\x1b[J"), JSON.stringify(text));
    assert.ok(text.includes("\x1b[?25h"), "the cursor is shown again");
  },
});
