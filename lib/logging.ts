/**
 * The program's one LogTape `configure()` call. Library code only calls
 * `getLogger(["atlas-runner", <layer>, <module>])`, so that programs importing
 * `mod.ts` stay silent unless they configure LogTape themselves.
 *
 * @module
 */
import {
  configure,
  getAnsiColorFormatter,
  getTextFormatter,
  type LogLevel,
  type LogRecord,
  type Sink,
} from "@logtape/logtape";

/** Options of {@linkcode configureLogging}. */
export interface LoggingOptions {
  /** The lowest level written to stderr. @default "info" */
  level?: LogLevel;
}

/**
 * A sink that writes each record to stderr synchronously, so that nothing
 * is lost when the process exits right after logging (a buffered stream sink
 * would need an explicit flush on every exit path).
 */
function stderrSink(): Sink {
  const color = Deno.stderr.isTerminal() && !Deno.env.get("NO_COLOR");
  const format = color ? getAnsiColorFormatter() : getTextFormatter();
  const encoder = new TextEncoder();
  return (record: LogRecord) => {
    const bytes = encoder.encode(format(record));
    let written = 0;
    while (written < bytes.length) written += Deno.stderr.writeSync(bytes.subarray(written));
  };
}

/**
 * Sends Atlas Runner's log records to stderr (never stdout, which carries
 * results). Call once, from `main.ts`.
 *
 * @param options The lowest level to write.
 */
export async function configureLogging(options: LoggingOptions = {}): Promise<void> {
  await configure({
    reset: true,
    sinks: { stderr: stderrSink() },
    loggers: [
      { category: ["atlas-runner"], lowestLevel: options.level ?? "info", sinks: ["stderr"] },
      { category: ["logtape", "meta"], lowestLevel: "warning", sinks: ["stderr"] },
    ],
  });
}
