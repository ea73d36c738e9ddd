// A search field above a long list of checkboxes (core.forms.SearchableCheckboxSelectMultiple):
// typing hides the boxes whose label does not contain the words typed. Ticked boxes stay visible,
// so nothing chosen disappears from sight. Without JavaScript the search field stays hidden.
(function () {
  "use strict";

  function normalise(text) {
    return text.toLocaleLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function enhance(container) {
    if (container.dataset.searchableCheckboxesReady) {
      return;
    }
    container.dataset.searchableCheckboxesReady = "true";
    var search = container.querySelector("[data-searchable-checkboxes-input]");
    var status = container.querySelector("[data-searchable-checkboxes-status]");
    var options = Array.prototype.slice.call(container.querySelectorAll("input[type=checkbox]"));
    search.closest("[hidden]").hidden = false;
    search.addEventListener("input", function () {
      var words = normalise(search.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      options.forEach(function (box) {
        var item = box.closest("label") || box.parentElement;
        var row = item.parentElement.tagName === "DIV" ? item.parentElement : item;
        var text = normalise(item.textContent);
        var matches = box.checked || words.every(function (word) { return text.indexOf(word) !== -1; });
        row.hidden = !matches;
        if (matches) {
          shown += 1;
        }
      });
      status.textContent = words.length ? shown + " / " + options.length : "";
    });
  }

  function enhanceAll() {
    document.querySelectorAll("[data-searchable-checkboxes]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhanceAll);
  } else {
    enhanceAll();
  }
})();
