import { describe, expect, it } from "vitest";
import { paginate } from "../../src/archive/paginate.ts";

const listing = { kind: "topic", key: "syria", title: "Syria", baseUrl: "/topics/syria/" };

describe("paginate", () => {
  it("keeps an empty listing as one empty page", () => {
    const pages = paginate([], 20, listing);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ url: "/topics/syria/", pageCount: 1, total: 0, items: [], previousUrl: undefined, nextUrl: undefined });
  });

  it("fits exactly one page size on one page", () => {
    const pages = paginate([1, 2, 3], 3, listing);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ items: [1, 2, 3], firstUrl: "/topics/syria/", lastUrl: "/topics/syria/", nextUrl: undefined });
  });

  it("moves the one item past the page size to page 2", () => {
    const pages = paginate([1, 2, 3, 4], 3, listing);
    expect(pages.map((page) => [page.url, page.items])).toEqual([
      ["/topics/syria/", [1, 2, 3]],
      ["/topics/syria/page/2/", [4]],
    ]);
    expect(pages[0]).toMatchObject({ pageNumber: 1, pageCount: 2, total: 4, nextUrl: "/topics/syria/page/2/", previousUrl: undefined });
    expect(pages[1]).toMatchObject({ pageNumber: 2, previousUrl: "/topics/syria/", nextUrl: undefined, lastUrl: "/topics/syria/page/2/" });
  });
});
