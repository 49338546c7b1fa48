import assert from "node:assert/strict";
import type { GroupMember, ProcStat } from "./source.ts";
import { canRunPs, parsePsStat, parsePsTable, PS_SOURCE } from "./ps.ts";

const LINUX = Deno.build.os === "linux";

Deno.test("parsePsTable() reads procps and BSD ps rows, skipping what does not parse", () => {
  // procps (Linux) pads differently from BSD ps (macOS); both give KiB for rss.
  const procps = "    1     0 13636 SLl\n 4242  4242  2048 Ss\n 4243  4242     0 Z+\n";
  const bsd = "  501   501   1234 Ss  \n  777   501      8 R+\nPID PGID RSS STAT\n\n";
  assert.deepEqual(parsePsTable(procps), [
    { pid: 1, pgid: 0, residentBytes: 13636 * 1024, state: "SLl" },
    { pid: 4242, pgid: 4242, residentBytes: 2048 * 1024, state: "Ss" },
    { pid: 4243, pgid: 4242, residentBytes: 0, state: "Z+" },
  ]);
  assert.deepEqual(parsePsTable(bsd), [
    { pid: 501, pgid: 501, residentBytes: 1234 * 1024, state: "Ss" },
    { pid: 777, pgid: 501, residentBytes: 8 * 1024, state: "R+" },
  ]);
});

Deno.test("parsePsStat() reads lstart in UTC as Unix seconds", () => {
  assert.deepEqual(parsePsStat("23636 23636 Ss   Fri Nov 27 12:42:21 2026\n"), {
    pid: 23636,
    pgrp: 23636,
    state: "Ss",
    startTime: Date.UTC(2026, 10, 27, 12, 42, 21) / 1000,
  });
  // BSD pads the day with a space: "Jan  2".
  assert.equal(parsePsStat("501 501 S Tue Jan  2 03:04:05 2024")?.startTime, 1704164645);
  assert.equal(parsePsStat(""), null);
  assert.equal(parsePsStat("501 501 S Tue Foo 2 03:04:05 2024"), null);
});

/** A process group of a shell and two sleeps, in its own group (as the daemon spawns a server). */
function spawnGroup(): Deno.ChildProcess {
  return new Deno.Command("sh", {
    args: ["-c", "sleep 1000 & sleep 1000 & echo started; wait"],
    stdin: "null",
    stdout: "piped",
    stderr: "null",
    detached: true,
  }).spawn();
}

async function waitForStarted(child: Deno.ChildProcess): Promise<void> {
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!text.includes("started")) {
    const { value, done } = await reader.read();
    if (done) throw new Error("the group exited before it started");
    text += value;
  }
  await reader.cancel();
}

/**
 * The /proc source's answer for a group and its leader. Deno lets only
 * `--allow-all` programs read /proc, which tests do not have; `deno eval`
 * does, so the /proc implementation itself runs there.
 */
async function procFacts(pgid: number): Promise<{ members: GroupMember[]; stat: ProcStat }> {
  const module = import.meta.resolve("./proc.ts");
  const code = `import { PROC_SOURCE } from ${JSON.stringify(module)};
    console.log(JSON.stringify({
      members: await PROC_SOURCE.groupMembers(${pgid}),
      stat: await PROC_SOURCE.stat(${pgid}),
    }));`;
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["eval", "--ext=ts", code],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(output.success, new TextDecoder().decode(output.stderr));
  return JSON.parse(new TextDecoder().decode(output.stdout));
}

/** Same members, each resident size within 10 % (a page or two) of the other source's. */
function sizesAgree(viaPs: GroupMember[], viaProc: GroupMember[]): boolean {
  return viaPs.length === viaProc.length && viaPs.every((m, i) =>
    m.pid === viaProc[i].pid &&
    Math.abs(m.residentBytes - viaProc[i].residentBytes) <= viaProc[i].residentBytes * 0.1
  );
}

Deno.test({
  name: "PS_SOURCE agrees with PROC_SOURCE on a real process group (Linux: has both)",
  ignore: !LINUX,
  async fn() {
    assert.equal(await canRunPs(), true);
    const spawnedAt = Math.floor(Date.now() / 1000);
    const child = spawnGroup();
    try {
      await waitForStarted(child);
      // `echo started` can run before a forked child has exec'd `sleep`, so a member's size
      // may still change between the two reads: sample both sources again until they agree,
      // within a deadline (the asserts below then say what differed).
      const deadline = Date.now() + 10_000;
      let viaPs: GroupMember[];
      let psStat: ProcStat | null;
      let viaProc: { members: GroupMember[]; stat: ProcStat };
      do {
        [viaPs, psStat, viaProc] = await Promise.all([
          PS_SOURCE.groupMembers(child.pid),
          PS_SOURCE.stat(child.pid),
          procFacts(child.pid),
        ]);
      } while (!sizesAgree(viaPs, viaProc.members) && Date.now() < deadline);
      assert.equal(viaPs.length, 3, JSON.stringify(viaPs));
      assert.deepEqual(viaPs.map((m) => m.pid), viaProc.members.map((m) => m.pid));
      for (const [i, member] of viaPs.entries()) {
        assert.ok(member.residentBytes > 0, `pid ${member.pid} has no resident memory`);
        // Sleeping processes keep their size; allow for a page or two of difference.
        const proc = viaProc.members[i].residentBytes;
        assert.ok(Math.abs(member.residentBytes - proc) <= proc * 0.1, `${member.pid}: ${proc}`);
      }
      assert.equal(psStat?.pid, child.pid);
      assert.equal(psStat?.pgrp, viaProc.stat.pgrp);
      assert.equal(psStat?.state[0], viaProc.stat.state);
      // lstart parsed in UTC: a wrong zone or month would be hours or days off.
      assert.ok(Math.abs(psStat!.startTime - spawnedAt) <= 5, `${psStat!.startTime}`);
    } finally {
      Deno.kill(-child.pid, "SIGKILL");
      await child.status;
    }
  },
});

Deno.test("PS_SOURCE finds no process and no group for a pid that is gone", async () => {
  const child = new Deno.Command("true", { detached: true }).spawn();
  await child.status;
  assert.equal(await PS_SOURCE.stat(child.pid), null);
  assert.deepEqual(await PS_SOURCE.groupMembers(child.pid), []);
});
