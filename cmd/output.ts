/**
 * Rendering of results: the only code that writes to stdout. Human output
 * gets colours only when stdout is a terminal and `NO_COLOR` is unset; JSON
 * output is one document (or, for streams, one document per line) with
 * stable camelCase fields and nothing else on stdout.
 *
 * @module
 */
import { stripAnsi } from "../lib/util/ansi.ts";
import type { CliIo } from "./io.ts";

/** A text style for human output. */
export type Style = "bold" | "dim" | "red" | "green" | "yellow" | "cyan";

const SGR: Readonly<Record<Style, [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

/**
 * Tells whether a stream may be coloured: it is a terminal, `NO_COLOR` is
 * unset or empty (no-color.org), and `TERM` is not `dumb`.
 *
 * @param io The process's streams and environment.
 * @param stream Which stream.
 * @returns `true` when colours and cursor movement are welcome.
 */
export function colorEnabled(io: CliIo, stream: "stdout" | "stderr" = "stdout"): boolean {
  if (!io[stream].isTerminal) return false;
  const noColor = io.env("NO_COLOR");
  if (noColor !== undefined && noColor !== "") return false;
  return io.env("TERM") !== "dumb";
}

/** Writes results to stdout, in human or JSON form. */
export class Output {
  readonly #io: CliIo;
  /** Whether human output is coloured. */
  readonly color: boolean;

  /**
   * @param io The process's streams.
   * @param options `json: true` turns colours off whatever the terminal.
   */
  constructor(io: CliIo, options: { json?: boolean } = {}) {
    this.#io = io;
    this.color = !options.json && colorEnabled(io);
  }

  /** Whether stdout is a terminal (in-place redraws make sense). */
  get isTerminal(): boolean {
    return this.#io.stdout.isTerminal;
  }

  /**
   * Writes one line (a newline is added).
   *
   * @param text The line.
   */
  async line(text = ""): Promise<void> {
    await this.#io.stdout.write(text + "\n");
  }

  /**
   * Writes text as is (for in-place redraws and streamed lines).
   *
   * @param text The text.
   */
  async raw(text: string): Promise<void> {
    await this.#io.stdout.write(text);
  }

  /**
   * Writes one pretty-printed JSON document.
   *
   * @param value A JSON-serialisable value (no bigint: convert first).
   */
  async json(value: unknown): Promise<void> {
    await this.#io.stdout.write(JSON.stringify(value, null, 2) + "\n");
  }

  /**
   * Writes one compact JSON document on one line (JSON Lines, for streams).
   *
   * @param value A JSON-serialisable value.
   */
  async jsonLine(value: unknown): Promise<void> {
    await this.#io.stdout.write(JSON.stringify(value) + "\n");
  }

  /**
   * A line of the server's console as this output shows it: with its own
   * colours on a terminal that allows them, else (pipes, files, `NO_COLOR`,
   * `--json`) without escape sequences. The daemon keeps the raw line.
   *
   * @param line A console line as the server printed it.
   * @returns The line to show.
   */
  consoleLine(line: string): string {
    return this.color ? line : stripAnsi(line);
  }

  /**
   * Styles text when colours are on; returns it unchanged otherwise.
   *
   * @param style The style.
   * @param text The text.
   * @returns The (maybe) styled text.
   */
  paint(style: Style, text: string): string {
    if (!this.color) return text;
    const [on, off] = SGR[style];
    return `\x1b[${on}m${text}\x1b[${off}m`;
  }
}

/**
 * A duration for people: `45s`, `12m 5s`, `3h 12m`, `2d 4h`.
 *
 * @param seconds Whole seconds, at least 0.
 * @returns The two largest units.
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3_600);
  const minutes = Math.floor((s % 3_600) / 60);
  const secs = s % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes}m`;
  if (minutes > 0) return `${minutes}m ${secs}s`;
  return `${secs}s`;
}

/**
 * A byte size for people: `512 B`, `1.5 KiB`, `12.0 MiB`, `3.2 GiB`.
 *
 * @param bytes A size in bytes.
 * @returns The size in the largest fitting binary unit.
 */
export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * Aligns rows into columns separated by two spaces (the last column is not
 * padded). Cells may contain colour codes: widths ignore them.
 *
 * @param rows The rows, the first usually a header.
 * @returns One string per row.
 */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell)));
  }
  return rows.map((row) =>
    row.map((cell, i) =>
      i === row.length - 1 ? cell : cell + " ".repeat(widths[i] - visibleLength(cell))
    ).join("  ")
  );
}

/**
 * The length of text as shown, without ANSI escape sequences.
 *
 * @param text Text, maybe with colour codes.
 * @returns The number of code points shown.
 */
export function visibleLength(text: string): number {
  // deno-lint-ignore no-control-regex -- matching ANSI escapes is the point
  return [...text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")].length;
}
