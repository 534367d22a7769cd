import { defaultSchema, type Schema } from "hast-util-sanitize";

type AttributeRule = NonNullable<Schema["attributes"]>[string][number];

/** Allow more values of one attribute on one element, merged into GitHub's rule for it. */
function allow(element: string, attribute: string, values: string[]): AttributeRule[] {
  const rules = defaultSchema.attributes?.[element] ?? [];
  const existing = rules.find((rule) => Array.isArray(rule) && rule[0] === attribute);
  const others = rules.filter((rule) => rule !== existing);
  const previous = Array.isArray(existing) ? existing.slice(1).map(String) : [];
  return [...others, [attribute, ...previous, ...values]];
}

const alignments = ["align-left", "align-center", "align-right"];

/**
 * GitHub's sanitizing rules, plus the few attributes our own plugins add:
 * the dateline lead's class, the marks on links that leave the site, and the
 * numbered mark a story's picture leaves for the pipeline to fill.
 * Scripts, event handlers, `style` and `javascript:` URLs stay out.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [...allow("a", "className", ["external"]), ["rel", "external", "noopener"]],
    span: allow("span", "className", ["dateline"]),
    img: [...(defaultSchema.attributes?.["img"] ?? []), ["dataPicture", /^\d+$/]],
    td: allow("td", "className", alignments),
    th: allow("th", "className", alignments),
  },
};
