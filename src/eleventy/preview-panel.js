// The preview's problem panel, which the preview server adds to every page it
// serves (never to a built site): the content's current problems, errors and
// warnings apart, each with its file, line, field, message and hint, and a
// link to the desk. Live reload reloads the page whenever the problems change,
// and patches it in place otherwise; the patch drops what the page's own HTML
// does not have, so the panel puts itself back.
const source = "/.backfile/problems.json";
const host = document.createElement("backfile-problems");
const root = host.attachShadow({ mode: "open" });
let openState;

const style = `
:host { all: initial; }
aside {
  --panel-paper: #ffffff; --panel-ink: #1b1b1f; --panel-soft: #4a4a55; --panel-rule: #d6d2c7;
  --panel-error: #a4001d; --panel-warning: #6b4500; --panel-link: #1a5fb4; --panel-ok: #1d6b2f;
  position: fixed; inset-block-end: .75rem; inset-inline-end: .75rem; z-index: 2147483647;
  max-inline-size: min(44rem, calc(100vw - 1.5rem)); max-block-size: 70vh; overflow: auto;
  background: var(--panel-paper); color: var(--panel-ink); border: 1px solid var(--panel-rule);
  border-radius: .5rem; box-shadow: 0 .25rem 1rem rgb(0 0 0 / 25%);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  aside {
    --panel-paper: #1e1e22; --panel-ink: #ecebe6; --panel-soft: #bbb8ae; --panel-rule: #3a3a40;
    --panel-error: #ffa39e; --panel-warning: #f2c46d; --panel-link: #8ab4f8; --panel-ok: #8fd19e;
  }
}
@media print { aside { display: none; } }
.bar { display: flex; gap: 1rem; align-items: baseline; justify-content: space-between; padding: .5rem .75rem; }
.counts { font-weight: 600; }
button {
  font: inherit; color: var(--panel-ink); background: transparent; cursor: pointer;
  border: 1px solid var(--panel-soft); border-radius: .25rem; padding: .1rem .6rem; margin-inline-start: .5rem;
}
button:focus-visible, a:focus-visible { outline: 2px solid var(--panel-link); outline-offset: 2px; }
a { color: var(--panel-link); }
.ok { color: var(--panel-ok); font-weight: 600; }
.count-error { color: var(--panel-error); }
.count-warning { color: var(--panel-warning); }
section { padding: 0 .75rem .5rem; }
h2 { font-size: 1em; margin: .75rem 0 .25rem; }
h2.error { color: var(--panel-error); }
h2.warning { color: var(--panel-warning); }
ol { margin: 0; padding: 0; list-style: none; }
li { padding: .4rem 0; border-block-start: 1px solid var(--panel-rule); }
code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.field { font-weight: 600; }
.hint, .note { color: var(--panel-soft); margin: .2rem 0 0; }
`;

/** An element with its children (text is set as text, never as HTML: messages quote the editors' words). */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== null) element.append(child);
  return element;
}

function count(number, noun) {
  return `${number.toLocaleString("en")} ${noun}${number === 1 ? "" : "s"}`;
}

function problemItem(problem) {
  const where = `${problem.file}:${problem.line}`;
  return el(
    "li",
    {},
    problem.page ? el("a", { href: problem.page }, el("code", {}, where)) : el("code", {}, where),
    " ",
    problem.field ? el("span", { class: "field" }, `${problem.field}: `) : undefined,
    problem.message,
    problem.hint ? el("p", { class: "hint" }, `Hint: ${problem.hint}`) : undefined,
  );
}

function section(severity, heading, problems, note) {
  if (problems.length === 0) return undefined;
  const id = `backfile-${severity}s`;
  return el(
    "section",
    { "aria-labelledby": id },
    el("h2", { id, class: severity }, `${heading} (${problems.length.toLocaleString("en")})`),
    note ? el("p", { class: "note" }, note) : undefined,
    el("ol", {}, ...problems.map(problemItem)),
  );
}

function render(state) {
  const errors = state.problems.filter((problem) => problem.severity === "error");
  const warnings = state.problems.filter((problem) => problem.severity !== "error");
  const desk = el("a", { href: state.desk }, "Desk");
  const panel = el("aside", { lang: "en", dir: "ltr", "aria-label": "Problems in the preview" });
  if (state.problems.length === 0) {
    panel.append(el("div", { class: "bar" }, el("span", { class: "ok" }, "No problems"), desk));
    root.replaceChildren(el("style", {}, style), panel);
    return;
  }
  // Open while there are errors, unless the editor closed it on this page.
  const open = openState ?? errors.length > 0;
  const toggle = el("button", { type: "button", "aria-expanded": String(open), "aria-controls": "backfile-problems" }, open ? "Hide" : "Show");
  toggle.addEventListener("click", () => {
    openState = !open;
    render(state);
  });
  const counts = el(
    "span",
    { class: "counts" },
    errors.length > 0 ? el("span", { class: "count-error" }, count(errors.length, "error")) : undefined,
    errors.length > 0 && warnings.length > 0 ? " · " : undefined,
    warnings.length > 0 ? el("span", { class: "count-warning" }, count(warnings.length, "warning")) : undefined,
  );
  const list = el(
    "div",
    { id: "backfile-problems" },
    section("error", "Errors", errors, "A file with errors keeps its last good version in the preview; nothing is built until they are fixed."),
    section("warning", "Warnings", warnings),
  );
  list.hidden = !open;
  panel.append(el("div", { class: "bar" }, counts, el("span", { class: "actions" }, desk, " ", toggle)), list);
  root.replaceChildren(el("style", {}, style), panel);
}

async function refresh() {
  const response = await fetch(source, { cache: "no-store" });
  if (response.ok) render(await response.json());
}

new MutationObserver(() => {
  if (!host.isConnected) document.body.append(host);
}).observe(document.documentElement, { childList: true, subtree: true });
document.body.append(host);
refresh().catch(() => undefined);
