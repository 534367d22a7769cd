import type { LeadPicture } from "../archive/model.ts";
import { shareVariant } from "../archive/pictures.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { absoluteUrl } from "./absolute-url.ts";

/** A picture as link previews, feeds and structured data name it: one absolute URL, with its size when known. */
export interface SharedPicture {
  url: string;
  width: number | undefined;
  height: number | undefined;
  alt: string;
}

/** The version of a picture machines are given: a JPEG of the picture's files, or the address of one published elsewhere. */
export function sharedPicture(picture: LeadPicture, site: Pick<SiteConfig, "baseUrl" | "pathPrefix">): SharedPicture {
  if (picture.kind === "remote") return { url: picture.url, width: undefined, height: undefined, alt: picture.alt };
  const variant = shareVariant(picture);
  return { url: absoluteUrl(variant.url, site.baseUrl, site.pathPrefix), width: variant.width, height: variant.height, alt: picture.alt };
}
