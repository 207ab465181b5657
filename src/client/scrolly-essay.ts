/**
 * The essay's scrollytelling: the `scrolly-essay` custom element.
 * Imported by the `<script>` of src/components/Scrolly.astro.
 */
class ScrollyEssay extends HTMLElement {
  #current = "";
  #active: HTMLElement | null = null;
  #restoring = false;

  connectedCallback() {
    const graphic = this.querySelector<HTMLElement>(".scrolly-graphic");
    const position = this.querySelector<HTMLElement>(".scrolly-position");
    const live = this.querySelector<HTMLElement>("[data-step-live]");
    const steps = [...this.querySelectorAll<HTMLElement>("section[data-step]")];
    if (!graphic || !position || !live || !steps.length || !("IntersectionObserver" in window)) return;
    this.classList.add("is-live");
    const chapters = [...this.querySelectorAll<HTMLElement>("article.chapter")];
    const reduce = matchMedia("(prefers-reduced-motion: reduce)");

    const show = (step: HTMLElement) => {
      const id = step.dataset["show"] ?? "";
      if (id === this.#current) return;
      const fig = step.querySelector<HTMLElement>(".step-figure figure");
      if (!fig) return;
      const copy = fig.cloneNode(true) as HTMLElement;
      copy.querySelector("details")?.remove();
      // A reused drawing becomes a real copy here, so that its marks answer the pointer and keyboard.
      for (const use of copy.querySelectorAll<SVGUseElement>("use[data-reuse]")) {
        const original = document.getElementById(use.dataset["reuse"] ?? "");
        if (original) use.replaceWith(original.cloneNode(true));
      }
      // A shared map drawing carries no highlights: put back this state's.
      for (const svg of copy.querySelectorAll<SVGSVGElement>("svg[data-highlight]")) {
        const ids = (svg.dataset["highlight"] ?? "").split(" ").filter(Boolean);
        if (!ids.length) continue;
        svg.classList.add("has-hl");
        for (const el of svg.querySelectorAll<SVGElement>("[data-id]")) {
          if (ids.includes(el.dataset["id"] ?? "")) el.classList.add("is-hl");
        }
      }
      // Ids must stay unique in the page: the copy's get a suffix.
      for (const el of copy.querySelectorAll<HTMLElement>("[id]")) el.id = `${el.id}-live`;
      for (const el of copy.querySelectorAll<HTMLElement>("[aria-labelledby]")) {
        el.setAttribute("aria-labelledby", `${el.getAttribute("aria-labelledby")}-live`);
      }
      // Two states of one map: no fade; the new view box grows out of the old one.
      const before = graphic.querySelector<SVGSVGElement>("svg.map[data-frame]");
      const after = copy.querySelector<SVGSVGElement>("svg.map[data-frame]");
      const sameFrame = before && after && before.dataset["frame"] === after.dataset["frame"];
      if (sameFrame && !reduce.matches) {
        const from = before.viewBox.baseVal;
        const to = after
          .getAttribute("viewBox")!
          .split(/[\s,]+/)
          .map(Number);
        const start = [from.x, from.y, from.width, from.height];
        if (start.some((v, i) => Math.abs(v - to[i]!) > 0.5)) {
          const t0 = performance.now();
          after.setAttribute("viewBox", start.join(" "));
          const tick = (now: number) => {
            const k = Math.min(1, (now - t0) / 600);
            const e = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
            after.setAttribute("viewBox", start.map((v, i) => v + (to[i]! - v) * e).join(" "));
            if (k < 1) requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }
      }
      const swap = () => {
        graphic.replaceChildren(copy);
        graphic.dataset["showing"] = id;
        if (fig.dataset["kind"] === "map") graphic.dataset["mapState"] = id;
        else delete graphic.dataset["mapState"];
        graphic.classList.remove("is-leaving");
      };
      if (reduce.matches || sameFrame || !graphic.firstElementChild) swap();
      else {
        graphic.classList.add("is-leaving");
        setTimeout(swap, 150);
      }
      this.#current = id;
      live.textContent = `Figure: ${fig.querySelector(".chart-title")?.textContent ?? ""}`;
    };

    const activate = (step: HTMLElement, how: "push" | "replace" | "none") => {
      if (step === this.#active) return;
      this.#active = step;
      show(step);
      for (const s of steps) s.classList.toggle("is-active", s === step);
      const chapter = step.closest<HTMLElement>("article.chapter");
      const n = chapter ? chapters.indexOf(chapter) + 1 : 0;
      position.textContent = n ? `Chapter ${n} of ${chapters.length}` : "";
      if (how === "none" || this.#restoring || location.hash === `#${step.id}`) return;
      if (how === "push") history.pushState({ step: step.id }, "", `#${step.id}`);
      else history.replaceState({ step: step.id }, "", `#${step.id}`);
    };

    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) activate(e.target as HTMLElement, "push");
      },
      { rootMargin: "-45% 0px -50% 0px" },
    );
    for (const s of steps) io.observe(s);

    // Back and Forward: go to the step the address names.
    const fromHash = () => {
      const step = steps.find((s) => `#${s.id}` === location.hash);
      if (!step) return;
      this.#restoring = true;
      step.scrollIntoView({ block: "start" });
      activate(step, "none");
      setTimeout(() => (this.#restoring = false), 300);
    };
    addEventListener("popstate", fromHash);
    const start = steps.find((s) => `#${s.id}` === location.hash);
    if (start) fromHash();
    else activate(steps[0]!, "none");
  }
}
if (!customElements.get("scrolly-essay")) customElements.define("scrolly-essay", ScrollyEssay);

// A module, so that its top-level names stay its own.
export {};
