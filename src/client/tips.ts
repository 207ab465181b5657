/**
 * Tooltips for a server-rendered figure: the `chart-tips` custom element, imported by the `<script>` of
 * src/components/Chart.astro. It reads the `data-tip` attributes already in the SVG; no chart code reaches the
 * browser.
 * - Pointer: hovering shows a tooltip beside the mark; a click pins it, a second click lets it go.
 * - Keyboard: focus the drawing, arrow keys walk the visible marks (on a map: places and routes first), Enter pins,
 *   Escape lets go.
 * - Touch: a tap pins the mark's details in a sheet at the bottom of the screen (or the top, when the mark is low),
 *   which never covers the mark; a tap elsewhere, the close button or Escape closes it.
 * A figure that reuses a drawing (`<use>`) gets a real copy when it comes near the screen, so that its marks answer
 * too. The tooltip, the live region and the sheet are made on first use, to keep the page's element count low.
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

let copies = 0;

/**
 * Gives every id under `root` (and `root`'s own) a suffix, and follows the change in the references to them
 * (`url(#id)`, `href="#id"`, `aria-labelledby`), so that a copy of a drawing or a figure keeps ids unique.
 */
export function renameIds(root: Element, suffix: string): void {
  const renamed = new Map<string, string>();
  for (const el of [root, ...root.querySelectorAll("[id]")]) {
    if (!el.id) continue;
    renamed.set(el.id, el.id + suffix);
    el.id += suffix;
  }
  if (!renamed.size) return;
  for (const el of [root, ...root.querySelectorAll("*")]) {
    for (const a of [...el.attributes]) {
      if (a.name === "id" || a.name.startsWith("data-")) continue;
      let v = a.value;
      if (v.includes("#"))
        v = v.replace(/#([\w-]+)/g, (m, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : m));
      if (a.name === "aria-labelledby" || a.name === "aria-describedby")
        v = v
          .split(/\s+/)
          .map((id) => renamed.get(id) ?? id)
          .join(" ");
      if (v !== a.value) el.setAttribute(a.name, v);
    }
  }
}

/**
 * Replaces each `<use data-reuse>` under `root` with a real copy of the drawing it points at, with ids made unique,
 * and puts back the highlights of a map state (`data-highlight`), which a shared drawing leaves out.
 */
export function materialize(root: Element): void {
  for (const use of root.querySelectorAll<SVGUseElement>("use[data-reuse]")) {
    const original = document.getElementById(use.dataset["reuse"] ?? "");
    if (!original) continue;
    const copy = original.cloneNode(true) as Element;
    renameIds(copy, `-c${++copies}`);
    use.replaceWith(copy);
  }
  const svgs = root.matches("svg[data-highlight]")
    ? [root]
    : [...root.querySelectorAll<SVGSVGElement>("svg[data-highlight]")];
  for (const svg of svgs) {
    const ids = (svg.getAttribute("data-highlight") ?? "").split(" ").filter(Boolean);
    if (!ids.length) continue;
    svg.classList.add("has-hl");
    for (const el of svg.querySelectorAll<SVGElement>("[data-id]"))
      if (ids.includes(el.getAttribute("data-id") ?? "")) el.classList.add("is-hl");
  }
}

/** Real copies for reused drawings that come near the screen (in any reading mode that shows them in place). */
let nearScreen: IntersectionObserver | undefined;
const watchCopies = (el: Element) => {
  nearScreen ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        nearScreen!.unobserve(e.target);
        materialize(e.target);
      }
    },
    { rootMargin: "100% 0px" },
  );
  nearScreen.observe(el);
};

/** One polite live region for the page's figures, made when first needed. */
let liveRegion: HTMLElement | undefined;
const live = (): HTMLElement => {
  if (!liveRegion) {
    liveRegion = document.createElement("p");
    liveRegion.className = "visually-hidden";
    liveRegion.setAttribute("aria-live", "polite");
    document.body.append(liveRegion);
  }
  return liveRegion;
};
const announce = (text: string) => {
  const region = live();
  // A region that has just been made is not yet watched by every screen reader: speak a moment later.
  setTimeout(() => (region.textContent = text), 60);
};

/** The touch sheet: one per page, made on the first tap. */
interface Sheet {
  el: HTMLElement;
  text: HTMLElement;
  close(): void;
  owner: ChartTips | null;
}
let sheet: Sheet | undefined;

function getSheet(label: string, closeLabel: string): Sheet {
  if (sheet) return sheet;
  const el = document.createElement("div");
  el.className = "tip-sheet";
  el.hidden = true;
  el.setAttribute("role", "dialog");
  el.setAttribute("aria-label", label);
  el.setAttribute("data-tip-sheet", "");
  const text = document.createElement("p");
  text.className = "tip-sheet-text";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "tip-sheet-close";
  button.textContent = closeLabel;
  el.append(text, button);
  document.body.append(el);
  const s: Sheet = {
    el,
    text,
    owner: null,
    close() {
      if (el.hidden) return;
      el.hidden = true;
      s.owner?.unpin();
      s.owner = null;
    },
  };
  button.addEventListener("click", () => s.close());
  // A tap anywhere but on the sheet or on a mark (which pins that mark instead) closes it.
  document.addEventListener(
    "pointerdown",
    (e) => {
      const t = e.target as Element | null;
      if (el.hidden || !t || el.contains(t) || t.closest?.("[data-tip]")) return;
      s.close();
    },
    true,
  );
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") s.close();
  });
  return (sheet = s);
}

/** Places the sheet at the bottom of the screen, or the top, so that it covers none of `mark`. */
function placeSheet(s: Sheet, mark: Element) {
  const el = s.el;
  el.classList.remove("is-top");
  el.style.maxHeight = "";
  const m = mark.getBoundingClientRect();
  const vh = window.innerHeight;
  const h = el.getBoundingClientRect().height;
  const gap = 8;
  const below = vh - m.bottom - gap;
  const above = m.top - gap;
  if (h <= below) return;
  if (h <= above) {
    el.classList.add("is-top");
    return;
  }
  // Neither side holds it whole: the roomier side, scrolling inside.
  if (above > below) el.classList.add("is-top");
  el.style.maxHeight = `${Math.max(48, Math.max(above, below))}px`;
}

class ChartTips extends HTMLElement {
  #index = -1;
  #pinned: SVGElement | null = null;
  #tip: HTMLElement | null = null;
  #pointer = "mouse";

  connectedCallback() {
    for (const svg of this.querySelectorAll("svg")) this.#wire(svg);
    if (this.querySelector("use[data-reuse]") && !this.closest(".scrolly-graphic")) watchCopies(this);
  }

  /** Lets go of a mark pinned from the sheet. */
  unpin() {
    this.#pinned = null;
    for (const t of this.querySelectorAll("[data-tip].is-active")) t.classList.remove("is-active");
  }

  #tooltip(): HTMLElement {
    if (!this.#tip) {
      this.#tip = document.createElement("div");
      this.#tip.className = "chart-tip";
      this.#tip.setAttribute("role", "tooltip");
      this.#tip.hidden = true;
      this.append(this.#tip);
    }
    return this.#tip;
  }

  #wire(svg: SVGSVGElement) {
    // Marks are looked up when needed: a reused drawing becomes real only near the screen.
    const all = () => [...svg.querySelectorAll<SVGElement>("[data-tip]")];
    // Only what can be seen is offered to the keyboard; a stable sort keeps document order within a kind.
    const visible = () =>
      all()
        .filter((el) => getComputedStyle(el).visibility !== "hidden")
        .sort((x, y) => rank(x) - rank(y));
    const activate = (el: SVGElement | null) => {
      for (const t of all()) t.classList.toggle("is-active", t === el);
    };
    const show = (el: SVGElement, speak: boolean) => {
      activate(el);
      const tip = this.#tooltip();
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
      if (speak) announce(el.getAttribute("data-tip") ?? "");
    };
    const hide = (force = false) => {
      if (this.#pinned && !force) return show(this.#pinned, false);
      this.#pinned = null;
      if (this.#tip) this.#tip.hidden = true;
      activate(null);
    };
    const sheetFor = (el: SVGElement) => {
      const s = getSheet(this.dataset["sheet"] ?? "", this.dataset["close"] ?? "");
      if (s.owner && s.owner !== this) s.owner.unpin();
      s.owner = this;
      this.#pinned = el;
      if (this.#tip) this.#tip.hidden = true;
      activate(el);
      s.text.textContent = el.getAttribute("data-tip");
      s.el.hidden = false;
      placeSheet(s, el);
      announce(el.getAttribute("data-tip") ?? "");
    };
    svg.addEventListener("pointerdown", (e) => (this.#pointer = e.pointerType));
    svg.addEventListener("pointerover", (e) => {
      if (e.pointerType === "touch") return;
      const el = (e.target as Element).closest<SVGElement>("[data-tip]");
      if (el && !this.#pinned) show(el, false);
    });
    svg.addEventListener("pointerleave", (e) => {
      if (e.pointerType !== "touch" && sheet?.owner !== this) hide();
    });
    svg.addEventListener("click", (e) => {
      const el = (e.target as Element).closest<SVGElement>("[data-tip]");
      const type = (e as PointerEvent).pointerType || this.#pointer;
      if (type === "touch") {
        if (el) sheetFor(el);
        else sheet?.close();
        return;
      }
      this.#pinned = el && el !== this.#pinned ? el : null;
      if (el && this.#pinned) show(el, true);
      else hide(true);
    });
    svg.addEventListener("focus", () => {
      // A tap or a click also focuses the drawing: only keyboard focus starts the walk through its marks.
      if (!svg.matches(":focus-visible")) return;
      const targets = visible();
      if (!targets.length) return;
      this.#index = Math.min(Math.max(0, this.#index), targets.length - 1);
      show(targets[this.#index]!, true);
    });
    svg.addEventListener("blur", () => {
      if (sheet?.owner === this && !sheet.el.hidden) return;
      hide(true);
    });
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
