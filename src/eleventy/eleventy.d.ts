// Types for the part of Eleventy 3's API that backfile uses; the package ships none.
declare module "@11ty/eleventy" {
  export interface EleventyDirectories {
    input?: string;
    includes?: string;
    layouts?: string;
    data?: string;
    output?: string;
  }

  export interface UserConfig {
    addPlugin<Options>(plugin: (config: UserConfig, options: Options) => void | Promise<void>, options?: Options): void;
    addGlobalData(name: string, value: unknown): void;
    addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    addTransform(name: string, transform: (content: unknown) => unknown): void;
    addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(use: boolean): void;
    on(event: string, callback: (...args: never[]) => unknown): void;
    ignores: Set<string>;
    pathPrefix?: string;
    /** Eleventy's timings; a group made before the run is told to be quiet still warns of slow filters unless told itself. */
    benchmarkManager: { getBenchmarkGroup(name: string): { setIsVerbose(verbose: boolean): void } };
  }

  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "serve" | "watch";
    config?: (config: UserConfig) => void | Promise<void>;
  }

  export interface WriteResult {
    inputPath?: string;
    outputPath?: string | false;
    url?: string | false;
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<[WriteResult[], WriteResult[]]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    disableLogger(): void;
  }

  export default Eleventy;
}

declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export interface DevServerOptions {
    pathPrefix?: string;
    domDiff?: boolean;
    liveReload?: boolean;
    portReassignmentRetryCount?: number;
    /** Run on every request before the output folder is served; `next` passes it on. */
    middleware?: ((request: IncomingMessage, response: ServerResponse, next: () => void) => void)[];
  }

  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    /** Resolves once the server listens. */
    ready(): Promise<void>;
    /** `http://host:port` and `pathname`, without the path prefix. */
    getServerUrlRaw(host: string, pathname?: string): string;
    /** Tell connected browsers these output files changed (HTML is patched in place, CSS swapped). */
    reloadFiles(files: string[], useDomDiffingForHtml?: boolean): void;
    close(): Promise<void>;
  }
}
