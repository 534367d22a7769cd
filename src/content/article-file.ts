import { Document, isScalar, isSeq } from "yaml";

/** Front matter to write, in the order editors read it. Lists of names are written on one line. */
export interface FrontMatterFields {
  title: string;
  date: string;
  source?: string | undefined;
  dateline?: string | undefined;
  byline?: readonly string[] | undefined;
  topics?: readonly string[] | undefined;
  summary?: string | undefined;
  lang?: string | undefined;
  image?: { url: string; alt: string; caption?: string | undefined; credit?: string | undefined } | undefined;
  related?: readonly object[] | undefined;
  corrections?: readonly { date: string; text: string }[] | undefined;
  aliases?: readonly string[] | undefined;
  draft?: boolean | undefined;
  origin?: string | undefined;
}

/**
 * An article file: YAML front matter written by the YAML library (which does
 * the quoting), a blank line, then the story. Empty fields are left out.
 * `comments` are written after a field's value, for the editor.
 */
export function articleFileText(fields: FrontMatterFields, body: string, comments: Partial<Record<keyof FrontMatterFields, string>> = {}): string {
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
  const document = new Document(Object.fromEntries(entries));
  for (const key of ["byline", "topics"]) {
    const list = document.get(key, true);
    if (isSeq(list)) list.flow = true;
  }
  for (const [key, comment] of Object.entries(comments)) {
    const node = document.get(key, true);
    if (isScalar(node) || isSeq(node)) node.comment = ` ${comment}`;
  }
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${body}`;
}
