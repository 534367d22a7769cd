import vm from "node:vm";

const context = vm.createContext({ job: undefined as (() => unknown) | undefined });
const script = new vm.Script("job()");

/**
 * Run synchronous work for at most `ms` milliseconds: V8 stops it where it is
 * when the time is up. Used so that no story, however written, can keep the
 * build rendering for minutes. Undefined when the time ran out.
 */
export function withinTime<T>(work: () => T, ms: number): { value: T } | undefined {
  context["job"] = work;
  try {
    return { value: script.runInContext(context, { timeout: ms }) as T };
  } catch (error) {
    if ((error as { code?: unknown }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return undefined;
    throw error;
  } finally {
    context["job"] = undefined;
  }
}
