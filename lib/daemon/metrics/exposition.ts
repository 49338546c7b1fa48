/**
 * A writer of the Prometheus text exposition format 0.0.4: `# HELP` and
 * `# TYPE` lines, then the samples of each family, labels escaped.
 *
 * @module
 */

/** A metric family's type. */
export type MetricType = "counter" | "gauge";

/** One sample: its labels (none: `{}`) and its value. */
export type Sample = readonly [labels: Readonly<Record<string, string>>, value: number];

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

function escapeHelp(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}

/** Collects metric families and renders them as exposition text. */
export class Exposition {
  #lines: string[] = [];
  #names = new Set<string>();

  /**
   * Adds a family.
   *
   * @param name The full name (`atlas_runner_…`; counters end in `_total`).
   * @param type Counter or gauge.
   * @param help One line saying what it measures.
   * @param samples A single value, or labelled samples (an empty list writes only HELP and TYPE).
   * @throws {TypeError} On an invalid or repeated name.
   */
  add(name: string, type: MetricType, help: string, samples: number | readonly Sample[]): void {
    if (!NAME.test(name) || this.#names.has(name)) throw new TypeError(`Bad metric name: ${name}`);
    this.#names.add(name);
    this.#lines.push(`# HELP ${name} ${escapeHelp(help)}`, `# TYPE ${name} ${type}`);
    const list: readonly Sample[] = typeof samples === "number" ? [[{}, samples]] : samples;
    for (const [labels, value] of list) {
      const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
      const suffix = pairs.length === 0 ? "" : `{${pairs.join(",")}}`;
      this.#lines.push(`${name}${suffix} ${formatValue(value)}`);
    }
  }

  /** @returns The exposition text, ending in a newline. */
  text(): string {
    return this.#lines.join("\n") + "\n";
  }
}
