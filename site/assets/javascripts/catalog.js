// Filters the catalog on the front page. Without JavaScript the form stays hidden and the
// full list is shown. Filters are kept in the address
// (?type=&phase=&target=&place=&cost=&evidence=) so a filtered list can be linked to.
(function () {
  "use strict";
  var form = document.getElementById("susi-filters");
  var list = document.getElementById("susi-catalog");
  var count = document.getElementById("susi-catalog-count");
  var empty = document.getElementById("susi-catalog-empty");
  if (!form || !list) return;
  var items = Array.prototype.slice.call(list.querySelectorAll(".susi-catalog__item"));
  var fields = ["type", "phase", "target", "place", "cost", "evidence"];

  function field(name) {
    return form.elements.namedItem(name);
  }

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function apply() {
    var type = field("type").value;
    var phase = field("phase").value;
    var place = field("place").value;
    var cost = field("cost") ? field("cost").value : "";
    var evidence = field("evidence") ? Number(field("evidence").value) : 0;
    var target = words(field("target").value);
    var shown = 0;
    items.forEach(function (item) {
      var ok = (!type || item.dataset.type === type) &&
        (!phase || item.dataset.phase === phase) &&
        (!place || (" " + item.dataset.places + " ").indexOf(" " + place + " ") >= 0) &&
        (!cost || item.dataset.cost === cost) &&
        (!evidence || Number(item.dataset.evidence || 0) >= evidence) &&
        target.every(function (w) { return item.dataset.target.indexOf(w) >= 0; });
      item.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown === items.length
      ? items.length + (items.length === 1 ? " indsatsbeskrivelse." : " indsatsbeskrivelser.")
      : "Viser " + shown + " af " + items.length + " indsatsbeskrivelser.";
    empty.hidden = shown !== 0;
    var query = new URLSearchParams();
    fields.forEach(function (name) {
      if (!field(name)) return;
      var value = field(name).value.trim();
      if (value) query.set(name, value);
    });
    var search = query.toString();
    history.replaceState(null, "", search ? "?" + search : location.pathname);
  }

  var params = new URLSearchParams(location.search);
  fields.forEach(function (name) {
    if (params.has(name) && field(name)) field(name).value = params.get(name);
  });
  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();
})();
