import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import type { SchemaContext } from "./article-schema.ts";
import { type LoadedArticle, loadArticle } from "./load-article.ts";
import { compareText, type Problem } from "./problems.ts";

export interface LoadContentOptions {
  /** Folder holding `**\/*.md` articles. */
  contentDir: string;
  context: SchemaContext;
  /** Only these files (paths as given on the command line), instead of the whole folder. */
  files?: readonly string[];
  /** Files open at once (default: 64), far below any system's open-file limit. */
  concurrency?: number;
  /** Folder that paths in messages are relative to (default: the working directory). */
  cwd?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface LoadedContent {
  /** Articles that passed validation, in path order. */
  articles: LoadedArticle[];
  /** References (`2015/10/x`) of article files that exist but did not pass validation. */
  invalidRefs: Set<string>;
  problems: Problem[];
}

/** Read and validate every article, collecting all problems instead of stopping at the first. */
export async function loadContent({
  contentDir,
  context,
  files,
  concurrency = 64,
  cwd = process.cwd(),
  onProgress,
}: LoadContentOptions): Promise<LoadedContent> {
  const root = path.resolve(cwd, contentDir);
  const problems: Problem[] = [];
  const display = (absolute: string) => toPosix(path.relative(cwd, absolute));
  if (!files && !(await isFolder(root))) {
    const problem: Problem = {
      code: "ContentFolderMissing",
      severity: "error",
      file: display(root),
      line: 1,
      message: `There is no content folder at \`${display(root)}\`.`,
      hint: "Create it and add articles as `YYYY/MM/<slug>.md`, or point `--content` at your articles.",
    };
    return { articles: [], invalidRefs: new Set(), problems: [problem] };
  }
  const found = files ? files.map((file) => path.resolve(cwd, file)) : await findFiles(root);

  const markdown: string[] = [];
  for (const absolute of found) {
    if (absolute.endsWith(".md")) markdown.push(absolute);
    else {
      problems.push({
        code: "FileNotArticle",
        severity: "warning",
        file: display(absolute),
        line: 1,
        message: "Only `.md` files are articles; this file is not published.",
        hint: "Move files that are not articles out of the content folder, or rename an article to end in `.md`.",
      });
    }
  }

  let done = 0;
  const results = await pMap(
    markdown,
    async (absolute) => {
      const file = display(absolute);
      const ref = toPosix(path.relative(root, absolute)).replace(/\.md$/, "");
      let text: string;
      try {
        text = await readFile(absolute, "utf8");
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ref, article: undefined, problems: [unreadable(file, reason)] };
      } finally {
        onProgress?.(++done, markdown.length);
      }
      if (ref.startsWith("../")) {
        return { ref, article: undefined, problems: [outsideContent(file, contentDir)] };
      }
      return { ref, ...loadArticle(text, { file, ref }, context) };
    },
    { concurrency },
  );

  const articles: LoadedArticle[] = [];
  const invalidRefs = new Set<string>();
  for (const result of results) {
    problems.push(...result.problems);
    if (result.article) articles.push(result.article);
    else invalidRefs.add(result.ref);
  }
  return { articles, invalidRefs, problems };
}

async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/** Every file below `root`, skipping hidden files and folders, in code-point order. */
async function findFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((absolute) => !path.relative(root, absolute).split(path.sep).some((part) => part.startsWith(".")))
    .sort(compareText);
}

function unreadable(file: string, reason: string): Problem {
  return { code: "FileUnreadable", severity: "error", file, line: 1, message: `The file could not be read: ${reason}` };
}

function outsideContent(file: string, contentDir: string): Problem {
  return {
    code: "FileNotArticle",
    severity: "error",
    file,
    line: 1,
    message: `The file is outside the content folder \`${contentDir}\`.`,
    hint: "Articles live under the content folder; move the file there.",
  };
}

function toPosix(value: string): string {
  return value.split(path.sep).join("/");
}
