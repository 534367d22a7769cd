import { describe, expect, it } from "vitest";
import { readAuthorsFile } from "../../src/content/authors-file.ts";

const read = (text: string) => readAuthorsFile(text, "content/authors.yaml");

describe("the authors file", () => {
  it("reads each person's byline, name, role, bio, portrait and links", () => {
    const { people, problems } = read(`- byline: Reem Haddad
  name: Dr Reem Haddad
  role: Heritage correspondent
  bio: Covers the old city.
  picture: /media/people/reem.png
  links: [https://example.org/reem]
- byline: "  Hazem   Sabbagh "
`);
    expect(problems).toEqual([]);
    expect(people).toEqual([
      {
        byline: "Reem Haddad",
        name: "Dr Reem Haddad",
        role: "Heritage correspondent",
        bio: "Covers the old city.",
        picture: "/media/people/reem.png",
        links: ["https://example.org/reem"],
        line: 1,
        lines: { byline: 1, name: 2, role: 3, bio: 4, picture: 5, links: 6 },
      },
      { byline: "Hazem Sabbagh", name: undefined, role: undefined, bio: undefined, picture: undefined, links: [], line: 7, lines: { byline: 7 } },
    ]);
  });

  it("names a key an entry does not take, a value of the wrong kind and a link that is not an address, each at its line", () => {
    const { people, problems } = read(`- byline: Reem Haddad
  website: https://example.org
- byline: Omar
  links: [example.org]
- byline: [Lina]
`);
    expect(people).toEqual([]);
    expect(problems.map((problem) => [problem.code, problem.line, problem.field])).toEqual([
      ["AuthorInvalid", 2, "[0].website"],
      ["AuthorInvalid", 4, "[1].links[0]"],
      ["AuthorInvalid", 5, "[2].byline"],
    ]);
    expect(problems[0]?.message).toBe("`website` is not a key of an entry of the authors file; it takes `byline`, `name`, `role`, `bio`, `picture` and `links`.");
    expect(problems[1]?.message).toContain("`example.org`");
  });

  it("refuses a second entry for the same byline, naming the first's line", () => {
    const { people, problems } = read("- byline: Reem Haddad\n- byline: Omar\n- byline: Reem  Haddad\n");
    expect(people.map((person) => person.byline)).toEqual(["Reem Haddad", "Omar"]);
    expect(problems).toMatchObject([{ code: "AuthorDuplicate", line: 3, message: "`Reem Haddad` is described twice in the authors file: here and on line 1." }]);
  });

  it("names YAML mistakes in an editor's words, and a file that is not a list", () => {
    expect(read('- byline: "Reem\n').problems).toMatchObject([{ code: "AuthorsFileSyntax", line: 1 }]);
    expect(read("- byline: &x Reem\n- byline: *x\n").problems).toMatchObject([{ code: "AuthorsFileSyntax", message: "`&x` is a YAML reference, which the authors file does not use." }]);
    expect(read("Reem Haddad:\n  role: x\n").problems).toMatchObject([{ code: "AuthorInvalid", hint: "Start each person's entry with `- byline: …`: the file is a list." }]);
    expect(read("").problems).toEqual([]);
  });
});
