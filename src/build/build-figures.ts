/**
 * What `npm run build -- --stats-file FILE` writes: the build's figures, for
 * `npm run bench`, for the tests and for a CI dashboard.
 */
export interface BuildFigures {
  articles: number;
  /** Pages planned for this build (its shard's, for a shard). */
  pages: number;
  /** Pages drawn anew; the others came from the last build. */
  pagesDrawn: number;
  searchBundles: number;
  searchBundlesIndexed: number;
  pictures: number;
  picturesProcessed: number;
  outputFiles: number;
  /** How the output folder was brought up to date: file by file, or replaced whole. */
  published: "in place" | "replaced";
  /** True when the content, settings and code were those of the last build, and nothing was planned. */
  contentUnchanged: boolean;
  /** Articles taken whole from the cache, parsed again with a cached rendering, and rendered. */
  unchanged: number;
  reusedRenders: number;
  rendered: number;
  /** Threads that rendered; processes that drew pages. */
  threads: number;
  jobs: number;
  /** Milliseconds per phase. */
  ms: { load: number; plan: number; site: number; fingerprint: number; draw: number; search: number; pictures: number; commit: number; publish: number; total: number };
  /** This process only: render jobs and Pagefind run in processes of their own. */
  peakRssBytes: number;
  cpuUserMs: number;
  cpuSystemMs: number;
}
