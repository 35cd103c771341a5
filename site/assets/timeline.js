// Progressive enhancement for the timeline index: a source filter and keyboard navigation.
// Plain JavaScript, no framework, no build step; the page is complete without it.
(function () {
  "use strict";

  // The overview strip: a bar jumps to its year (without the script, the year navigator does);
  // on a paged timeline the year is on its decade's or year's page.
  document.querySelectorAll(".overview rect[data-target]").forEach(function (bar) {
    bar.addEventListener("click", function () {
      var target = bar.getAttribute("data-target");
      if (target.charAt(0) === "#") location.hash = target;
      else location.href = target;
    });
  });

  var timeline = document.querySelector("ol.timeline");
  if (!timeline) return;
  var events = Array.prototype.slice.call(timeline.querySelectorAll("li.event"));

  function visibleEvents() {
    return events.filter(function (e) { return !e.hidden && !e.closest("[hidden]"); });
  }

  // Filter by source: one option per source id, labelled with the source's title.
  function buildFilter() {
    var holder = document.getElementById("controls");
    if (!holder) return;
    var titles = {};
    timeline.querySelectorAll(".event-sources a[data-source]").forEach(function (a) {
      var id = a.getAttribute("data-source");
      if (!(id in titles)) titles[id] = a.textContent;
    });
    var ids = Object.keys(titles).sort();
    if (ids.length === 0) return;

    var label = document.createElement("label");
    label.setAttribute("for", "source-filter");
    label.textContent = "Source ";
    var select = document.createElement("select");
    select.id = "source-filter";
    var all = document.createElement("option");
    all.value = "";
    all.textContent = "All sources";
    select.appendChild(all);
    ids.forEach(function (id) {
      var option = document.createElement("option");
      option.value = id;
      option.textContent = titles[id];
      select.appendChild(option);
    });
    select.addEventListener("change", function () { applyFilter(select.value); });
    holder.appendChild(label);
    holder.appendChild(select);
  }

  function applyFilter(source) {
    events.forEach(function (e) {
      var ids = (e.getAttribute("data-sources") || "").split(" ");
      e.hidden = source !== "" && ids.indexOf(source) < 0;
    });
    // A year, or a decade, whose events are all hidden is hidden too, and so is its navigator link.
    timeline.querySelectorAll("li.year, li.decade").forEach(function (group) {
      group.hidden = !group.querySelector("li.event:not([hidden])");
    });
    document.querySelectorAll("nav.year-nav a[href^='#y-']").forEach(function (a) {
      var year = document.getElementById(a.getAttribute("href").slice(1));
      a.parentNode.hidden = !!(year && year.hidden);
    });
  }

  // Keyboard: j / k, and the arrow keys when no form control has focus, move between visible events.
  function isTyping(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA)$/.test(target.tagName));
  }

  function isFormControl(target) {
    return target && /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName);
  }

  function move(step) {
    var list = visibleEvents();
    if (list.length === 0) return;
    var current = timeline.querySelector("li.event.current");
    var at = current ? list.indexOf(current) : -1;
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    if (current) current.classList.remove("current");
    var target = list[next];
    target.classList.add("current");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    var key = event.key;
    var step = 0;
    if (key === "j") step = 1;
    else if (key === "k") step = -1;
    else if (!isFormControl(event.target) && key === "ArrowDown") step = 1;
    else if (!isFormControl(event.target) && key === "ArrowUp") step = -1;
    if (step === 0) return;
    event.preventDefault();
    move(step);
  });

  // Clicking an event makes it the current one, so j / k continue from there.
  timeline.addEventListener("click", function (event) {
    var item = event.target.closest && event.target.closest("li.event");
    if (!item) return;
    var current = timeline.querySelector("li.event.current");
    if (current) current.classList.remove("current");
    item.classList.add("current");
  });

  buildFilter();
})();
