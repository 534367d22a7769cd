import { describe, expect, it } from "vitest";
import { storyMarkdown } from "../../src/importer/article-text.ts";
import { htmlToText, htmlToTree } from "../../src/importer/html-to-tree.ts";
import { isoDate, wordpressDate } from "../../src/importer/source-dates.ts";
import { takeAgencyNotes, takeLead, takeSeeAlso } from "../../src/importer/story-tree.ts";

const markdown = (html: string, options: Parameters<typeof htmlToTree>[1] = {}) => {
  const { tree, notes } = htmlToTree(html, options);
  return { text: storyMarkdown(tree), notes };
};
const wordpress = { wordpress: true, baseUrl: "https://old.example.org/2015/10/13/post/", siteOrigins: ["https://old.example.org"] };

describe("htmlToTree", () => {
  it("keeps paragraphs, headings, lists, quotes, tables, links and pictures as the HTML has them", () => {
    const { text } = markdown(
      "<h1>Top</h1><h3>Sub</h3><p>One <em>two</em> <strong>three</strong> <a href='https://example.org/x'>link</a> <del>gone</del></p><ol><li>first</li><li>second</li></ol><blockquote><p>Quoted</p></blockquote><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table><p><img src='https://example.org/p.jpg' alt='A picture'></p>",
    );
    expect(text).toBe(
      [
        "## Top",
        "",
        "### Sub",
        "",
        "One _two_ **three** [link](https://example.org/x) ~~gone~~",
        "",
        "1. first",
        "2. second",
        "",
        "> Quoted",
        "",
        "| A | B |",
        "| - | - |",
        "| 1 | 2 |",
        "",
        "![A picture](https://example.org/p.jpg)",
        "",
      ].join("\n"),
    );
  });

  it("decodes entities once and leaves no indentation that Markdown would read as code", () => {
    const { text } = markdown("<p>AT&amp;T &amp;amp; friends&nbsp;&#8217;s</p>\n<p>        indented text</p>");
    expect(text).toBe("AT\\&T \\&amp; friends\u00a0’s\n\nindented text\n");
  });

  it("drops scripts, frames, players, forms, comments and tracking pixels, saying what", () => {
    const { text, notes } = markdown(
      "<!-- a comment --><p>Story.</p><script>track()</script><iframe src='https://video.example.org/embed/1'></iframe><video src='v.mp4'></video><form><input name='q'></form><img src='https://example.org/p.gif' width='1' height='1'><p><a href='javascript:alert(1)'>click</a></p>",
    );
    expect(text).toBe("Story.\n\nclick\n");
    expect(notes).toEqual([
      "a script was left out of the story",
      "an embedded frame (https://video.example.org/embed/1) was left out of the story",
      "a video player was left out of the story",
      "a form was left out of the story",
      "a tracking pixel was left out of the story",
    ]);
  });

  it("makes a figure its picture and its caption in italics", () => {
    expect(markdown("<figure><img src='https://example.org/a.jpg' alt='Alt'><figcaption>The <b>caption</b></figcaption></figure>").text).toBe(
      "![Alt](https://example.org/a.jpg)\n\n_The caption_\n",
    );
  });

  it("reads relative addresses against the post's, and makes links to the old site's pages site paths", () => {
    const { text } = markdown("<p><a href='/2015/10/12/older/'>older</a> <a href='https://old.example.org/2015/10/11/oldest/#x'>oldest</a> <a href='https://old.example.org/?p=4'>by id</a> <img src='../pic.jpg' alt='p'></p>", wordpress);
    expect(text).toBe("[older](/2015/10/12/older/) [oldest](/2015/10/11/oldest/#x) [by id](https://old.example.org/?p=4) ![p](https://old.example.org/2015/10/13/pic.jpg)\n");
  });
});

describe("WordPress content", () => {
  it("makes paragraphs at blank lines and keeps single line breaks, as WordPress shows classic posts", () => {
    expect(markdown("First line\nsame paragraph.\n\nSecond <em>one</em>.\n\n\n<h2>Head</h2>\nAfter the head.", wordpress).text).toBe(
      "First line\\\nsame paragraph.\n\nSecond _one_.\n\n## Head\n\nAfter the head.\n",
    );
  });

  it("leaves block-editor posts as they are, comments aside", () => {
    expect(markdown("<!-- wp:paragraph -->\n<p>One.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Two.</p>\n<!-- /wp:paragraph -->", wordpress).text).toBe("One.\n\nTwo.\n");
  });

  it("understands [caption] and [embed], removes [gallery] and forms with a note, keeps the text of unknown shortcodes and leaves [sic] alone", () => {
    const { text, notes } = markdown(
      `[caption id="attachment_5" align="alignnone" width="300"]<img src="https://old.example.org/a.jpg" alt="Alt" /> The caption[/caption]

[gallery ids="1,2"]

[embed]https://www.youtube.com/watch?v=abc[/embed]

[pullquote align="right"]Words that matter[/pullquote] and a quote [sic] as written. [[gallery]] is how WordPress writes the tag itself.

[contact-form-7 id="9" title="Contact"]`,
      wordpress,
    );
    expect(text).toBe(
      [
        "![Alt](https://old.example.org/a.jpg)",
        "",
        "_The caption_",
        "",
        "<https://www.youtube.com/watch?v=abc>",
        "",
        "Words that matter and a quote \\[sic] as written. \\[gallery] is how WordPress writes the tag itself.",
        "",
      ].join("\n"),
    );
    expect(notes).toEqual([
      "the `[gallery]` shortcode was removed (WordPress filled it in when it showed the page)",
      "the `[pullquote]` shortcode was removed (its text is kept)",
      "the `[contact-form-7]` shortcode was removed (WordPress filled it in when it showed the page)",
    ]);
  });
});

describe("the story's own parts", () => {
  it("takes the dateline lead off the first paragraph, across inline marks", () => {
    const { tree } = htmlToTree("<p><strong>MOSCOW, Oct 13 (AFP)</strong> - Russia <em>said</em> so.</p><p>More.</p>");
    expect(takeLead(tree)).toMatchObject({ place: "Moscow", source: "AFP", when: "Oct 13" });
    expect(storyMarkdown(tree)).toBe("Russia _said_ so.\n\nMore.\n");
  });

  it("takes a see-also block off the end: a heading and a list, or one paragraph", () => {
    const block = htmlToTree("<p>Story.</p><h3>See also</h3><ul><li><a href='https://example.org/a'>Story A</a></li><li>Story B</li></ul>").tree;
    expect(takeSeeAlso(block)).toEqual([{ headline: "Story A", url: "https://example.org/a" }, { headline: "Story B" }]);
    expect(storyMarkdown(block)).toBe("Story.\n");
    const inline = htmlToTree("<p>Story.</p><p><strong>Read also:</strong> <a href='/2015/10/x/'>Story X</a></p>").tree;
    expect(takeSeeAlso(inline)).toEqual([{ headline: "Story X", url: "/2015/10/x/" }]);
    const prose = htmlToTree("<p>Related</p><p>This paragraph is the story going on at length, not a list of other stories, as the words show: it has more than two hundred characters, which no headline has, so the block is not taken off the story and nothing is lost here.</p>").tree;
    expect(takeSeeAlso(prose)).toEqual([]);
  });

  it("takes the agency's correction notes and notes to editors off the top", () => {
    const { tree } = htmlToTree("<p>(Corrects spelling of name in paragraph 2)</p><p>(Updates with reaction)</p><p>Story.</p>");
    expect(takeAgencyNotes(tree)).toEqual({ corrections: ["Corrects spelling of name in paragraph 2"], editors: ["Updates with reaction"] });
    expect(storyMarkdown(tree)).toBe("Story.\n");
  });

  it("reads titles and names given as HTML as text", () => {
    expect(htmlToText("Arts &amp; <em>Crafts</em>&#8217; fair")).toBe("Arts & Crafts’ fair");
  });
});

describe("dates as files write them", () => {
  it.each([
    ["19870226T210000-0500", "1987-02-26T21:00:00-05:00"],
    ["20151013T140500Z", "2015-10-13T14:05:00Z"],
    ["20151013T1405", "2015-10-13T14:05:00"],
    ["20151013", "2015-10-13"],
    ["2015-10-13T14:05:00+03:00", "2015-10-13T14:05:00+03:00"],
    ["2015-10-13 14:05:00", "2015-10-13T14:05:00"],
    ["13 Oct 2015", undefined],
  ])("reads %s", (text, iso) => expect(isoDate(text)).toBe(iso));

  it("gives a WordPress post the offset its site had, from its local and UTC times", () => {
    expect(wordpressDate("2015-10-13 14:05:00", "2015-10-13 11:05:00")).toBe("2015-10-13T14:05:00+03:00");
    expect(wordpressDate("2015-01-10 08:00:00", "2015-01-10 13:30:00")).toBe("2015-01-10T08:00:00-05:30");
    expect(wordpressDate("2015-10-20 09:00:00", "0000-00-00 00:00:00")).toBe("2015-10-20T09:00:00");
    expect(wordpressDate("0000-00-00 00:00:00", "0000-00-00 00:00:00")).toBeUndefined();
  });
});
