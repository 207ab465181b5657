/**
 * Filters the actors chart by level and corridor: the `actor-filter` custom element.
 * Dims the chart rows whose level or corridors do not match the chosen values.
 * Imported by the `<script>` of src/components/ActorFilter.astro.
 */
class ActorFilter extends HTMLElement {
  connectedCallback() {
    const id = this.dataset["for"];
    const figure =
      this.closest(`figure[data-chart="${id}"]`) ?? document.querySelector(`figure[data-chart="${id}"]`);
    const level = this.querySelector<HTMLSelectElement>('select[name="level"]');
    const corridor = this.querySelector<HTMLSelectElement>('select[name="corridor"]');
    const live = this.querySelector<HTMLElement>("[aria-live]");
    if (!figure || !level || !corridor || !live) return;
    // Without JavaScript the filter stays hidden and the chart shows every row.
    this.hidden = false;
    const rows = [...figure.querySelectorAll<SVGGElement>("g.actor-row")];
    const apply = () => {
      let shown = 0;
      for (const row of rows) {
        const okLevel = !level.value || row.dataset["level"] === level.value;
        const okCorridor =
          !corridor.value || (row.dataset["corridors"] ?? "").split(" ").includes(corridor.value);
        row.classList.toggle("is-dimmed", !(okLevel && okCorridor));
        if (okLevel && okCorridor) shown++;
      }
      live.textContent = `${shown} of ${rows.length} actors match`;
    };
    level.addEventListener("change", apply);
    corridor.addEventListener("change", apply);
  }
}
if (!customElements.get("actor-filter")) customElements.define("actor-filter", ActorFilter);

// A module, so that its top-level names stay its own.
export {};
