/**
 * Tooltips and keyboard focus for a server-rendered figure: the `chart-tips` custom element.
 * Tooltips on hover and keyboard focus, read from the SVG's data-tip attributes. Arrow keys walk the marks
 * that are visible (on a map: places and routes first), Enter or a click pins a tooltip, Escape unpins it.
 * Imported by the `<script>` of src/components/Chart.astro.
 */
import { PLACE_KINDS } from "../lib/data/place-kinds.ts";

const PLACES: readonly string[] = PLACE_KINDS;
const ORDER = ["route", "twin-towns", "border-segment", "admin1", "country"];
const rank = (el: Element) => {
  const kind = el.getAttribute("data-kind") ?? "";
  if (PLACES.includes(kind)) return 0;
  const i = ORDER.indexOf(kind);
  return i < 0 ? ORDER.length + 1 : i + 1;
};

class ChartTips extends HTMLElement {
  #index = -1;
  #pinned: SVGElement | null = null;
  connectedCallback() {
    const tip = this.querySelector<HTMLElement>(".chart-tip");
    const live = this.querySelector<HTMLElement>("[aria-live]");
    if (!tip || !live) return;
    for (const svg of this.querySelectorAll("svg")) this.#wire(svg, tip, live);
  }
  #wire(svg: SVGSVGElement, tip: HTMLElement, live: HTMLElement) {
    const all = [...svg.querySelectorAll<SVGElement>("[data-tip]")];
    if (!all.length) return;
    // Only what can be seen is offered to the keyboard; stable sort keeps document order within a kind.
    const visible = () =>
      all.filter((el) => getComputedStyle(el).visibility !== "hidden").sort((x, y) => rank(x) - rank(y));
    const show = (el: SVGElement, announce: boolean) => {
      for (const t of all) t.classList.toggle("is-active", t === el);
      tip.textContent = el.getAttribute("data-tip");
      tip.hidden = false;
      const box = el.getBoundingClientRect();
      const host = this.getBoundingClientRect();
      const left = Math.min(
        Math.max(0, box.left - host.left + box.width / 2 - 80),
        Math.max(0, host.width - 180),
      );
      tip.style.left = `${left}px`;
      tip.style.top = `${box.bottom - host.top + 6}px`;
      if (announce) live.textContent = el.getAttribute("data-tip");
    };
    const hide = (force = false) => {
      if (this.#pinned && !force) return show(this.#pinned, false);
      this.#pinned = null;
      tip.hidden = true;
      for (const t of all) t.classList.remove("is-active");
    };
    svg.addEventListener("pointerover", (e) => {
      const el = (e.target as Element).closest<SVGElement>("[data-tip]");
      if (el && !this.#pinned) show(el, false);
    });
    svg.addEventListener("pointerleave", () => hide());
    svg.addEventListener("click", (e) => {
      const el = (e.target as Element).closest<SVGElement>("[data-tip]");
      this.#pinned = el && el !== this.#pinned ? el : null;
      if (el && this.#pinned) show(el, true);
      else hide(true);
    });
    svg.addEventListener("focus", () => {
      const targets = visible();
      if (!targets.length) return;
      this.#index = Math.min(Math.max(0, this.#index), targets.length - 1);
      show(targets[this.#index]!, true);
    });
    svg.addEventListener("blur", () => hide(true));
    svg.addEventListener("keydown", (e) => {
      const targets = visible();
      if (!targets.length) return;
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
      if (e.key === "Escape") return hide(true);
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        const current = targets[Math.max(0, this.#index)]!;
        this.#pinned = this.#pinned === current ? null : current;
        return show(current, true);
      }
      if (e.key === "Home") this.#index = 0;
      else if (e.key === "End") this.#index = targets.length - 1;
      else if (step) this.#index = (this.#index + step + targets.length) % targets.length;
      else return;
      e.preventDefault();
      this.#pinned = null;
      show(targets[this.#index]!, true);
    });
  }
}
if (!customElements.get("chart-tips")) customElements.define("chart-tips", ChartTips);
