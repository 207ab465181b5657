/**
 * The 404 page names the chart or map id the address asked for: the `not-found-hint` custom element.
 * Imported by the `<script>` of src/components/NotFoundHint.astro.
 */
class NotFoundHint extends HTMLElement {
  connectedCallback() {
    const m = /^(?:\/[a-z]{2})?\/(charts|embed)\/([^/]{1,200})/.exec(location.pathname);
    // The lead of this hint's own block (the page says it once per language), else the page's one lead.
    const p =
      this.parentElement?.querySelector("[data-not-found-lead]") ??
      document.querySelector("[data-not-found]");
    if (!m || !p) return;
    let id = m[2] ?? "";
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it encoded */
    }
    p.textContent = (this.dataset["message"] ?? "{id}").replace("{id}", id.slice(0, 80));
  }
}
if (!customElements.get("not-found-hint")) customElements.define("not-found-hint", NotFoundHint);

// A module, so that its top-level names stay its own.
export {};
