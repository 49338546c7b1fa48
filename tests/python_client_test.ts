/**
 * A client nobody here wrote against a real daemon process: Python with
 * protoc-generated code and the google.protobuf runtime (Debian's
 * `python3-protobuf`, which `.ci/run` installs), over a raw Unix socket. It
 * checks the spec's rules end to end where the other interop tests use a
 * stub handler or our own encoder: exact uint64 ids, the 0.2.0 status fields
 * read by an independent runtime, DECODE_ERROR with id 0 on a connection that
 * goes on, UNKNOWN_REQUEST for a oneof case the daemon does not know,
 * unknown fields ignored, a refused newline, a duplicate id in flight, and
 * FRAME_TOO_LARGE followed by the close. Skipped, with the reason, where no
 * Python with google.protobuf is installed.
 */
import assert from "node:assert/strict";
import denoConfig from "../deno.json" with { type: "json" };
import { startDaemon } from "./helpers/daemon.ts";
import { withTmpDir } from "./helpers/tmp.ts";

const PROTO_DIR = new URL("../proto/", import.meta.url).pathname;
const CLIENT = new URL("./fixtures/python_client.py", import.meta.url).pathname;

/** The first Python on this machine that can import google.protobuf, if any. */
async function findPython(): Promise<string | undefined> {
  for (const python of ["python3", "/usr/bin/python3"]) {
    try {
      const { success } = await new Deno.Command(python, {
        args: ["-c", "import google.protobuf"],
        stdout: "null",
        stderr: "null",
      }).output();
      if (success) return python;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

const python = await findPython();
const skipped = python
  ? ""
  : " (skipped: no python3 with google.protobuf; apt-get install python3-protobuf)";

interface Answer {
  case: string;
  id?: string;
  kind?: string;
  closed?: boolean;
  fields?: Record<string, unknown>;
}

Deno.test({
  name: "a Python google.protobuf client gets the spec's answers from a real daemon" + skipped,
  ignore: python === undefined,
  async fn() {
    await using tmp = await withTmpDir();
    const gen = await new Deno.Command("protoc", {
      args: ["-I", PROTO_DIR, `--python_out=${tmp.path}`, "ipc.proto", "common.proto"],
      cwd: PROTO_DIR,
    }).output();
    assert.ok(gen.success, new TextDecoder().decode(gen.stderr));
    await using daemon = await startDaemon();
    const run = await new Deno.Command(python!, {
      args: [CLIENT, tmp.path, daemon.socketPath],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stdout = new TextDecoder().decode(run.stdout);
    assert.ok(run.success, `${stdout}\n${new TextDecoder().decode(run.stderr)}`);
    const answers = new Map<string, Answer>();
    for (const line of stdout.trim().split("\n")) {
      const answer = JSON.parse(line) as Answer;
      answers.set(answer.case, answer);
    }
    const get = (name: string): Answer => {
      const answer = answers.get(name);
      assert.ok(answer, `no answer for ${name} in:\n${stdout}`);
      return answer;
    };
    const error = (name: string, id: string, code: string): Answer["fields"] => {
      const answer = get(name);
      assert.equal(answer.kind, "error", `${name}: ${JSON.stringify(answer)}`);
      assert.equal(answer.id, id, name);
      assert.equal(answer.fields?.code, code, name);
      return answer.fields;
    };

    const status = get("status");
    assert.equal(status.id, "18446744073709551615");
    assert.equal(status.kind, "get_status");
    assert.equal(status.fields?.state, "SERVER_STATE_STOPPED");
    assert.equal(status.fields?.daemon_version, denoConfig.version);
    assert.equal(status.fields?.protocol_version, 2);

    error("malformed", "0", "DECODE_ERROR");
    assert.equal(get("after-malformed").kind, "get_status");
    assert.equal(get("after-malformed").id, "7");
    error("no-payload", "8", "UNKNOWN_REQUEST");
    const unknown = error("unknown-oneof", "9", "UNKNOWN_REQUEST");
    assert.match(String(unknown?.message), /not known to this daemon/);
    assert.equal(get("unknown-field").kind, "get_status");
    assert.equal(get("unknown-field").id, "10");
    const newline = error("send-newline", "11", "VALIDATION");
    assert.match(String(newline?.message), /control character/);
    const duplicate = error("duplicate-id", "12", "VALIDATION");
    assert.match(String(duplicate?.message), /\b12\b/);
    error("oversize", "0", "FRAME_TOO_LARGE");
    assert.equal(get("after-oversize").closed, true);
    assert.equal(get("still-serving").kind, "get_status");
    assert.equal(get("still-serving").id, "1");
  },
});
