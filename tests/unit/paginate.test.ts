import { describe, expect, it } from "vitest";
import { paginate } from "../../src/archive/paginate.ts";

const listing = { kind: "topic", key: "syria", title: "Syria", baseUrl: "/topics/syria/" };
const numbers = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe("paginate", () => {
  it("keeps an empty listing as its front page alone", () => {
    const pages = paginate([], 20, listing);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ url: "/topics/syria/", front: true, total: 0, items: [], newerUrl: undefined, olderUrl: undefined, nearbyPages: [] });
  });

  it("fits exactly one page size on the front page, with no numbered pages", () => {
    const pages = paginate([3, 2, 1], 3, listing);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ items: [3, 2, 1], newestUrl: "/topics/syria/", oldestUrl: "/topics/syria/", olderUrl: undefined });
  });

  it("numbers pages from the oldest: page 1 holds the oldest items, the highest number the newest", () => {
    const pages = paginate(numbers(7), 3, listing);
    expect(pages.map((page) => [page.url, page.items])).toEqual([
      ["/topics/syria/", [7, 6, 5]],
      ["/topics/syria/page/3/", [7]],
      ["/topics/syria/page/2/", [6, 5, 4]],
      ["/topics/syria/page/1/", [3, 2, 1]],
    ]);
    expect(pages[0]).toMatchObject({ front: true, total: 7, olderUrl: "/topics/syria/page/2/", oldestUrl: "/topics/syria/page/1/" });
    expect(pages[1]).toMatchObject({ pageNumber: 3, total: undefined, newerUrl: "/topics/syria/", olderUrl: "/topics/syria/page/2/" });
    expect(pages[3]).toMatchObject({ pageNumber: 1, newerUrl: "/topics/syria/page/2/", olderUrl: undefined });
    expect(pages[3]?.nearbyPages.map((page) => page.number)).toEqual([3, 2, 1]);
  });

  it("leaves every page but the front page and the newest numbered one as it was when an item is added", () => {
    const before = paginate(numbers(40), 3, listing);
    const after = paginate(numbers(41), 3, listing);
    const byUrl = new Map(before.map((page) => [page.url, JSON.stringify(page)]));
    const changed = after.filter((page) => byUrl.get(page.url) !== JSON.stringify(page)).map((page) => page.url);
    // 40 items: 14 numbered pages, the newest holding one item; the 41st joins it.
    expect(changed).toEqual(["/topics/syria/", "/topics/syria/page/14/"]);
  });
});
