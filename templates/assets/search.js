// The search page: Pagefind's search over every year's bundle of the archive,
// merged in the browser. The query, the filters and the order live in the
// address (`/search/?q=aleppo&source=SANA&sort=newest`), so a search can be
// linked to, reloaded, and stepped through with back and forward.
const root = document.getElementById("search");
const form = document.getElementById("search-form");
const pageSize = 20;
const filterNames = ["source", "topic", "byline", "dateline", "year", "language"];

const lang = document.documentElement.lang || "en";
const numbers = new Intl.NumberFormat(lang);
const plurals = new Intl.PluralRules(lang);
const strings = JSON.parse(root?.dataset.strings || "{}");

if (root && form) start().catch((error) => showStatus(text("search.failed"), error));

/** Interface text from the page's string table, with `{name}` filled and plural forms chosen by count. */
function text(key, variables = {}) {
  const entry = strings[key];
  if (entry === undefined) return key;
  const template = typeof entry === "string" ? entry : entry[plurals.select(variables.count ?? 0)] ?? entry.other;
  return template.replace(/\{(\w+)\}/g, (whole, name) => {
    const value = variables[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? numbers.format(value) : String(value);
  });
}

async function start() {
  const bundles = JSON.parse(root.dataset.bundles || "[]");
  root.hidden = false;
  if (bundles.length === 0) {
    showStatus(text("search.empty"));
    return;
  }

  const pagefind = await import(new URL(`${bundles[0]}pagefind.js`, document.baseURI).href);
  await pagefind.options({ baseUrl: root.dataset.baseUrl, excerptLength: 30 });
  await Promise.all(bundles.slice(1).map((bundle) => pagefind.mergeIndex(bundle)));
  // Filter values are counted in every search once they are loaded.
  await pagefind.filters();

  const search = new Search(pagefind);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search.go({ ...stateOf(new FormData(form)), filters: {} }, "push");
  });
  form.elements.sort.addEventListener("change", () => search.go({ ...search.state, sort: form.elements.sort.value }, "push"));
  window.addEventListener("popstate", () => search.go(stateOf(new URLSearchParams(location.search)), "none"));
  await search.go(stateOf(new URLSearchParams(location.search)), "replace");
}

/** The search a form or an address describes: query, order and ticked filter values. */
function stateOf(params) {
  const filters = {};
  for (const name of filterNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { q: (params.get("q") || "").trim(), sort: params.get("sort") || "", filters };
}

function addressOf({ q, sort, filters }) {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (sort) params.set("sort", sort);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ""}`;
}

class Search {
  constructor(pagefind) {
    this.pagefind = pagefind;
    this.state = { q: "", sort: "", filters: {} };
    this.run = 0;
    this.results = root.querySelector(".search__results");
    this.filters = root.querySelector(".search__filters");
    this.more = root.querySelector(".search__more");
    this.more.addEventListener("click", () => this.showMore());
  }

  /** Search for `state`, recording it in the address (`push`, `replace`) or not (`none`, for back and forward). */
  async go(state, history) {
    this.state = state;
    if (history !== "none") window.history[history === "push" ? "pushState" : "replaceState"](null, "", addressOf(state));
    form.elements.q.value = state.q;
    form.elements.sort.value = state.sort;
    const run = ++this.run;
    const query = state.q === "" ? null : state.q;
    if (query === null && Object.keys(state.filters).length === 0) {
      this.results.replaceChildren();
      this.filters.replaceChildren();
      this.more.hidden = true;
      showStatus("");
      return;
    }
    showStatus(text("search.searching"));
    const response = await this.find(query, state.filters);
    if (run !== this.run) return;
    this.response = response;
    this.shown = 0;
    this.results.replaceChildren();
    this.drawFilters(response);
    const total = response.results.length;
    showStatus(total === 0 ? text("search.none", { query: state.q }) : text("search.count", { count: total, query: state.q }));
    await this.showMore();
  }

  /**
   * Search every year's bundle. A bundle in which a word of the query does not
   * occur at all answers with looser matches (words that merely start like it);
   * merged, those would bury the real ones. So the years where every word
   * occurs as written are found first, and the search keeps to them. A word
   * that occurs nowhere as written (a part of a word, a typo) sets no limit.
   */
  async find(query, filters) {
    const base = pagefindFilters(filters);
    this.years = filters.year;
    if (query === null) return this.pagefind.search(null, { filters: base });
    let years;
    for (const word of new Set(query.replace(/"/g, " ").split(/\s+/).filter(Boolean))) {
      const exact = await this.pagefind.search(`"${word}"`, { filters: base });
      if (exact.results.length === 0) continue;
      const found = Object.keys(exact.filters.year || {}).filter((year) => exact.filters.year[year] > 0);
      years = years === undefined ? found : years.filter((year) => found.includes(year));
    }
    const chosen = filters.year ? (years ?? filters.year).filter((year) => filters.year.includes(year)) : years;
    this.years = chosen;
    if (chosen === undefined) return this.pagefind.search(query, { filters: base });
    if (chosen.length === 0) return { results: [], filters: {} };
    return this.pagefind.search(query, { filters: { ...base, year: { any: chosen } } });
  }

  /** The next page of results: in relevance order, or by date across the years' bundles. */
  async showMore() {
    const run = this.run;
    const { results } = this.response;
    const start = this.shown;
    const end = Math.min(results.length, start + pageSize);
    const page = this.state.sort === "newest" || this.state.sort === "oldest" ? await this.byDate(start, end) : results.slice(start, end);
    const items = await Promise.all(page.map((result) => result.data()));
    if (run !== this.run) return;
    this.results.append(...items.map(resultItem));
    this.shown = end;
    this.more.hidden = end >= results.length;
  }

  /**
   * Results `start` to `end` by date. Each year's bundle orders its own results,
   * so the years are walked in order (their counts come with the search) and
   * only the years the page needs are searched again with the order applied.
   */
  async byDate(start, end) {
    const newest = this.state.sort === "newest";
    const counts = Object.entries(this.response.filters.year || {})
      .filter(([year, count]) => count > 0 && (!this.years || this.years.includes(year)))
      .sort(([a], [b]) => (newest ? b.localeCompare(a) : a.localeCompare(b)));
    const picked = [];
    let offset = 0;
    for (const [year, count] of counts) {
      if (offset + count > start && offset < end) {
        const filters = pagefindFilters({ ...this.state.filters, year: [year] });
        const response = await this.pagefind.search(this.state.q === "" ? null : this.state.q, { filters, sort: { date: newest ? "desc" : "asc" } });
        picked.push(...response.results.slice(Math.max(0, start - offset), end - offset));
      }
      offset += count;
      if (offset >= end) break;
    }
    return picked;
  }

  /** A fieldset per filter, values with results (or ticked) only, busiest first. */
  drawFilters(response) {
    const fieldsets = filterNames.map((name) => {
      const counts = response.filters[name] || {};
      const ticked = this.state.filters[name] || [];
      const values = Object.keys(counts)
        .filter((value) => counts[value] > 0 || ticked.includes(value))
        .sort((a, b) => (name === "year" ? b.localeCompare(a) : counts[b] - counts[a] || a.localeCompare(b)));
      if (values.length === 0) return undefined;
      const fieldset = element("fieldset", { class: "search-filter" });
      fieldset.append(element("legend", {}, text(`search.filter.${name}`)));
      const list = element("ul", { class: "search-filter__values" });
      for (const value of values) {
        const input = element("input", { type: "checkbox", name, value });
        input.checked = ticked.includes(value);
        input.addEventListener("change", () => this.toggle(name, value, input.checked));
        const label = element("label", {}, input, ` ${value} `, element("span", { class: "count" }, numbers.format(counts[value] || 0)));
        list.append(element("li", {}, label));
      }
      fieldset.append(list);
      return fieldset;
    });
    this.filters.replaceChildren(...fieldsets.filter(Boolean));
  }

  toggle(name, value, on) {
    const current = this.state.filters[name] || [];
    const values = on ? [...current, value] : current.filter((item) => item !== value);
    const filters = { ...this.state.filters, [name]: values };
    if (values.length === 0) delete filters[name];
    this.go({ ...this.state, filters }, "push");
  }
}

/** Ticked values of a filter are alternatives: any of them will do. */
function pagefindFilters(filters) {
  return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));
}

function resultItem(data) {
  const meta = data.meta || {};
  const item = element("li", { class: "search-result", lang: meta.lang || null, dir: meta.dir || null });
  item.append(element("h2", { class: "search-result__title" }, element("a", { href: data.url }, meta.title || data.url)));
  const facts = [meta.dateline, meta.date, meta.source, meta.byline].filter(Boolean);
  if (facts.length > 0) item.append(element("p", { class: "search-result__meta" }, facts.join(" · ")));
  const excerpt = element("p", { class: "search-result__excerpt" });
  excerpt.innerHTML = storyExcerpt(data);
  item.append(excerpt);
  return item;
}

/**
 * An excerpt of the story, never of its headline, which the result shows
 * above it. The headline is indexed as a section of its own (see
 * search-document.ts), so the section before it is the story: its excerpt,
 * when words were found there, is the story's own text, escaped, with the
 * words found in <mark>. When only the headline matched, the story's opening
 * words stand in.
 */
function storyExcerpt(data) {
  const section = (data.sub_results || []).find((sub) => !sub.anchor);
  if (section) return section.excerpt;
  const headline = (data.meta?.title || "").split(/\s+/).filter(Boolean).length;
  const words = (data.content || "").split(/\s+/).filter(Boolean);
  const story = words.slice(0, Math.max(0, words.length - headline));
  const escaped = element("span", {}, story.slice(0, 30).join(" ")).innerHTML;
  return story.length > 30 ? `${escaped} …` : escaped;
}

function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) if (value !== null && value !== undefined) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function showStatus(message, error) {
  const status = root.querySelector(".search__status");
  if (status) status.textContent = message;
  if (error) console.error(error);
}
