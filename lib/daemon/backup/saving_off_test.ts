import assert from "node:assert/strict";
import { SAVE_ALL_STARTED, SAVING_REPLIES, UNKNOWN_COMMAND } from "./saving_off.ts";
import { consoleMessage } from "../console/service.ts";

/** Whether a console line, as the console service sees it, answers the command. */
function answers(pattern: RegExp, line: string): boolean {
  return pattern.test(consoleMessage(line));
}

const PREFIXES = [
  "[12:34:56] [Server thread/INFO]: ",
  "[12:34:56 INFO]: ",
  "[12:34:56] [Server thread/INFO] [minecraft/DedicatedServer]: ",
  "\x1b[36m[12:34:56 INFO]: \x1b[0m",
];

Deno.test("SAVING_REPLIES accept modern, legacy and already-in-state replies in every log format", () => {
  const cases: [RegExp, string[]][] = [
    [SAVING_REPLIES.saveOff, [
      "Automatic saving is now disabled",
      "Saving is already turned off",
      "Turned off world auto-saving",
      "[Rcon: Automatic saving is now disabled]",
    ]],
    [SAVING_REPLIES.saveAll, ["Saved the game", "Saved the world", "[Rcon: Saved the game]"]],
    [SAVING_REPLIES.saveOn, [
      "Automatic saving is now enabled",
      "Saving is already turned on",
      "Turned on world auto-saving",
      "Turned on world auto-saving.",
    ]],
  ];
  for (const [pattern, messages] of cases) {
    for (const message of messages) {
      for (const prefix of PREFIXES) {
        assert.ok(
          answers(pattern, prefix + message),
          `${pattern} should match ${prefix}${message}`,
        );
      }
    }
  }
});

Deno.test("SAVING_REPLIES refuse chat, say and other lines that merely contain a reply", () => {
  const lines = [
    "[12:34:56] [Server thread/INFO]: <Steve> Saved the game",
    "[12:34:56] [Async Chat Thread - #0/INFO]: <Steve> Saved the game",
    "[12:34:56 INFO]: <Steve> Saved the world",
    "[12:34:56] [Server thread/INFO]: [Server] Saved the game",
    "[12:34:56] [Server thread/INFO]: [Server] [12:00:00]: Saved the game",
    "[12:34:56] [Server thread/INFO]: [Steve] [x]: Saved the game",
    "[12:34:56] [Server thread/INFO]: * Steve Saved the game",
    "[12:34:56] [Server thread/INFO]: Saved the game, or did it?",
    "[12:34:56] [Server thread/INFO]: Saving the game (this may take a moment!)",
    "[12:34:56] [Server thread/INFO]: Saving...",
    "[12:34:56] [Server thread/INFO]: [Rcon: <Steve> Saved the game]",
  ];
  for (const line of lines) {
    assert.ok(!answers(SAVING_REPLIES.saveAll, line), `must not match: ${line}`);
  }
  assert.ok(
    !answers(
      SAVING_REPLIES.saveOff,
      "[12:34:56] [Server thread/INFO]: <Alex> Automatic saving is now disabled",
    ),
  );
  assert.ok(
    !answers(
      SAVING_REPLIES.saveOn,
      "[12:34:56] [Server thread/INFO]: <Alex> Turned on world auto-saving",
    ),
  );
});

Deno.test("UNKNOWN_COMMAND recognises vanilla, Paper, Forge, Fabric and Bedrock replies, not chat", () => {
  const unknown = [
    "[12:34:56] [Server thread/INFO]: Unknown or incomplete command, see below for error",
    '[12:34:56 INFO]: Unknown command. Type "/help" for help.',
    "[12:34:56] [Server thread/INFO] [minecraft/DedicatedServer]: Unknown command. Try /help for a list of commands",
    "[2026-12-06 12:00:00:123 INFO] Unknown command: save-off. Please check that the command exists and that you have permission to use it.",
    "[12:34:56] [Server thread/INFO]: Incorrect argument for command",
  ];
  for (const line of unknown) {
    assert.ok(UNKNOWN_COMMAND.test(consoleMessage(line)), `should match: ${line}`);
  }
  for (
    const line of [
      "[12:34:56] [Server thread/INFO]: <Steve> Unknown command lol",
      "[12:34:56] [Server thread/INFO]: Automatic saving is now disabled",
    ]
  ) {
    assert.ok(!UNKNOWN_COMMAND.test(consoleMessage(line)), `must not match: ${line}`);
  }
});

Deno.test("SAVE_ALL_STARTED matches the start of save-all's own reply only", () => {
  for (const prefix of PREFIXES) {
    assert.ok(
      SAVE_ALL_STARTED.test(consoleMessage(`${prefix}Saving the game (this may take a moment!)`)),
    );
    assert.ok(SAVE_ALL_STARTED.test(consoleMessage(`${prefix}Saving...`)));
  }
  assert.ok(!SAVE_ALL_STARTED.test(consoleMessage("[12:34:56 INFO]: <Alex> Saving the game")));
  assert.ok(!SAVE_ALL_STARTED.test(consoleMessage("[12:34:56 INFO]: Saved the game")));
});
