import { Ajv, type ErrorObject } from "ajv";
import { findNodeAtLocation, getNodeValue, type Node } from "jsonc-parser";
import { shown } from "../content/problems.ts";
import { FileError } from "./file-error.ts";

const text = { type: "string" } as const;
const texts = { type: "array", items: text } as const;
/** A concept of ninjs 1.x (`subject`, `place`, `infosource` …) or 2.x (`subjects`, `places`, `infosources` …). */
const concepts = { type: "array", items: { type: "object", properties: { name: text, code: text, uri: text, literal: text, scheme: text, rel: text, role: text } } } as const;
/** ninjs 2.x's `headlines`, `bodies`, `descriptions`. */
const roleValues = { type: "array", items: { type: "object", required: ["value"], properties: { role: text, contenttype: text, value: text } } } as const;
const rendition = { type: "object", properties: { name: text, href: text, mimetype: text, contenttype: text, width: { type: "number" }, height: { type: "number" } } } as const;

/**
 * What the importer reads of a ninjs item (1.x and 2.x), as a JSON Schema: the
 * fields it uses must have the right kind; everything else a provider adds is
 * allowed and ignored. Associated items are ninjs items themselves.
 */
const itemSchema = {
  $id: "ninjs-item",
  type: "object",
  required: ["uri"],
  properties: {
    uri: text,
    type: { enum: ["text", "audio", "video", "picture", "graphic", "composite", "component"] },
    version: { type: ["string", "number"] },
    versioncreated: text,
    firstcreated: text,
    contentcreated: text,
    embargoed: text,
    pubstatus: { enum: ["usable", "withheld", "canceled"] },
    language: text,
    headline: text,
    byline: text,
    by: text,
    located: text,
    copyrightholder: text,
    alt_text: text,
    headlines: roleValues,
    bodies: roleValues,
    descriptions: roleValues,
    keywords: texts,
    subject: concepts,
    subjects: concepts,
    infosource: concepts,
    infosources: concepts,
    renditions: { anyOf: [{ type: "object", additionalProperties: rendition }, { type: "array", items: rendition }] },
    associations: { anyOf: [{ type: "object", additionalProperties: { $ref: "ninjs-item" } }, { type: "array", items: { $ref: "ninjs-item" } }] },
  },
  patternProperties: { "^(?:body|description|headline)_": text },
} as const;

const fileSchema = { anyOf: [{ $ref: "ninjs-item" }, { type: "array", items: { $ref: "ninjs-item" } }] } as const;

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).addSchema(itemSchema).compile(fileSchema);

/**
 * Check a ninjs file's JSON (`value`, read from `tree`) before anything of it is
 * read: a field of the wrong kind is an error naming the field, its line and column.
 */
export function checkNinjs(value: unknown, tree: Node, lineOf: (offset: number) => { line: number; column: number }): void {
  if (validate(value)) return;
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== "anyOf");
  const error = errors.sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  if (error === undefined) throw new FileError("the file is neither a ninjs item nor a list of them.", 1, 1);
  const path = error.instancePath.split("/").slice(1).map((part) => (/^\d+$/u.test(part) ? Number(part) : part.replaceAll("~1", "/").replaceAll("~0", "~")));
  const node = findNodeAtLocation(tree, path);
  const where = lineOf(node?.offset ?? 0);
  throw new FileError(describe(error, path, node === undefined ? undefined : getNodeValue(node)), where.line, where.column);
}

/** A schema error in an editor's words: the field, and what it should be. */
function describe(error: ErrorObject, path: readonly (string | number)[], value: unknown): string {
  const field = path.length === 0 ? "the item" : `\`${path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`)).join("")}\``;
  const params = error.params as { missingProperty?: string; allowedValues?: readonly unknown[]; type?: string | string[] };
  switch (error.keyword) {
    case "required":
      return `${field} has no \`${params.missingProperty}\`, which every ninjs item needs.`;
    case "enum":
      return `${field} should be one of ${(params.allowedValues ?? []).map((allowed) => `\`${String(allowed)}\``).join(", ")}, not ${shown(value)}.`;
    case "type": {
      const kinds = [params.type ?? []].flat().map((kind) => ({ string: "text", array: "a list", object: "an object", number: "a number" })[kind] ?? kind);
      return `${field} should be ${kinds.join(" or ")}, not ${shown(value)}.`;
    }
    default:
      return `${field} ${error.message ?? "is not valid"}.`;
  }
}
