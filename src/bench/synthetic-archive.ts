import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same archive. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places = ["Damascus", "Aleppo", "Homs", "Latakia", "Tartus", "Hama", "Idlib", "Deir ez-Zor", "Raqqa", "Daraa", "Beirut", "Tripoli", "Sidon", "Amman", "Irbid", "Baghdad", "Basra", "Mosul", "Erbil", "Cairo", "Alexandria", "Moscow", "Geneva", "Paris", "Vienna", "Ankara", "Tehran", "Riyadh", "Doha", "Muscat", "Kuwait City", "Manama", "Abu Dhabi", "Jerusalem", "Nicosia", "Athens", "Rome", "Berlin", "London", "New York"];
const subjects = ["Agriculture", "Water", "Heritage", "Archaeology", "Energy", "Health", "Education", "Transport", "Trade", "Tourism", "Weather", "Sport", "Culture", "Industry", "Housing"];
const sources = ["LWS", "MNA", "GPA", "Cedar Press", "Tigris Wire", "Orontes News", "Barada Wire", "Levant Daily", "Euphrates Post", "Coastal Herald", "Desert Bulletin", "Harbour Times"];
const givenNames = ["Reem", "Hazem", "Lina", "Omar", "Rania", "Samer", "Dima", "Fadi", "Maya", "Khaled", "Nour", "Bassel", "Hala", "Tarek", "Yara", "Ziad", "Mona", "Rami", "Salma", "Walid"];
const familyNames = ["Haddad", "Sabbagh", "Khoury", "Mansour", "Nassar", "Darwish", "Saleh", "Hamdan", "Aziz", "Qassem"];
const words = ("the ministry said on Tuesday that officials would review the plan after a survey of the region " +
  "farmers reported higher yields this season as rainfall returned to normal levels across the province " +
  "engineers completed repairs to the main station and water supply resumed to several districts " +
  "the conference brought together researchers from universities and museums to discuss new findings " +
  "a spokesperson for the authority added that work would continue through the winter months " +
  "residents welcomed the decision while traders said prices had already started to fall in local markets").split(" ");

interface SyntheticOptions {
  articles: number;
  seed?: number;
  /** First and last year of the archive (default: 2015–2024, ten years). */
  years?: [number, number];
  /** Articles per lead picture: every Nth article has a picture of its own (default: 20; 0 for none). */
  articlesPerPicture?: number;
}

const topicNames = places.slice(0, 20).flatMap((place) => subjects.map((subject) => `${place} ${subject}`));

/** What the synthetic archive draws from: 300 topics, 200 bylines, 12 sources, 40 datelines. */
export const syntheticShape = {
  topics: topicNames.length,
  bylines: givenNames.length * familyNames.length,
  sources: sources.length,
  datelines: places.length,
};

/**
 * Write a deterministic archive of ~600-word wire stories into `contentDir`:
 * topics chosen with a skew (a few busy, many quiet), 1–2 bylines, related
 * links to earlier stories and now and then to outside pages, and a lead
 * picture of its own for every `articlesPerPicture`th story (a patterned
 * graphic, drawn here).
 */
export async function writeSyntheticArchive(
  contentDir: string,
  { articles, seed = 20151013, years = [2015, 2024], articlesPerPicture = 20 }: SyntheticOptions,
): Promise<{ refs: string[]; referenced: Set<string>; pictures: number }> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const skewed = <T>(list: readonly T[]) => list[Math.floor(next() ** 2.5 * list.length)] as T;
  const sentence = (length: number) => {
    const picked = Array.from({ length }, () => pick(words));
    const text = picked.join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const start = Date.UTC(years[0], 0, 1);
  const span = Date.UTC(years[1] + 1, 0, 1) - start;

  const files: { file: string; text: string }[] = [];
  const pictures: { file: string; index: number }[] = [];
  const refs: string[] = [];
  const referenced = new Set<string>();
  for (let index = 0; index < articles; index++) {
    // Spread evenly over the years, with jitter, so indexes run roughly oldest to newest.
    const instant = new Date(start + ((index + next()) / articles) * span);
    const iso = `${instant.toISOString().slice(0, 19)}Z`;
    const title = `${sentence(7 + Math.floor(next() * 5)).slice(0, -1)} ${index}`;
    const slug = `story-${String(index).padStart(6, "0")}`;
    const ref = `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${slug}`;
    const storyTopics = [...new Set(Array.from({ length: 2 + Math.floor(next() * 3) }, () => skewed(topicNames)))];
    const bylines = [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => `${pick(givenNames)} ${pick(familyNames)}`))];
    const related: string[] = [];
    if (refs.length > 0 && next() < 0.3) {
      const target = pick(refs);
      referenced.add(target);
      related.push(`  - article: ${target}`);
    }
    if (next() < 0.1) related.push(`  - title: Statement in full\n    url: https://example.org/statements/${index}`);
    const paragraphs = Array.from({ length: 10 }, (_, paragraph) => {
      const text = Array.from({ length: 3 }, () => sentence(18 + Math.floor(next() * 6))).join(" ");
      if (paragraph === 3) return `> “${text}”`;
      if (paragraph === 5) return `${text} See [the report](https://example.org/reports/${index}) for **details**.`;
      return text;
    });
    const picture = articlesPerPicture > 0 && index % articlesPerPicture === 0 ? { file: path.join(contentDir, "media", `picture-${index}.jpg`), index } : undefined;
    if (picture) pictures.push(picture);
    const frontMatter = [
      "---",
      `title: ${title}`,
      `date: ${iso}`,
      `source: ${skewed(sources)}`,
      `dateline: ${skewed(places)}`,
      `byline: [${bylines.join(", ")}]`,
      `topics: [${storyTopics.join(", ")}]`,
      `summary: ${sentence(20)}`,
      ...(related.length > 0 ? ["related:", ...related] : []),
      ...(picture ? ["image:", `  src: /media/picture-${index}.jpg`, `  alt: A patterned graphic, number ${index}`, `  caption: ${sentence(8)}`, "  credit: Synthetic graphics"] : []),
      "---",
    ];
    files.push({ file: path.join(contentDir, `${ref}.md`), text: `${frontMatter.join("\n")}\n\n${paragraphs.join("\n\n")}\n` });
    refs.push(ref);
  }

  const folders = [...new Set([...files, ...pictures].map(({ file }) => path.dirname(file)))];
  await Promise.all(folders.map((folder) => mkdir(folder, { recursive: true })));
  await pMap(files, ({ file, text }) => writeFile(file, text), { concurrency: 64 });
  if (pictures.length > 0) {
    // Drawing loads sharp: only for an archive with pictures.
    const { default: sharp } = await import("sharp");
    await pMap(pictures, ({ file, index }) => sharp(Buffer.from(patternSvg(index))).jpeg({ quality: 85 }).toFile(file), { concurrency: 4 });
  }
  return { refs, referenced, pictures: pictures.length };
}

/** A 1200 × 750 graphic of stripes and rings in colours of its own: every number draws another picture. */
function patternSvg(index: number): string {
  const next = random(index + 1);
  const hue = () => Math.floor(next() * 360);
  const stripes = Array.from({ length: 12 }, (_, stripe) => `<rect x="${stripe * 100}" y="0" width="${40 + Math.floor(next() * 60)}" height="750" fill="hsl(${hue()} 55% 60%)"/>`).join("");
  const rings = Array.from({ length: 6 }, () => `<circle cx="${Math.floor(next() * 1200)}" cy="${Math.floor(next() * 750)}" r="${40 + Math.floor(next() * 160)}" fill="none" stroke="hsl(${hue()} 70% 35%)" stroke-width="${6 + Math.floor(next() * 20)}"/>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="750"><rect width="1200" height="750" fill="hsl(${hue()} 40% 92%)"/>${stripes}${rings}</svg>`;
}
