import { describe, expect, it } from "vitest";
import { checkPictures, pictureUses } from "../../src/pipeline/picture-uses.ts";
import { story } from "./archive-helpers.ts";

const file = { path: "2015/10/gate.jpg", hash: "h", width: 10, height: 10 };

describe("the pictures the content names", () => {
  it("are found in lead pictures, stories and the authors file, at their lines", () => {
    const lead = story("2015/10/a", { image: { src: "gate.jpg", alt: "Gate" } }, { image: 7 });
    lead.facts.pictures = [{ src: "/media/map.png", alt: "Map", caption: undefined, credit: undefined, line: 3 }];
    const uses = pictureUses([lead], [{ byline: "Reem", name: undefined, role: undefined, bio: undefined, picture: "/media/reem.png", links: [], line: 4, lines: { picture: 5 } }], "content/authors.yaml");
    expect(uses).toEqual([
      { file: "content/2015/10/a.md", line: 7, field: "image.src", src: "gate.jpg", path: "2015/10/gate.jpg" },
      { file: "content/2015/10/a.md", line: 8, src: "/media/map.png", path: "media/map.png" },
      { file: "content/authors.yaml", byAuthorsFile: true, line: 5, field: "[0].picture", src: "/media/reem.png", path: "media/reem.png" },
    ]);
  });

  it("are errors when missing (with the nearest picture), outside the content folder, unreadable or of another format", () => {
    const place = { file: "content/2015/10/a.md", line: 7 };
    const { pictures, problems } = checkPictures(
      [
        { ...place, src: "gate.jpg", path: "2015/10/gate.jpg" },
        { ...place, src: "gate.jpeg", path: "2015/10/gate.jpeg" },
        { ...place, src: "../../../x.jpg", path: undefined },
        { ...place, src: "broken.png", path: "2015/10/broken.png" },
        { ...place, src: "plan.svg", path: "2015/10/plan.svg" },
      ],
      new Set(["2015/10/gate.jpg", "2015/10/broken.png"]),
      new Map([
        ["2015/10/gate.jpg", { ok: true as const, file }],
        ["2015/10/broken.png", { ok: false as const, reason: "it is damaged or not a picture." }],
      ]),
    );
    expect([...pictures.keys()]).toEqual(["2015/10/gate.jpg"]);
    expect(problems.map((problem) => [problem.code, problem.message, problem.hint])).toEqual([
      ["PictureMissing", "There is no picture `gate.jpeg`: nothing at `2015/10/gate.jpeg` in the content folder.", "Did you mean `/2015/10/gate.jpg`?"],
      ["PictureMissing", "`../../../x.jpg` leads outside the content folder, or into a hidden file.", expect.stringContaining("Name a file next to the article")],
      ["PictureUnreadable", "The picture `broken.png` could not be read: it is damaged or not a picture.", expect.any(String)],
      ["PictureUnreadable", "The picture `plan.svg` could not be read: the site publishes JPEG, PNG, WebP, AVIF, GIF and TIFF pictures only.", expect.any(String)],
    ]);
  });
});
