// The search page: Pagefind's interface, started with the query and the order
// given in the address (`/search/?q=aleppo&sort=newest`), so searches can be
// linked to and the header's search box can hand over its query.
(function () {
  const root = document.getElementById("search");
  if (!root || typeof PagefindUI !== "function") return;
  const params = new URLSearchParams(window.location.search);
  const orders = { newest: { date: "desc" }, oldest: { date: "asc" } };
  const order = orders[params.get("sort")];
  const ui = new PagefindUI({
    element: root,
    baseUrl: root.dataset.baseUrl,
    bundlePath: root.dataset.bundle,
    showSubResults: false,
    showImages: false,
    ...(order ? { sort: order } : {}),
  });
  const query = params.get("q");
  if (query) ui.triggerSearch(query);

  // Changing the order starts the same search again in that order.
  const form = document.querySelector(".search-sort");
  if (!form) return;
  form.hidden = false;
  const select = form.querySelector("select");
  select.value = params.get("sort") || "";
  select.addEventListener("change", () => {
    const input = root.querySelector("input");
    form.querySelector('input[name="q"]').value = input ? input.value : query || "";
    form.submit();
  });
})();
