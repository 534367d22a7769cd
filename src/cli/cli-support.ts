import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { epochMillis, parseArticleDate } from "../content/article-date.ts";
import { defineSite } from "../config/site-schema.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { site as configuredSite } from "../config/site.ts";
import { describeFailure } from "../eleventy/describe-failure.ts";
import { projectRoot } from "../runtime.ts";

/** A mistake in how a command was called: printed with a pointer to the help, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Parse command-line options strictly, turning Node's errors into a UsageError. */
export function parseOptions<Config extends ParseArgsConfig>(argv: string[], config: Config) {
  try {
    return parseArgs({ ...config, args: argv, strict: true, allowPositionals: config.allowPositionals ?? false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node's message goes on about positional arguments; the option is what matters.
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new UsageError(unknown ? `Unknown option \`${unknown[1]}\`.` : message);
  }
}

/**
 * The folder the command was typed in. `npm run` starts scripts in the
 * project's folder and names the one it was called from in `INIT_CWD`.
 */
export const typedFolder = process.env["INIT_CWD"] || process.cwd();

/** A path given on the command line, read from the folder the command was typed in. */
export function typedPath(given: string): string {
  return path.resolve(typedFolder, given);
}

/** A path option's absolute path: as given (see `typedPath`), or the project's own default (`content`, `_site`). */
export function pathOption(given: string | undefined, projectDefault: string): string {
  return given === undefined ? path.resolve(projectRoot, projectDefault) : typedPath(given);
}

/** The site settings, with `--base-url` and `--path-prefix` applied. */
export function siteWithOverrides(overrides: { baseUrl?: string | undefined; pathPrefix?: string | undefined }): SiteConfig {
  if (overrides.baseUrl === undefined && overrides.pathPrefix === undefined) return configuredSite;
  try {
    return defineSite({
      ...configuredSite,
      ...(overrides.baseUrl === undefined ? {} : { baseUrl: overrides.baseUrl }),
      ...(overrides.pathPrefix === undefined ? {} : { pathPrefix: overrides.pathPrefix }),
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A whole number of at least 1 (or at most `max`) given to `--<option>`, or a usage error. */
export function positiveInteger(option: string, value: string, max = Number.MAX_SAFE_INTEGER): number {
  const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < 1 || number > max) {
    throw new UsageError(`--${option} expects a whole number from 1${max === Number.MAX_SAFE_INTEGER ? "" : ` to ${max}`}, not \`${value}\`.`);
  }
  return number;
}

/** `--now 2015-10-13T12:00:00+03:00` as epoch ms; the clock when absent. */
export function referenceTime(value: string | undefined, timeZone: string): number {
  if (value === undefined) return Date.now();
  const parsed = parseArticleDate(value, timeZone);
  if (!parsed.ok) throw new UsageError(`--now expects an ISO 8601 date and time such as 2015-10-13T12:00:00+03:00, not \`${value}\`: ${parsed.reason}.`);
  return epochMillis(parsed.iso);
}

/**
 * Run a command's main function (`command` as typed: `npm run build`): a usage
 * error prints its one line and where the help is, and exits 2; anything
 * unexpected exits 1 with its stack.
 */
export async function runCommand(command: string, main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\nSee \`${command} -- --help\`.\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${describeFailure(error)}\n`);
    process.exitCode = 1;
  }
}
