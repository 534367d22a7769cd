import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import icoEndec from "ico-endec";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { defineSite } from "../../src/config/site-schema.ts";
import { defaultCardImage } from "../../src/publishing/card-image.ts";
import { iconFiles, iconLinks, siteIcons, writeSiteIcons } from "../../src/publishing/site-icons.ts";
import { hashFolder, useTemporaryFolder } from "../helpers/project.ts";
import { testSite } from "./archive-helpers.ts";

const square = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#8a1c1c"/></svg>';

describe("the site's icons", () => {
  const folder = useTemporaryFolder();

  it("are none without a picture in the templates", () => {
    expect(siteIcons(folder.path)).toBeUndefined();
  });

  it("are made from one SVG picture: a favicon, the sizes devices and the manifest ask for, the same bytes every time", async () => {
    const templates = path.join(folder.path, "svg");
    await mkdir(templates);
    await writeFile(path.join(templates, "icon.svg"), square);
    const icons = siteIcons(templates);
    if (!icons) throw new Error("no icons planned");
    expect(iconFiles(icons)).toEqual([
      "favicon.ico",
      `assets/icon-180.${icons.hash}.png`,
      `assets/icon-192.${icons.hash}.png`,
      `assets/icon-512.${icons.hash}.png`,
      `assets/icon.${icons.hash}.svg`,
      "site.webmanifest",
    ]);

    const out = path.join(folder.path, "out");
    await writeSiteIcons(icons, testSite, out);
    for (const size of [180, 192, 512] as const) {
      expect(await sharp(path.join(out, icons.png[size])).metadata()).toMatchObject({ format: "png", width: size, height: size });
    }
    const [favicon, ...more] = icoEndec.decode(await readFile(path.join(out, "favicon.ico")));
    expect(more).toEqual([]);
    expect(favicon).toMatchObject({ width: 32, height: 32, imageType: "png" });
    const manifest = JSON.parse(await readFile(path.join(out, "site.webmanifest"), "utf8")) as { name: string; icons: { src: string; sizes: string }[] };
    expect(manifest.name).toBe("Test Archive");
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.src}`)).toEqual([`192x192 ${icons.png[192]}`, `512x512 ${icons.png[512]}`]);

    const again = path.join(folder.path, "again");
    await writeSiteIcons(icons, testSite, again);
    expect(await hashFolder(again)).toEqual(await hashFolder(out));
  });

  it("fit a picture that is not square on a transparent square", async () => {
    const templates = path.join(folder.path, "png");
    await mkdir(templates);
    await sharp({ create: { width: 300, height: 100, channels: 3, background: "#123456" } }).png().toFile(path.join(templates, "icon.png"));
    const icons = siteIcons(templates);
    if (!icons) throw new Error("no icons planned");
    expect(icons.svg).toBeUndefined();
    const out = path.join(folder.path, "png-out");
    await writeSiteIcons(icons, testSite, out);
    const { data, info } = await sharp(path.join(out, icons.png[192])).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 192, height: 192, channels: 4 });
    // The top row is transparent, the middle row the picture's colour.
    expect(data[3]).toBe(0);
    expect([...data.subarray(96 * 192 * 4, 96 * 192 * 4 + 4)]).toEqual([0x12, 0x34, 0x56, 255]);
  });
});

describe("defaultCardImage", () => {
  const icons = iconLinks({ source: "", hash: "abc", favicon: "favicon.ico", png: { 180: "a/180.png", 192: "a/192.png", 512: "a/512.png" }, svg: undefined, manifest: "m" });

  it("is the site's largest icon, at its absolute address, when the settings name no picture", () => {
    const site = defineSite({ ...testSite, pathPrefix: "/archive/" });
    expect(defaultCardImage(site, icons)).toEqual({ url: "https://archive.example.org/archive/a/512.png", width: 512, height: 512, alt: "Test Archive" });
    expect(defaultCardImage(site, undefined)).toBeUndefined();
  });

  it("is the picture the settings name", () => {
    const cardImage = { url: "https://cdn.example.org/logo.png", width: 1200, height: 630, alt: "The archive's logo" };
    expect(defaultCardImage(defineSite({ ...testSite, cardImage }), icons)).toEqual(cardImage);
  });
});
