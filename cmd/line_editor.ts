/**
 * A small line editor for the interactive console, kept free of I/O so it
 * can be tested by feeding it keys: it turns terminal input (raw mode) into
 * edits, history moves, and "submit" or "exit" events, and renders the
 * prompt line.
 *
 * Keys: printable text inserts; Enter submits; Backspace/Delete; ←/→,
 * Home/End, Ctrl-A/E/B/F move; ↑/↓ and Ctrl-P/N walk the history; Ctrl-U/K/W
 * cut; Ctrl-L clears the screen; Ctrl-C leaves; Ctrl-D leaves on an empty
 * line (else deletes forward).
 *
 * @module
 */

/** What feeding input produced, in order. */
export type EditorEvent =
  | { readonly type: "submit"; readonly line: string }
  | { readonly type: "exit"; readonly reason: "ctrl-c" | "ctrl-d" }
  | { readonly type: "clear-screen" };

/** Options of {@linkcode LineEditor}. */
export interface LineEditorOptions {
  /** Earlier lines, oldest first. @default [] */
  history?: readonly string[];
  /** How many lines the history keeps. @default 500 */
  maxHistory?: number;
}

/** Escape sequences this editor understands, by their full text. */
const SEQUENCES: Readonly<Record<string, string>> = {
  "\x1b[A": "up",
  "\x1bOA": "up",
  "\x1b[B": "down",
  "\x1bOB": "down",
  "\x1b[C": "right",
  "\x1bOC": "right",
  "\x1b[D": "left",
  "\x1bOD": "left",
  "\x1b[H": "home",
  "\x1bOH": "home",
  "\x1b[1~": "home",
  "\x1b[7~": "home",
  "\x1b[F": "end",
  "\x1bOF": "end",
  "\x1b[4~": "end",
  "\x1b[8~": "end",
  "\x1b[3~": "delete",
};

/** Control keys, by their byte. */
const CONTROLS: Readonly<Record<string, string>> = {
  "\x01": "home",
  "\x02": "left",
  "\x03": "ctrl-c",
  "\x04": "ctrl-d",
  "\x05": "end",
  "\x06": "right",
  "\x08": "backspace",
  "\x0b": "kill-end",
  "\x0c": "clear-screen",
  "\x0e": "down",
  "\x10": "up",
  "\x15": "kill-start",
  "\x17": "kill-word",
  "\x7f": "backspace",
};

/** Edits one line of input with a cursor and a history. */
export class LineEditor {
  #chars: string[] = [];
  #cursor = 0;
  #history: string[];
  #maxHistory: number;
  #index: number;
  #draft: string[] = [];
  #afterCr = false;

  /** @param options Earlier history and its size. */
  constructor(options: LineEditorOptions = {}) {
    this.#maxHistory = options.maxHistory ?? 500;
    this.#history = [...(options.history ?? [])].slice(-this.#maxHistory);
    this.#index = this.#history.length;
  }

  /** The text being edited. */
  get line(): string {
    return this.#chars.join("");
  }

  /** The cursor's position, in code points from the start of the line. */
  get cursor(): number {
    return this.#cursor;
  }

  /** The submitted lines, oldest first. */
  get history(): readonly string[] {
    return this.#history;
  }

  /**
   * Feeds terminal input (one key, or a pasted chunk of many).
   *
   * @param input Decoded text read from the terminal in raw mode.
   * @returns The events it produced, in order.
   */
  feed(input: string): EditorEvent[] {
    const events: EditorEvent[] = [];
    let i = 0;
    while (i < input.length) {
      const [key, length] = nextKey(input, i);
      i += length;
      const event = this.#apply(key);
      if (event) events.push(event);
      if (event?.type === "exit") break;
    }
    return events;
  }

  /**
   * The escape sequence that redraws the prompt line in place, cursor
   * included. A line wider than the terminal scrolls horizontally to keep
   * the cursor in view.
   *
   * @param prompt The prompt (may contain colour codes).
   * @param promptWidth The prompt's visible width.
   * @param columns The terminal's width.
   * @returns Text to write to the terminal.
   */
  render(prompt: string, promptWidth: number, columns = 80): string {
    const room = Math.max(10, columns - promptWidth - 1);
    const start = Math.max(0, this.#cursor - room + 1);
    const shown = this.#chars.slice(start, start + room);
    const back = start + shown.length - this.#cursor;
    return `\r\x1b[2K${prompt}${shown.join("")}` + (back > 0 ? `\x1b[${back}D` : "");
  }

  #apply(key: string): EditorEvent | undefined {
    const wasCr = this.#afterCr;
    this.#afterCr = key === "\r";
    if (key === "\r" || key === "\n") {
      if (key === "\n" && wasCr) return undefined;
      return this.#submit();
    }
    switch (SEQUENCES[key] ?? CONTROLS[key] ?? (isPrintable(key) ? "insert" : "ignore")) {
      case "insert":
        this.#chars.splice(this.#cursor++, 0, key);
        return;
      case "backspace":
        if (this.#cursor > 0) this.#chars.splice(--this.#cursor, 1);
        return;
      case "delete":
        this.#chars.splice(this.#cursor, 1);
        return;
      case "ctrl-d":
        if (this.#chars.length === 0) return { type: "exit", reason: "ctrl-d" };
        this.#chars.splice(this.#cursor, 1);
        return;
      case "ctrl-c":
        return { type: "exit", reason: "ctrl-c" };
      case "clear-screen":
        return { type: "clear-screen" };
      default:
        this.#move(SEQUENCES[key] ?? CONTROLS[key]);
    }
  }

  #move(action: string | undefined): void {
    const n = this.#chars.length;
    switch (action) {
      case "left":
        this.#cursor = Math.max(0, this.#cursor - 1);
        break;
      case "right":
        this.#cursor = Math.min(n, this.#cursor + 1);
        break;
      case "home":
        this.#cursor = 0;
        break;
      case "end":
        this.#cursor = n;
        break;
      case "kill-start":
        this.#chars.splice(0, this.#cursor);
        this.#cursor = 0;
        break;
      case "kill-end":
        this.#chars.splice(this.#cursor);
        break;
      case "kill-word": {
        let start = this.#cursor;
        while (start > 0 && this.#chars[start - 1] === " ") start--;
        while (start > 0 && this.#chars[start - 1] !== " ") start--;
        this.#chars.splice(start, this.#cursor - start);
        this.#cursor = start;
        break;
      }
      case "up":
      case "down":
        this.#walkHistory(action === "up" ? -1 : 1);
        break;
    }
  }

  #walkHistory(step: -1 | 1): void {
    const next = this.#index + step;
    if (next < 0 || next > this.#history.length) return;
    if (this.#index === this.#history.length) this.#draft = this.#chars;
    this.#index = next;
    this.#chars = next === this.#history.length ? this.#draft : [...this.#history[next]];
    this.#cursor = this.#chars.length;
  }

  #submit(): EditorEvent {
    const line = this.line;
    if (line.trim() !== "" && this.#history.at(-1) !== line) {
      this.#history.push(line);
      if (this.#history.length > this.#maxHistory) this.#history.shift();
    }
    this.#chars = [];
    this.#draft = [];
    this.#cursor = 0;
    this.#index = this.#history.length;
    return { type: "submit", line };
  }
}

/** Reads one key at `i`: an escape sequence, a control byte, or one code point. */
function nextKey(input: string, i: number): [string, number] {
  if (input[i] !== "\x1b") {
    const cp = input.codePointAt(i)!;
    const text = String.fromCodePoint(cp);
    return [text, text.length];
  }
  // ESC [ params final, or ESC O final; anything else is a lone ESC (ignored).
  // deno-lint-ignore no-control-regex -- escape sequences start with ESC
  const csi = /^\x1b\[[0-9;]*[@-~]/.exec(input.slice(i, i + 16));
  if (csi) return [csi[0], csi[0].length];
  if (input[i + 1] === "O" && i + 2 < input.length) return [input.slice(i, i + 3), 3];
  return ["\x1b", 1];
}

function isPrintable(key: string): boolean {
  // deno-lint-ignore no-control-regex -- control characters are what is excluded
  return key.length > 0 && !/^[\x00-\x1f\x7f-\x9f]$/.test(key);
}
