/** The text `npm run new` writes where the story goes: an error until it is replaced. */
export const placeholderStory = "Write the story here, starting with its lead paragraph. The dateline is added from the front matter.";

/** The body line (1-based) on which the placeholder text still stands, or undefined. */
export function placeholderLine(body: string): number | undefined {
  const index = body.indexOf(placeholderStory);
  return index === -1 ? undefined : body.slice(0, index).split("\n").length;
}
