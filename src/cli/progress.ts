import { formatNumber } from "../filters/translate.ts";

export type Phase = "load" | "render" | "write";

const labels: Record<Phase, string> = { load: "Reading articles", render: "Rendering stories", write: "Writing pages" };

export interface ProgressOptions {
  /** Print nothing. */
  quiet: boolean;
  /** Where to print (default: standard error, so output piped from stdout stays clean). */
  stream?: NodeJS.WriteStream;
  /** Below this many items a phase is not worth reporting (default: 200). */
  threshold?: number;
}

/**
 * Progress of a long build: on a terminal, one line rewritten in place; in a
 * log (CI), a line when a phase starts and at each quarter, so logs stay short.
 */
export function createProgress({ quiet, stream = process.stderr, threshold = 200 }: ProgressOptions) {
  const interactive = stream.isTTY === true;
  let current: { phase: Phase; quarter: number; lastPaint: number } | undefined;
  const write = (text: string) => {
    if (!quiet) stream.write(text);
  };
  const line = (phase: Phase, done: number, total: number) => `${labels[phase]}: ${formatNumber(done, "en")} of ${formatNumber(total, "en")}`;

  return {
    update(phase: Phase, done: number, total: number): void {
      if (total < threshold) return;
      if (current?.phase !== phase) {
        if (interactive && current) write("\n");
        current = { phase, quarter: -1, lastPaint: 0 };
      }
      if (interactive) {
        const now = Date.now();
        if (done === total || now - current.lastPaint > 100) {
          current.lastPaint = now;
          write(`\r${line(phase, done, total)}`);
        }
        return;
      }
      const quarter = Math.floor((done / total) * 4);
      if (quarter > current.quarter) {
        current.quarter = quarter;
        write(`${line(phase, done, total)}\n`);
      }
    },
    /** End the progress line before the summary. */
    finish(): void {
      if (interactive && current) write("\n");
      current = undefined;
    },
  };
}
