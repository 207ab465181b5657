/*! Crossings embed.js (MIT). Sizes Crossings iframes to their content and tells them the page's light or dark theme. No tracking, no cookies. */
(function () {
  "use strict";
  if (window.__crossingsEmbed) return;
  window.__crossingsEmbed = true;
  // Messages are obeyed, and sent, only to the site this script was loaded from.
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : null;
  if (!origin) return;
  var FRAMES = "iframe[data-crossings-embed]";
  var root = document.documentElement;

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object") return;
    var heights = data["datawrapper-height"];
    if (!heights || typeof heights !== "object") return;
    var frames = document.querySelectorAll(FRAMES);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      // Only a message from the iframe itself, about that iframe, is obeyed.
      if (frame.contentWindow !== event.source) continue;
      var value = heights[frame.getAttribute("data-crossings-embed")];
      if (typeof value !== "number" || !isFinite(value) || value < 50 || value > 20000) return;
      var px = Math.ceil(value);
      // Changing the iframe's height never changes its content's height, so this cannot loop.
      if (Math.abs(frame.getBoundingClientRect().height - px) > 1) frame.style.height = px + "px";
      return;
    }
  });

  // The page's theme: the root's computed color-scheme, then the data-theme, data-bs-theme and class="dark"
  // conventions, then the reader's system.
  var media = window.matchMedia && matchMedia("(prefers-color-scheme: dark)");
  function scheme() {
    var cs = " " + getComputedStyle(root).colorScheme + " ";
    var dark = cs.indexOf(" dark ") >= 0;
    if (dark !== cs.indexOf(" light ") >= 0) return dark ? "dark" : "light";
    var attr = root.getAttribute("data-theme") || root.getAttribute("data-bs-theme");
    if (attr === "dark" || attr === "light") return attr;
    if (root.classList.contains("dark")) return "dark";
    return media && media.matches ? "dark" : "light";
  }
  var theme = scheme();
  function tell(frame) {
    try {
      // A frame still showing its initial blank page (a lazy frame not yet loaded) is told on its load.
      var doc = frame.contentDocument;
      if (doc && doc.location.origin !== origin) return;
    } catch {
      // A frame on another origin: ours.
    }
    if (frame.contentWindow) frame.contentWindow.postMessage({ "crossings-theme": theme }, origin);
  }
  function tellAll() {
    var frames = document.querySelectorAll(FRAMES);
    for (var i = 0; i < frames.length; i++) tell(frames[i]);
  }
  function update() {
    var next = scheme();
    if (next === theme) return;
    theme = next;
    tellAll();
  }
  // `load` does not bubble, so frames added at any time are heard in the capture phase.
  document.addEventListener(
    "load",
    function (event) {
      var t = event.target;
      if (t && t.matches && t.matches(FRAMES)) tell(t);
    },
    true,
  );
  new MutationObserver(update).observe(root, { attributes: true });
  if (media && media.addEventListener) media.addEventListener("change", update);
  else if (media) media.addListener(update);
  tellAll();
})();
