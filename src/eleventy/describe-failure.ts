/**
 * An unexpected failure with its chain of causes: Eleventy wraps a template's
 * error (which names the template and line) in `originalError`.
 */
export function describeFailure(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    lines.push(depth === 0 ? `${current.name}: ${current.message}` : `  caused by ${current.name}: ${current.message}`);
    const next: unknown = (current as { originalError?: unknown }).originalError ?? current.cause;
    if (next === undefined) {
      // A stack names the code that failed: worth showing for our own errors, noise for a template's.
      if (depth === 0 && current.stack) lines[0] = current.stack;
      else if (process.env["DEBUG"] && current.stack) lines.push(current.stack);
      break;
    }
    current = next;
  }
  if (lines.length === 0) lines.push(String(error));
  return lines.join("\n");
}
