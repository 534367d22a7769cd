import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { changedPages, pageSignatures } from "../../src/archive/page-signatures.ts";
import { farFuture, story, testSite } from "./archive-helpers.ts";

const base = () => [
  story("a/one", { date: "2015-10-13T10:00:00+03:00", topics: ["Syria"] }),
  story("a/two", { date: "2015-10-14T10:00:00+03:00", topics: ["Syria"] }),
  story("a/three", { date: "2016-01-05T10:00:00+02:00", topics: ["Water"] }),
];
const plan = (stories: ReturnType<typeof base>) => pageSignatures(buildArchive(stories, testSite, { now: farFuture }).archive.pages);

describe("page signatures", () => {
  it("are the same for the same content", () => {
    expect(changedPages(plan(base()), plan(base()))).toEqual({ changed: new Set(), removed: new Set() });
  });

  it("change for the edited article, the pages listing it and feeds, but not for unrelated pages", () => {
    const edited = base();
    edited[2] = { ...edited[2]!, revision: "edited", renderKey: "edited" };
    const { changed } = changedPages(plan(base()), plan(edited));
    expect(changed).toContain("/2016/01/05/three/");
    expect(changed).toContain("/topics/water/");
    expect(changed).toContain("/2016/01/");
    expect(changed).toContain("/feed.xml");
    expect(changed).not.toContain("/2015/10/13/one/");
    expect(changed).not.toContain("/topics/syria/");
    expect(changed).not.toContain("/2015/");
  });

  it("change a neighbour whose previous/next link shows an edited headline", () => {
    const retitled = base();
    retitled[1] = story("a/two", { date: "2015-10-14T10:00:00+03:00", topics: ["Syria"], title: "A new headline" });
    retitled[1].revision = "retitled";
    const { changed } = changedPages(plan(base()), plan(retitled));
    expect(changed).toContain("/2015/10/13/one/");
    expect(changed).toContain("/2016/01/05/three/");
  });

  it("change the listings of an article whose embargo ends, and of one whose source gets another address", () => {
    const embargoEnds = "2015-10-14T12:00:00+03:00";
    const at = (now: string, stories = base()) => pageSignatures(buildArchive(stories, testSite, { now: Date.parse(now), includeEmbargoed: true }).archive.pages);
    const lifted = changedPages(at("2015-10-14T09:00:00+03:00"), at(embargoEnds)).changed;
    expect(lifted).toContain("/2015/10/14/two/");
    expect(lifted).toContain("/");
    expect(lifted).toContain("/topics/syria/");

    const renamed = base();
    renamed[2] = story("a/three", { date: "2016-01-05T10:00:00+02:00", topics: ["Water"], source: "L.W.S." });
    renamed[2].revision = base()[2]!.revision;
    const { changed } = changedPages(plan(base()), plan(renamed));
    expect(changed).toContain("/topics/water/");
  });

  it("change the pages that show a picture when the picture's bytes change, though no article file did", () => {
    const withPicture = () => [...base().slice(0, 2), story("a/three", { date: "2016-01-05T10:00:00+02:00", topics: ["Water"], image: { src: "gate.jpg", alt: "Gate" } })];
    const planWith = (hash: string) =>
      pageSignatures(buildArchive(withPicture(), testSite, { now: farFuture, pictures: new Map([["a/gate.jpg", { path: "a/gate.jpg", hash, width: 800, height: 500 }]]) }).archive.pages);
    const { changed } = changedPages(planWith("one"), planWith("two"));
    expect(changed).toContain("/2016/01/05/three/");
    expect(changed).toContain("/topics/water/");
    expect(changed).toContain("/feed.json");
    expect(changed).not.toContain("/topics/syria/");
  });

  it("list pages that disappear", () => {
    // Two articles a page: without the third, the latest and LWS fit on their front pages, and their numbered pages go too, and 5 January across the years.
    const { removed } = changedPages(plan(base()), plan(base().slice(0, 2)));
    expect(removed).toEqual(
      new Set([
        "/2016/01/05/three/",
        "/topics/water/",
        "/topics/water/feed.xml",
        "/topics/water/feed.json",
        "/2016/",
        "/2016/01/",
        "/2016/01/05/",
        "/page/1/",
        "/page/2/",
        "/sources/lws/page/1/",
        "/sources/lws/page/2/",
        "/on-this-day/01-05/",
      ]),
    );
  });
});
