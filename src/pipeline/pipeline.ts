import { createHash } from "node:crypto";
import path from "node:path";
import type { Story } from "../archive/build-archive.ts";
import type { Archive, Article, Bodies } from "../archive/model.ts";
import { planArchive } from "../archive/plan-archive.ts";
import type { PictureFile } from "../archive/pictures.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { type PersonRecord, readAuthorsFile } from "../content/authors-file.ts";
import { compareText, type Problem } from "../content/problems.ts";
import { type ContentEntry, listContent, readEntries, readSource, refOf, type SourceFile } from "../content/read-content.ts";
import { ArticleCache, storyKey } from "./article-cache.ts";
import { type KnownSource, loadingKey, loadStories, renderInput } from "./load-stories.ts";
import { PictureReader } from "./picture-files.ts";
import { checkPictures, pictureUses } from "./picture-uses.ts";

export interface PipelineOptions {
  site: SiteConfig;
  contentDir: string;
  /** Cache folder; no cache when undefined. */
  cacheDir?: string | undefined;
  /** The reference time (epoch ms), or a clock read at every planning (the preview's). */
  now: number | (() => number);
  includeDrafts?: boolean | undefined;
  includeEmbargoed?: boolean | undefined;
  /** Worker threads for rendering (default: one per CPU). */
  workers?: number | undefined;
  /** Render and plan what is valid even when some files have errors, as the preview does (default: false). */
  keepGoing?: boolean | undefined;
  onProgress?: ((phase: "load" | "render", done: number, total: number) => void) | undefined;
}

export interface PipelineStats {
  /** Valid article files. */
  files: number;
  /** Articles taken whole from the cache: neither parsed nor rendered. */
  unchanged: number;
  /** Articles parsed again whose rendered body was still in the cache. */
  reusedRenders: number;
  /** Articles rendered in this run. */
  rendered: number;
  /** Threads that rendered them (1: the main thread). */
  threads: number;
  loadMs: number;
  planMs: number;
}

/** The archive as planned now, with every problem the content has now. */
export interface PipelineRun {
  archive: Archive;
  /** The valid stories it was planned from (a broken file's last good one, when the run goes on despite errors). */
  stories: readonly Story[];
  /** Every problem of every file, errors and warnings. */
  problems: Problem[];
  stats: PipelineStats;
}

/** A listing of the content folder, and the cache opened for it. */
interface Scanned {
  listedAt: number;
  listed: Awaited<ReturnType<typeof listContent>>;
  cache: ArticleCache | undefined;
  /** The files whose stamps the cache could not vouch for, read while scanning. */
  read: Awaited<ReturnType<typeof readEntries>>;
  /** Each listed file's revision, when the cache vouched for it or it was read. */
  revisions: (string | undefined)[];
}

/** The content folder's files besides articles: its pictures and its authors file, as last listed. */
interface SideFiles {
  media: ContentEntry[];
  authors: ContentEntry | undefined;
  listedAt: number;
}

/**
 * A hash of the content's files under the loading code and settings: the
 * articles by reference and revision, the pictures and the authors file by
 * how they stand on disk.
 */
function inputsKey(loading: string, files: readonly (readonly [string, string])[], side: Omit<SideFiles, "listedAt">): string {
  const hash = createHash("sha256").update(loading);
  for (const [ref, revision] of [...files].sort(([a], [b]) => compareText(a, b))) hash.update("\0").update(ref).update("\0").update(revision);
  for (const { ref, stamp } of [...side.media, ...(side.authors ? [side.authors] : [])]) {
    hash.update("\0").update(ref).update("\0").update(`${stamp.size}:${stamp.mtimeMs}:${stamp.ctimeMs}:${stamp.ino}`);
  }
  return hash.digest("hex");
}

/**
 * The one path from `content/` to the planned archive, for the build, `validate`
 * and the preview alike: read, validate (one schema), render (cached by content
 * hash, on worker threads) and plan. It has two ways in: `loadAll` reads the
 * whole content folder, `update` takes the files that changed or went away
 * and plans again. It remembers every valid story and every file's problems
 * between the two, so an update costs what changed.
 */
export class ArchivePipeline {
  readonly options: PipelineOptions;
  readonly #root: string;
  readonly #stories = new Map<string, Story>();
  /** Problems found reading and validating each file, by reference. */
  readonly #fileProblems = new Map<string, Problem[]>();
  /** Files that could not be read or validated: references to them are not reported as missing. */
  readonly #invalidRefs = new Set<string>();
  /** HTML rendered by this pipeline, by reference (the rest is in the cache). */
  readonly #html = new Map<string, { renderKey: string; html: string }>();
  #cache: ArticleCache | undefined;
  readonly #pictureReader: PictureReader;
  #side: SideFiles = { media: [], authors: undefined, listedAt: 0 };
  /** The authors file's people, by byline, and its problems. */
  #people = new Map<string, PersonRecord>();
  #authorsProblems: Problem[] = [];
  /** The pictures the content names, as read, and the problems of those that could not be. */
  #pictures = new Map<string, PictureFile>();
  #pictureProblems: Problem[] = [];
  #archive: Archive | undefined;
  #loading: string | undefined;
  #scanned: Scanned | undefined;

  constructor(options: PipelineOptions) {
    this.options = options;
    this.#root = path.resolve(options.contentDir);
    this.#pictureReader = new PictureReader(options.cacheDir);
  }

  /** The archive as last planned. */
  get archive(): Archive | undefined {
    return this.#archive;
  }

  /**
   * List the content folder and tell whether it holds exactly what the cache
   * last took in: then `inputsKey` names it (see `inputsKey`), and a build
   * whose last plan came from the same inputs has nothing to do. A file whose
   * stamp (size, times, inode) is as the cache last saw it is not read; the
   * others are read and hashed (a fresh checkout gives every file a new stamp,
   * and reading ten thousand files costs far less than planning them).
   * `loadAll` goes on from this listing and these reads.
   */
  async scan(): Promise<{ inputsKey: string | undefined; files: number }> {
    const listedAt = Date.now();
    const listed = await listContent({ contentDir: this.#root });
    const { cacheDir } = this.options;
    const cache = cacheDir === undefined ? undefined : await ArticleCache.open(path.join(cacheDir, "articles"), listed.entries.map((entry) => entry.ref));
    const loading = this.#loadingKey();
    const vouched = new Map(listed.entries.map((entry) => [entry.ref, cache?.revisionOf(entry.ref, entry.stamp, loading)]));
    const read = await readEntries(
      this.#root,
      listed.entries.filter((entry) => vouched.get(entry.ref) === undefined),
    );
    const readRevisions = new Map(read.files.map((file) => [file.ref, storyKey(loading, file.text)]));
    const revisions = listed.entries.map((entry) => vouched.get(entry.ref) ?? readRevisions.get(entry.ref));
    this.#scanned = { listedAt, listed, cache, read, revisions };
    const known = revisions.every((revision) => revision !== undefined) && listed.problems.length === 0 && listed.unreadable.size === 0 && read.problems.length === 0;
    return {
      inputsKey: known ? inputsKey(loading, listed.entries.map((entry, index) => [entry.ref, revisions[index] as string]), listed) : undefined,
      files: listed.entries.length,
    };
  }

  /**
   * Read, validate, render and plan the whole content folder. A file the cache
   * knows to be unchanged (same size, times and inode as when it was last read)
   * is not even read; one read while scanning is not read twice.
   */
  async loadAll(): Promise<PipelineRun> {
    const started = performance.now();
    if (!this.#scanned) await this.scan();
    const { listedAt, listed, cache, read: scanned } = this.#scanned as Scanned;
    this.#scanned = undefined;
    const { onProgress } = this.options;
    this.#cache = cache;
    await cache?.loadRecords();
    const loading = this.#loadingKey();
    const readWhileScanning = new Set([...scanned.files.map((file) => file.ref), ...scanned.unreadable]);
    const known: KnownSource[] = [];
    const unread = listed.entries.filter((entry) => {
      if (readWhileScanning.has(entry.ref)) return false;
      const revision = cache?.revisionOf(entry.ref, entry.stamp, loading);
      if (revision === undefined || cache?.get(entry.ref)?.storyKey !== revision) return true;
      known.push({ file: entry.file, ref: entry.ref, revision });
      return false;
    });
    const alreadyRead = listed.entries.length - unread.length;
    onProgress?.("load", alreadyRead, listed.entries.length);
    const late = await readEntries(this.#root, unread, { onProgress: (done) => onProgress?.("load", alreadyRead + done, listed.entries.length) });
    const read = { files: [...scanned.files, ...late.files], unreadable: [...scanned.unreadable, ...late.unreadable], problems: [...scanned.problems, ...late.problems] };
    this.#stories.clear();
    this.#fileProblems.clear();
    this.#invalidRefs.clear();
    for (const ref of [...listed.unreadable, ...read.unreadable]) this.#invalidRefs.add(ref);
    this.#recordProblems([...listed.problems, ...read.problems]);
    const loaded = await this.#load([...known, ...read.files], this.options.workers, (done, total) => onProgress?.("render", done, total));
    cache?.rememberFiles(
      loading,
      listedAt,
      listed.entries.flatMap((entry) => {
        const story = this.#stories.get(entry.ref);
        return story ? [{ ref: entry.ref, stamp: entry.stamp, revision: story.revision }] : [];
      }),
    );
    await cache?.flush();
    this.#side = { media: listed.media, authors: listed.authors, listedAt };
    await this.#readAuthors();
    await this.#readPictures();
    return this.#plan(started, loaded);
  }

  /**
   * After a scan whose inputs the last build already took in: remember how the
   * files it read stand now, so the next scan need not read them again.
   */
  async rememberScan(): Promise<void> {
    const scanned = this.#scanned;
    if (!scanned?.cache || scanned.read.files.length === 0) return;
    const { listedAt, listed, cache, revisions } = scanned;
    cache.rememberFiles(
      this.#loadingKey(),
      listedAt,
      listed.entries.flatMap((entry, index) => {
        const revision = revisions[index];
        return revision === undefined ? [] : [{ ref: entry.ref, stamp: entry.stamp, revision }];
      }),
    );
    await cache.flush();
  }

  /** The key of what was last loaded (see `scan`); undefined while some file is unreadable or invalid. */
  inputsKey(): string | undefined {
    if (this.#invalidRefs.size > 0) return undefined;
    return inputsKey(this.#loadingKey(), [...this.#stories.values()].map((story) => [story.loaded.ref, story.revision]), this.#side);
  }

  /**
   * Take in edited, added and deleted files (paths) and plan again. A file
   * that stops being valid keeps its last good story in the plan while its
   * problems are reported, so a preview never loses a page to a typo. A
   * change to a picture or the authors file lists the content folder again.
   */
  async update(changed: readonly string[], deleted: readonly string[]): Promise<PipelineRun> {
    const started = performance.now();
    if ([...changed, ...deleted].some((file) => !file.endsWith(".md"))) {
      const listedAt = Date.now();
      const listed = await listContent({ contentDir: this.#root });
      this.#side = { media: listed.media, authors: listed.authors, listedAt };
      await this.#readAuthors();
    }
    for (const file of deleted) {
      const ref = refOf(this.#root, path.resolve(file));
      this.#stories.delete(ref);
      this.#invalidRefs.delete(ref);
      this.#fileProblems.delete(ref);
      this.#html.delete(ref);
    }
    const sources: SourceFile[] = [];
    for (const file of changed.filter((name) => name.endsWith(".md"))) {
      const source = await readSource(this.#root, path.resolve(file));
      this.#fileProblems.delete(source.ref);
      if ("problem" in source) {
        this.#recordProblems([source.problem], source.ref);
        this.#invalidRefs.add(source.ref);
      } else {
        sources.push(source);
      }
    }
    const loaded = await this.#load(sources, 1);
    await this.#readPictures();
    return this.#plan(started, loaded);
  }

  /** Plan again with nothing read: the clock moved on (embargoes), or the caller wants a fresh plan. */
  replan(): PipelineRun {
    return this.#plan(performance.now(), { unchanged: 0, reusedRenders: 0, rendered: 0, threads: 0 });
  }

  /**
   * The HTML of these articles, from this run's renders or the cache; an
   * article whose HTML the cache no longer holds (damaged, or cleared since)
   * is read and rendered again, so a page never goes out without its story.
   */
  async bodies(articles: Iterable<Article>): Promise<Bodies> {
    const bodies = new Map<string, string>();
    const missing: Article[] = [];
    await Promise.all(
      [...new Set(articles)].map(async (article) => {
        const fresh = this.#html.get(article.ref);
        const html = fresh?.renderKey === article.renderKey ? fresh.html : await this.#cache?.body(article.ref, article.renderKey);
        if (html === undefined) missing.push(article);
        else bodies.set(article.ref, html);
      }),
    );
    if (missing.length > 0) for (const [ref, html] of await this.#renderAgain(missing)) bodies.set(ref, html);
    return bodies;
  }

  /** Validate and render `sources`, keeping their stories and problems. */
  async #load(sources: readonly (SourceFile | KnownSource)[], workers: number | undefined, onRender?: (done: number, total: number) => void) {
    const loaded = await loadStories(sources, {
      site: this.options.site,
      loading: this.#loadingKey(),
      cache: this.#cache,
      renderWhenBroken: this.options.keepGoing,
      workers,
      onRender,
    });
    this.#recordProblems(loaded.problems);
    sources.forEach((source, index) => {
      const story = loaded.stories[index];
      if (story) {
        this.#stories.set(source.ref, story);
        this.#invalidRefs.delete(source.ref);
      } else {
        // The preview keeps a broken file's last good story; a build stops on the error anyway.
        this.#invalidRefs.add(source.ref);
      }
      const html = loaded.html.get(source.ref);
      if (story && html !== undefined) this.#html.set(source.ref, { renderKey: story.renderKey, html });
    });
    return loaded;
  }

  #loadingKey(): string {
    this.#loading ??= loadingKey(this.options.site);
    return this.#loading;
  }

  /** Read the authors file, when there is one: its people and its problems. */
  async #readAuthors(): Promise<void> {
    this.#people = new Map();
    this.#authorsProblems = [];
    const entry = this.#side.authors;
    if (!entry) return;
    const source = await readSource(this.#root, entry.absolute);
    if ("problem" in source) {
      this.#authorsProblems = [source.problem];
      return;
    }
    const { people, problems } = readAuthorsFile(source.text, source.file);
    this.#people = new Map(people.map((person) => [person.byline, person]));
    this.#authorsProblems = problems;
  }

  /** Read the pictures the stories and the authors file name (those read before and unchanged from the cache), and check them. */
  async #readPictures(): Promise<void> {
    const uses = pictureUses(this.#stories.values(), [...this.#people.values()], this.#side.authors?.file);
    const listed = new Map(this.#side.media.map((entry) => [entry.ref, entry]));
    const wanted = [...new Set(uses.map((use) => use.path))].flatMap((picture) => (picture === undefined ? [] : (listed.get(picture) ?? [])));
    const read = await this.#pictureReader.read(wanted, this.#side.listedAt);
    const checked = checkPictures(uses, new Set(listed.keys()), read);
    this.#pictures = checked.pictures;
    this.#pictureProblems = checked.problems;
    await this.#pictureReader.flush(new Set(listed.keys()));
  }

  #plan(started: number, loaded: { unchanged: number; reusedRenders: number; rendered: number; threads: number }): PipelineRun {
    const loadMs = performance.now() - started;
    const planning = performance.now();
    const stories = [...this.#stories.values()].sort((a, b) => compareText(a.loaded.ref, b.loaded.ref));
    const { now } = this.options;
    const planned = planArchive(stories, this.options.site, {
      now: typeof now === "function" ? now() : now,
      includeDrafts: this.options.includeDrafts ?? false,
      includeEmbargoed: this.options.includeEmbargoed ?? false,
      invalidRefs: this.#invalidRefs,
      pictures: this.#pictures,
      people: this.#people,
    });
    this.#archive = planned.archive;
    return {
      archive: planned.archive,
      stories,
      problems: [...[...this.#fileProblems.values()].flat(), ...this.#authorsProblems, ...this.#pictureProblems, ...planned.problems],
      stats: { files: stories.length, ...loaded, loadMs, planMs: performance.now() - planning },
    };
  }

  /** Remember problems by the file they belong to (`ref` when known, else from the problem's path). */
  #recordProblems(problems: readonly Problem[], ref?: string): void {
    for (const problem of problems) {
      const key = ref ?? this.#refOfProblem(problem);
      const list = this.#fileProblems.get(key) ?? [];
      list.push(problem);
      this.#fileProblems.set(key, list);
    }
  }

  #refOfProblem(problem: Problem): string {
    const absolute = path.resolve(problem.file);
    return absolute.endsWith(".md") && !path.relative(this.#root, absolute).startsWith("..") ? refOf(this.#root, absolute) : `\0${problem.file}`;
  }

  async #renderAgain(articles: readonly Article[]): Promise<Map<string, string>> {
    const [{ loadArticle }, { renderStories }] = await Promise.all([import("../content/load-article.ts"), import("../markdown/render-stories.ts")]);
    const sources = await Promise.all(articles.map((article) => readSource(this.#root, path.join(this.#root, `${article.ref}.md`))));
    const inputs = sources.map((source, index) => {
      const article = articles[index] as Article;
      const loaded = "problem" in source ? undefined : loadArticle(source.text, source, { timeZone: this.options.site.timeZone, language: this.options.site.language }).article;
      if (!loaded) throw new Error(`\`${article.file}\` changed while the site was being built; build again.`);
      return renderInput(loaded);
    });
    const { site } = this.options;
    const { results } = await renderStories(inputs, { siteUrl: site.baseUrl, pathPrefix: site.pathPrefix, timeZone: site.timeZone, workers: 1 });
    const bodies = new Map<string, string>();
    articles.forEach((article, index) => {
      const html = results[index]?.html ?? "";
      bodies.set(article.ref, html);
      this.#html.set(article.ref, { renderKey: article.renderKey, html });
    });
    return bodies;
  }
}
