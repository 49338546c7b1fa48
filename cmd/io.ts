/**
 * The streams and process facts a command may use, injected so that tests
 * (and other front ends) can capture output instead of touching the real
 * process: docker/cli's injected streams. Nothing in `cmd/` reads
 * `Deno.stdout`, `Deno.stdin` or `Deno.env` except {@linkcode denoIo}.
 *
 * @module
 */

/** Somewhere text is written: stdout or stderr. */
export interface TextSink {
  /** Writes all of `text`; resolves once the bytes are handed to the OS. */
  write(text: string): Promise<void>;
  /** Whether this is a terminal (colours, spinners, in-place redraws). */
  readonly isTerminal: boolean;
  /** The terminal's width in columns, if it is one. */
  columns(): number | undefined;
}

/** The standard input. */
export interface TextSource {
  /** The raw bytes; read once per process (each reader releases its lock). */
  readonly readable: ReadableStream<Uint8Array>;
  /** Whether this is a terminal (then line editing and prompts are possible). */
  readonly isTerminal: boolean;
  /** Switches the terminal's raw mode (no echo, no line buffering, no Ctrl-C signal). */
  setRaw(on: boolean): void;
}

/** A scope that turns Ctrl-C (SIGINT) and SIGTERM into an abort signal. */
export interface InterruptScope extends Disposable {
  /** Aborted at the first SIGINT or SIGTERM while the scope is open. */
  readonly signal: AbortSignal;
}

/** Everything a command may use of its process. */
export interface CliIo {
  /** Results: the only stream scripts parse. */
  readonly stdout: TextSink;
  /** Diagnostics, prompts, spinners, errors. */
  readonly stderr: TextSink;
  /** Typed input (console, confirmations). */
  readonly stdin: TextSource;
  /**
   * Reads an environment variable.
   *
   * @param name The variable's name.
   * @returns Its value, or `undefined` when unset.
   */
  env(name: string): string | undefined;
  /**
   * Opens an {@linkcode InterruptScope}; dispose it to stop listening.
   *
   * @returns The scope.
   */
  interrupts(): InterruptScope;
}

const encoder = new TextEncoder();

function sink(file: typeof Deno.stdout | typeof Deno.stderr): TextSink {
  const isTerminal = file.isTerminal();
  return {
    isTerminal,
    async write(text: string): Promise<void> {
      const bytes = encoder.encode(text);
      let written = 0;
      while (written < bytes.length) written += await file.write(bytes.subarray(written));
    },
    columns(): number | undefined {
      if (!isTerminal) return undefined;
      try {
        return Deno.consoleSize().columns;
      } catch {
        // A terminal without a size (e.g. a fresh pty): callers fall back to
        // their default width, which is the right answer here, not a failure.
        return undefined;
      }
    },
  };
}

/**
 * The real process's streams, environment and signals.
 *
 * @returns The process's {@linkcode CliIo}.
 */
export function denoIo(): CliIo {
  return {
    stdout: sink(Deno.stdout),
    stderr: sink(Deno.stderr),
    stdin: {
      get readable() {
        return Deno.stdin.readable;
      },
      isTerminal: Deno.stdin.isTerminal(),
      setRaw(on: boolean): void {
        Deno.stdin.setRaw(on, { cbreak: false });
      },
    },
    env: (name) => Deno.env.get(name),
    interrupts: signalScope,
  };
}

function signalScope(): InterruptScope {
  const controller = new AbortController();
  const listener = (): void => controller.abort(new Error("Interrupted"));
  const signals: Deno.Signal[] = ["SIGINT", "SIGTERM"];
  for (const s of signals) Deno.addSignalListener(s, listener);
  return {
    signal: controller.signal,
    [Symbol.dispose](): void {
      for (const s of signals) Deno.removeSignalListener(s, listener);
    },
  };
}
