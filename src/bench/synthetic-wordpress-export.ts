import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { random } from "./synthetic-archive.ts";

const subjects = ["Heritage", "Water", "Transport", "Trade", "Culture", "Health", "Education", "Energy", "Agriculture", "Sport"];
const authors = [
  ["mkhoury", "Maya Khoury"],
  ["shaddad", "Samir Haddad"],
  ["lnassar", "Lina Nassar"],
  ["oaziz", "Omar Aziz"],
] as const;
const words = ("the ministry said on Tuesday that officials would review the plan after a survey of the region farmers reported higher yields " +
  "this season as rainfall returned to normal levels across the province engineers completed repairs to the main station and water supply " +
  "resumed to several districts residents welcomed the decision while traders said prices had already started to fall in local markets").split(" ");

/**
 * Write a WordPress export (WXR) of `posts` posts, as WordPress writes one, for
 * measuring the importer: classic-editor posts of about 600 words with links,
 * pictures in `[caption]`, lists and tables, categories and tags; one post in
 * ten a draft, one in twenty a page, and a featured image (an attachment, listed
 * after its post) for one in four. The same seed always gives the same file.
 */
export async function writeSyntheticExport(file: string, { posts, seed = 1 }: { posts: number; seed?: number }): Promise<void> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentence = () => {
    const count = 12 + Math.floor(next() * 14);
    const text = Array.from({ length: count }, () => pick(words)).join(" ");
    return `${text.slice(0, 1).toUpperCase()}${text.slice(1)}.`;
  };
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Synthetic Gazette</title>
	<link>https://gazette.example</link>
	<language>en-US</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://gazette.example</wp:base_site_url>
	<wp:base_blog_url>https://gazette.example</wp:base_blog_url>
${authors.map(([login, name], index) => `	<wp:author><wp:author_id>${index + 1}</wp:author_id><wp:author_login><![CDATA[${login}]]></wp:author_login><wp:author_display_name><![CDATA[${name}]]></wp:author_display_name></wp:author>`).join("\n")}
`);
  const start = Date.UTC(2010, 0, 1);
  for (let id = 1; id <= posts; id++) {
    const when = new Date(start + id * 3_600_000 * 3);
    const gmt = when.toISOString().replace("T", " ").slice(0, 19);
    const local = new Date(when.getTime() + 3 * 3_600_000).toISOString().replace("T", " ").slice(0, 19);
    const [year, month, day] = local.slice(0, 10).split("-");
    const title = sentence().split(" ").slice(0, 8).join(" ").replace(/\.$/u, "");
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/gu, "-")}-${id}`;
    const type = id % 20 === 0 ? "page" : "post";
    const status = id % 10 === 0 ? "draft" : "publish";
    const paragraphs = Array.from({ length: 14 }, () => Array.from({ length: 3 }, sentence).join(" "));
    const pictureId = posts + id;
    const body = [
      `${pick(["DAMASCUS", "ALEPPO", "HOMS", "BEIRUT"])}, ${when.toLocaleString("en", { month: "short", timeZone: "UTC" })}. ${when.getUTCDate()} (SG) — ${paragraphs[0]}`,
      `${paragraphs[1]} <a href="https://gazette.example/${year}/${month}/${day}/earlier-${id - 1}/">An earlier report</a> said the same.`,
      `[caption id="attachment_${pictureId}" align="aligncenter" width="800"]<img src="https://gazette.example/wp-content/uploads/${year}/${month}/photo-${id}.jpg" alt="A street in the old city" width="800" height="533" /> The old city on ${local.slice(0, 10)}[/caption]`,
      ...paragraphs.slice(2, 8),
      "<h2>In figures</h2>",
      `<ul><li>${sentence()}</li><li>${sentence()}</li></ul>`,
      `<table><tr><th>Year</th><th>Total</th></tr><tr><td>${year}</td><td>${id}</td></tr></table>`,
      ...paragraphs.slice(8),
    ].join("\n\n");
    const subject = pick(subjects);
    const [login] = pick(authors);
    await write(`	<item>
		<title><![CDATA[${title}]]></title>
		<link>https://gazette.example/${year}/${month}/${day}/${slug}/</link>
		<dc:creator><![CDATA[${login}]]></dc:creator>
		<guid isPermaLink="false">https://gazette.example/?p=${id}</guid>
		<content:encoded><![CDATA[${body}]]></content:encoded>
		<excerpt:encoded><![CDATA[${sentence()}]]></excerpt:encoded>
		<wp:post_id>${id}</wp:post_id>
		<wp:post_date><![CDATA[${local}]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[${status === "draft" ? "0000-00-00 00:00:00" : gmt}]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[${slug}]]></wp:post_name>
		<wp:status><![CDATA[${status}]]></wp:status>
		<wp:post_type><![CDATA[${type}]]></wp:post_type>
		<wp:post_password><![CDATA[]]></wp:post_password>
		<category domain="category" nicename="${subject.toLowerCase()}"><![CDATA[${subject}]]></category>
		<category domain="post_tag" nicename="tag-${id % 97}"><![CDATA[Tag ${id % 97}]]></category>
${id % 4 === 0 ? `		<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[${pictureId}]]></wp:meta_value></wp:postmeta>\n` : ""}	</item>
`);
    if (id % 4 === 0) {
      await write(`	<item>
		<title><![CDATA[photo-${id}]]></title>
		<wp:post_id>${pictureId}</wp:post_id>
		<wp:status><![CDATA[inherit]]></wp:status>
		<wp:post_type><![CDATA[attachment]]></wp:post_type>
		<excerpt:encoded><![CDATA[The old city on ${local.slice(0, 10)}]]></excerpt:encoded>
		<wp:attachment_url><![CDATA[https://gazette.example/wp-content/uploads/${year}/${month}/photo-${id}.jpg]]></wp:attachment_url>
		<wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[A street in the old city]]></wp:meta_value></wp:postmeta>
	</item>
`);
    }
  }
  await write("</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
}

// `node --import tsx src/bench/synthetic-wordpress-export.ts <file> <posts>` writes one.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, posts = "50000"] = process.argv.slice(2);
  if (file === undefined) throw new Error("Name the file to write, then the number of posts.");
  await writeSyntheticExport(file, { posts: Number(posts) });
}
