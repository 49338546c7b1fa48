/**
 * Start-up failures a user can fix, recognised in the server's output and
 * explained in words: the Minecraft EULA not accepted yet (vanilla stops at
 * its first start until `eula.txt` says `eula=true`), and a server built for
 * a newer Java than the one that ran it (`UnsupportedClassVersionError`).
 * Also `server.acceptEula`: writing `eula=true` before each start.
 *
 * @module
 */
import { join } from "node:path";
import { atomicWriteFile } from "../../util/atomic_write.ts";
import { stripAnsi } from "../../util/ansi.ts";

/** Where a user reads the EULA before accepting it. */
export const EULA_URL = "https://aka.ms/MinecraftEULA";

/** Vanilla's (and every fork's) line when `eula.txt` does not say `eula=true`. */
const EULA_LINE = /You need to agree to the EULA in order to run the server/i;
/** The JVM's line for classes compiled for a newer Java. */
const CLASS_VERSION_LINE =
  /UnsupportedClassVersionError\b.*?class file version (\d+)(?:\.\d+)?(?:.*?up to (\d+)(?:\.\d+)?)?/;

/** A class file version is the Java major version plus 44 (Java 8 = 52, Java 21 = 65). */
const CLASS_VERSION_OFFSET = 44;

/**
 * Whether a console line may explain a failed start (kept while starting).
 *
 * @param line A console line.
 * @returns `true` for the EULA line and `UnsupportedClassVersionError`.
 */
export function isDiagnosticLine(line: string): boolean {
  return EULA_LINE.test(line) || line.includes("UnsupportedClassVersionError");
}

/** What a failed start's output says, in words. */
export type StartDiagnosis =
  | { kind: "eula"; message: string }
  | { kind: "java"; message: string; needed: number };

/**
 * Explains a failed start from the lines {@linkcode isDiagnosticLine} kept.
 *
 * @param lines The diagnostic lines of the run.
 * @param directory The server folder (where `eula.txt` is).
 * @returns The explanation, or `null` when the output says nothing we know.
 */
export function diagnoseStartFailure(
  lines: readonly string[],
  directory: string,
): StartDiagnosis | null {
  for (const raw of lines) {
    const line = stripAnsi(raw);
    const classes = CLASS_VERSION_LINE.exec(line);
    if (classes) {
      const needed = Number(classes[1]) - CLASS_VERSION_OFFSET;
      const ran = classes[2] ? Number(classes[2]) - CLASS_VERSION_OFFSET : null;
      return {
        kind: "java",
        needed,
        message: `The server needs Java ${needed} or newer (its classes are class file version ` +
          `${classes[1]})` + (ran !== null ? `, but it was started with Java ${ran}` : ""),
      };
    }
    if (EULA_LINE.test(line)) {
      return {
        kind: "eula",
        message: "The server stopped because the Minecraft EULA is not accepted: read " +
          `${EULA_URL}, then set eula=true in ${join(directory, "eula.txt")} ` +
          "(or let the daemon write it before each start: " +
          "atlas-runner config set server.acceptEula true)",
      };
    }
  }
  return null;
}

/**
 * Reads the Java major version from `java -version` output.
 *
 * @param output What `java -version` printed (on stderr).
 * @returns The major version (8 for `1.8.0_392`, 17 for `17.0.15`), or `null`.
 *
 * @example Old and new version schemes
 * ```ts
 * import { javaMajor } from "./start_diagnosis.ts";
 *
 * console.assert(javaMajor('openjdk version "17.0.15" 2025-04-15') === 17);
 * console.assert(javaMajor('java version "1.8.0_392"') === 8);
 * console.assert(javaMajor('openjdk version "21" 2023-09-19') === 21);
 * ```
 */
export function javaMajor(output: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/**
 * Runs `java -version` from PATH.
 *
 * @param timeoutMs How long it may take.
 * @returns The major version; `"absent"` when there is no `java` on PATH; `null` when its
 *   output is not understood (or it hung).
 */
export async function javaOnPath(timeoutMs = 10_000): Promise<number | "absent" | null> {
  try {
    const output = await new Deno.Command("java", {
      args: ["-version"],
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      signal: AbortSignal.timeout(timeoutMs),
    }).output();
    const text = new TextDecoder().decode(output.stderr) +
      new TextDecoder().decode(output.stdout);
    return javaMajor(text);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return "absent";
    return null;
  }
}

/**
 * The rest of a Java diagnosis: which Java is on PATH, and what to do.
 *
 * @param needed The Java major version the server needs.
 * @param onPath What {@linkcode javaOnPath} found.
 * @returns A clause starting with `; `.
 */
export function javaAdvice(needed: number, onPath: number | "absent" | null): string {
  const found = onPath === "absent"
    ? "there is no java on PATH"
    : onPath === null
    ? "the java on PATH did not say its version"
    : `the java on PATH is Java ${onPath}`;
  return `; ${found} (java -version): install Java ${needed} or newer and put it first on ` +
    "PATH, or name its full path in server.command";
}

/**
 * `server.acceptEula`: makes `eula.txt` say `eula=true`, keeping its other
 * lines (vanilla's comment and date).
 *
 * @param directory The server folder.
 */
export async function acceptEula(directory: string): Promise<void> {
  const path = join(directory, "eula.txt");
  let text = "";
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  if (/^\s*eula\s*=\s*true\s*$/im.test(text)) return;
  const lines = text.split(/\r?\n/).filter((line) => !/^\s*eula\s*=/i.test(line));
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  if (lines.length === 0) {
    lines.push(`#Accepted for this server by atlas-runner (server.acceptEula); see ${EULA_URL}`);
  }
  await atomicWriteFile(path, [...lines, "eula=true", ""].join("\n"));
}
