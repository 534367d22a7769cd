import { isName } from "./byline.ts";
import { decodedChunks } from "./decode-text.ts";
import { finishStory } from "./finish-story.ts";
import { htmlToText, htmlToTree } from "./html-to-tree.ts";
import { wordpressDate } from "./source-dates.ts";
import type { SkippedItem, StoryImage, StoryReading } from "./story.ts";
import { childOf, childrenOf, textOf, xmlElements, type XmlElement } from "./xml-reader.ts";

/** What the export says of its site, its authors and its media library: read in a first pass over the file. */
interface WordpressSite {
  name: string;
  /** The site's address (`wp:base_site_url`). */
  url: string;
  /** Origins the site's own links may use (the site's and the blog's). */
  origins: string[];
  language?: string;
  /** Authors' names by login. */
  authors: Map<string, string | undefined>;
  /** Attachments (the media library) by post id. */
  attachments: Map<string, StoryImage>;
}

/** Post types that are not stories, left out in bulk under these names. */
const bulkTypes: Record<string, string> = {
  attachment: "attachments (files of the media library)",
  nav_menu_item: "menu items",
  revision: "revisions",
  wp_block: "reusable blocks",
  wp_template: "templates of the site's design",
  wp_template_part: "templates of the site's design",
  wp_navigation: "menus",
  wp_global_styles: "style settings",
  custom_css: "style settings",
  customize_changeset: "design changes",
  oembed_cache: "cached embeds",
  user_request: "privacy requests",
};

/** Post statuses that are not published stories, and why they are skipped. */
const skippedStatuses: Record<string, string> = {
  private: "private on the old site (only its editors could read it)",
  trash: "in the old site's trash",
  "auto-draft": "an empty draft WordPress made by itself",
  inherit: "a part of another post",
  spam: "marked as spam",
};

const hint = 'If it is in another encoding, say so in its first line, e.g. <?xml version="1.0" encoding="ISO-8859-1"?>.';

/**
 * The stories of a WordPress export (WXR), read streaming in two passes: the
 * first checks the whole file (a malformed export is refused before anything of
 * it is written) and reads the site, its authors and its media library; the
 * second yields each post. Published posts are stories; scheduled ones keep
 * their future date (an embargo); drafts and pending posts become drafts;
 * private, password-protected, trashed posts and pages are skipped with their
 * reason; attachments, menu items, revisions and other parts of the site are
 * counted. Each post gives: its title; its date with the site's offset; the
 * site's name as source; the author's name (never a login) as byline; its
 * categories and tags as topics (not the default `Uncategorized`); the site's
 * language; its excerpt as summary; its featured image as the lead picture;
 * its permalink's path as an alias; its slug; its content, shortcodes and all.
 */
export async function* wxrStories(file: string, encoding: string): AsyncGenerator<StoryReading> {
  const site = await readSite(file, encoding);
  for await (const { element } of xmlElements(decodedChunks(file, encoding, hint), { collect: isItem })) {
    yield postReading(element, site);
  }
}

function isItem(path: readonly string[]): boolean {
  return path.length === 3 && path[1] === "channel" && path[2] === "item";
}

/** The first pass: the channel's header, the authors, the attachments; the posts' content is not kept. */
async function readSite(file: string, encoding: string): Promise<WordpressSite> {
  const site: WordpressSite = { name: "", url: "", origins: [], authors: new Map(), attachments: new Map() };
  const options = { collect: (path: readonly string[]) => path.length === 3 && path[1] === "channel", ignore: (name: string) => name === "content:encoded" || name === "wp:comment" };
  for await (const { element } of xmlElements(decodedChunks(file, encoding, hint), options)) {
    switch (element.name) {
      case "title":
        site.name = htmlToText(textOf(element));
        break;
      case "language":
        if (textOf(element) !== "") site.language = textOf(element);
        break;
      case "wp:base_site_url":
      case "wp:base_blog_url":
      case "link": {
        const url = textOf(element);
        if (URL.canParse(url)) {
          if (element.name === "wp:base_site_url" || site.url === "") site.url = url;
          site.origins.push(new URL(url).origin);
        }
        break;
      }
      case "wp:author":
        site.authors.set(field(element, "wp:author_login"), authorName(element));
        break;
      case "item":
        if (field(element, "wp:post_type") === "attachment") site.attachments.set(field(element, "wp:post_id"), attachmentOf(element));
        break;
    }
  }
  return site;
}

/** The text of a child element (`wp:post_id`). */
function field(element: XmlElement, name: string): string {
  return textOf(childOf(element, name));
}

/** A post's custom field (`_thumbnail_id`). */
function postMeta(item: XmlElement, key: string): string | undefined {
  const meta = childrenOf(item, "wp:postmeta").find((entry) => field(entry, "wp:meta_key") === key);
  return meta === undefined ? undefined : field(meta, "wp:meta_value");
}

/** An author's name as readers saw it: the display name, unless it is the login (or an address), else first and last name. */
function authorName(author: XmlElement): string | undefined {
  const login = field(author, "wp:author_login");
  const display = htmlToText(field(author, "wp:author_display_name"));
  if (display !== "" && display !== login && !display.includes("@") && isName(display)) return display;
  const full = [field(author, "wp:author_first_name"), field(author, "wp:author_last_name")].map(htmlToText).filter((part) => part !== "").join(" ");
  return full !== "" && isName(full) ? full : undefined;
}

/** A file of the media library: its address, description (`_wp_attachment_image_alt`) and caption (its excerpt). */
function attachmentOf(item: XmlElement): StoryImage {
  const alt = postMeta(item, "_wp_attachment_image_alt")?.trim();
  const caption = htmlToText(field(item, "excerpt:encoded"));
  return { url: field(item, "wp:attachment_url"), ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) };
}

/** One post of the export: a story, or why it is left out. */
function postReading(item: XmlElement, site: WordpressSite): StoryReading {
  const postId = field(item, "wp:post_id");
  const id = URL.canParse(`?p=${postId}`, site.url) ? new URL(`?p=${postId}`, site.url).href : `?p=${postId}`;
  const title = htmlToText(field(item, "title"));
  const type = field(item, "wp:post_type") || "post";
  const status = field(item, "wp:status") || "publish";
  const skip = (reason: string, group?: string): StoryReading => {
    const skipped: SkippedItem = { format: "wxr", id, line: item.line, title, reason, ...(group === undefined ? {} : { group }) };
    return { kind: "skipped", item: skipped };
  };
  const bulk = bulkTypes[type];
  if (bulk !== undefined) return skip(`one of the ${bulk}`, bulk);
  if (type === "page") return skip("a page, not a story");
  if (type !== "post") return skip(`a \`${type}\`, not a story`);
  const skippedStatus = skippedStatuses[status];
  if (skippedStatus !== undefined) return skip(skippedStatus);
  if (field(item, "wp:post_password") !== "") return skip("protected by a password on the old site");
  const draft = status === "draft" || status === "pending";
  if (!draft && status !== "publish" && status !== "future") return skip(`its status on the old site is \`${status}\``);

  const date = wordpressDate(field(item, "wp:post_date"), field(item, "wp:post_date_gmt")) ?? wordpressDate(field(item, "wp:post_modified"), field(item, "wp:post_modified_gmt"));
  if (date === undefined) return { kind: "failed", line: item.line, title, message: "the post has no date (`wp:post_date`)." };
  const link = field(item, "link");
  const { tree, notes } = htmlToTree(field(item, "content:encoded"), { wordpress: true, baseUrl: URL.canParse(link) ? link : site.url || undefined, siteOrigins: site.origins });
  if (tree.children.length === 0) return skip("the post has no text");

  const login = field(item, "dc:creator");
  const author = site.authors.get(login);
  if (author === undefined && login !== "") notes.push(`its author \`${login}\` has no name in the export, only a login; add the byline`);
  if (status === "future") notes.push(`scheduled on the old site for ${date}: it stays off the site until a build after that time`);
  if (draft) notes.push(`a ${status === "pending" ? "post pending review" : "draft"} on the old site: written with \`draft: true\``);
  const thumbnail = postMeta(item, "_thumbnail_id");
  const image = thumbnail === undefined ? undefined : site.attachments.get(thumbnail);
  if (thumbnail !== undefined && image === undefined) notes.push(`its featured image (attachment ${thumbnail}) is not in the export`);
  const summary = htmlToText(field(item, "excerpt:encoded"));
  const alias = permalinkPath(link);
  const slug = field(item, "wp:post_name");
  return {
    kind: "story",
    story: finishStory(
      {
        format: "wxr",
        id,
        line: item.line,
        title,
        date,
        ...(site.name === "" ? {} : { source: site.name }),
        byline: author === undefined ? [] : [author],
        topics: topicsOf(item),
        ...(site.language === undefined ? {} : { lang: site.language }),
        ...(summary === "" ? {} : { summary }),
        ...(image === undefined || image.url === "" ? {} : { image }),
        aliases: alias === undefined ? [] : [alias],
        ...(slug === "" ? {} : { slug }),
        ...(site.url === "" ? {} : { siteUrl: site.url }),
        draft,
        notes,
      },
      tree,
    ),
  };
}

/** Categories and tags by name, WordPress's default category (`Uncategorized`) aside. */
function topicsOf(item: XmlElement): string[] {
  return childrenOf(item, "category")
    .filter((category) => (category.attributes["domain"] === "category" || category.attributes["domain"] === "post_tag") && category.attributes["nicename"] !== "uncategorized")
    .map((category) => htmlToText(textOf(category)))
    .filter((name) => name !== "");
}

/** The path of a post's permalink, exactly as written (percent-escapes kept); none for `?p=` links, which no redirect can tell apart. */
function permalinkPath(link: string): string | undefined {
  if (!URL.canParse(link)) return undefined;
  const url = new URL(link);
  if (url.search !== "" || url.pathname === "/") return undefined;
  return url.pathname;
}
