/*! Crossings embed.js (MIT). Sizes Crossings iframes to their content. No tracking, no cookies. */
(function () {
  "use strict";
  if (window.__crossingsEmbed) return;
  window.__crossingsEmbed = true;
  // Messages are obeyed only when they come from the site this script was loaded from.
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : null;
  if (!origin) return;
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object") return;
    var heights = data["datawrapper-height"];
    if (!heights || typeof heights !== "object") return;
    var frames = document.querySelectorAll("iframe[data-crossings-embed]");
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
})();
