(function () {
  "use strict";
  function fileOf(el) { return el.closest(".file"); }
  // a batch keeps each file's document in a template until the file is opened: the page
  // then only parses it, and lays out what is looked at
  function materialize(details) {
    var deferred = details.querySelector(":scope > template.deferred");
    if (deferred) { deferred.replaceWith(document.importNode(deferred.content, true)); }
  }
  function openAround(el) {
    for (var d = el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
      materialize(d);
      d.open = true;
    }
    if (el.tagName === "DETAILS") { materialize(el); el.open = true; }
  }
  function clearFocus(file) {
    file.querySelectorAll(".focus").forEach(function (el) { el.classList.remove("focus"); });
  }
  function reveal(el) {
    openAround(el);
    el.scrollIntoView({block: el.matches(".file, section") ? "start" : "center"});
  }
  function showPlace(card) {
    var file = fileOf(card);
    var k = card.getAttribute("data-k");
    clearFocus(file);
    card.classList.add("focus");
    file.querySelectorAll('.document [data-f~="' + k + '"]').forEach(function (el) {
      el.classList.add("focus");
    });
    var target = card.getAttribute("data-target");
    var place = target && document.getElementById(target);
    if (place) { reveal(place); }
  }
  function showCard(mark) {
    var file = fileOf(mark);
    var ks = (mark.getAttribute("data-f") || mark.getAttribute("data-r") || "").split(" ");
    var card = file.querySelector('.finding[data-k="' + ks[0] + '"]');
    if (!card) { return; }
    clearFocus(file);
    mark.classList.add("focus");
    ks.forEach(function (k) {
      var c = file.querySelector('.finding[data-k="' + k + '"]');
      if (c) { c.classList.add("focus"); }
    });
    card.scrollIntoView({block: "nearest"});
    card.focus({preventScroll: true});
  }
  function applyFilters(panel) {
    var file = fileOf(panel);
    var sevs = {};
    panel.querySelectorAll('input[name="sev"]').forEach(function (box) { sevs[box.value] = box.checked; });
    var rule = panel.querySelector('select[name="rule"]').value;
    var section = panel.querySelector('select[name="section"]').value;
    var visible = {};
    var shown = 0;
    panel.querySelectorAll(".finding").forEach(function (card) {
      var ok = sevs[card.getAttribute("data-severity")] &&
        (!rule || card.getAttribute("data-rule") === rule) &&
        (!section || card.getAttribute("data-sections").split(" ").indexOf(section) >= 0);
      card.hidden = !ok;
      if (ok) { visible[card.getAttribute("data-k")] = true; shown += 1; }
    });
    file.querySelectorAll(".document .hl").forEach(function (el) {
      var ks = ((el.getAttribute("data-f") || "") + " " + (el.getAttribute("data-r") || "")).split(" ");
      el.classList.toggle("dim", !ks.some(function (k) { return visible[k]; }));
    });
    panel.querySelector(".shown-count").textContent = String(shown);
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var link = target.closest('a[href^="#"]');
    if (link) {
      var dest = document.getElementById(link.getAttribute("href").slice(1));
      if (dest) {
        event.preventDefault();
        var card = link.closest(".finding");
        if (card && link.classList.contains("goto")) { showPlace(card); } else { reveal(dest); }
        history.pushState(null, "", link.getAttribute("href"));
      }
      return;
    }
    var cardHit = target.closest(".finding");
    if (cardHit) { showPlace(cardHit); return; }
    var mark = target.closest(".document .hl");
    if (mark) { showCard(mark); }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "Enter" && target instanceof Element && target.classList.contains("finding")) {
      showPlace(target);
    }
  });
  document.addEventListener("change", function (event) {
    var target = event.target;
    var panel = target instanceof Element && target.closest(".filters") && target.closest(".panel");
    if (panel) { applyFilters(panel); }
  });
  document.addEventListener("toggle", function (event) {
    var target = event.target;
    if (target instanceof Element && target.matches("details.file") && target.open) {
      materialize(target);
    }
  }, true);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { materialize(d); d.open = true; });
  });
  if (location.hash.length > 1) {
    var start = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (start) { reveal(start); }
  }
}());
