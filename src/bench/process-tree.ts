import { readdirSync, readFileSync } from "node:fs";

/** The peak memory of one process of a command's tree, as the kernel counts it. */
export interface ProcessPeak {
  pid: number;
  /** What the process is: the build itself, a render job, Pagefind's indexer … */
  role: string;
  /** Peak resident memory (VmHWM), bytes. */
  peakBytes: number;
}

/** The peaks of a command's processes, and the most memory they held at once. */
export interface TreeMemory {
  processes: ProcessPeak[];
  /** The largest sum of resident memory seen across the tree at one moment, bytes. */
  totalPeakBytes: number;
}

/**
 * Watch the processes below `root` (a pid) by reading /proc every
 * `intervalMs`, keeping each one's peak resident memory and the tree's
 * largest total. Linux only: elsewhere it reports nothing. Returns the
 * function that stops watching and gives the figures.
 */
export function watchProcessTree(root: number, classify: (commandLine: string) => string, intervalMs = 100): () => TreeMemory {
  const peaks = new Map<number, ProcessPeak>();
  let totalPeakBytes = 0;
  const sample = () => {
    let total = 0;
    for (const pid of descendants(root)) {
      const status = readProc(pid, "status");
      if (status === undefined) continue;
      const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
      total += kilobytes("VmRSS");
      const known = peaks.get(pid);
      const peakBytes = kilobytes("VmHWM");
      if (known) known.peakBytes = Math.max(known.peakBytes, peakBytes);
      else peaks.set(pid, { pid, role: classify((readProc(pid, "cmdline") ?? "").split("\0").join(" ")), peakBytes });
    }
    totalPeakBytes = Math.max(totalPeakBytes, total);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return () => {
    clearInterval(timer);
    return { processes: [...peaks.values()].filter((peak) => peak.peakBytes > 0), totalPeakBytes };
  };
}

/** The pid and every process below it, found through each process's parent in /proc. */
function descendants(root: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    const stat = readProc(Number(name), "stat");
    // The parent pid is the fourth field, after the command name in parentheses.
    const parent = stat === undefined ? undefined : Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    found.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return found;
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}
