/**
 * Copies an element's text (the embed code): the `copy-button` custom element.
 * Imported by the `<script>` of src/components/CopyButton.astro.
 */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector("button");
    const target = document.getElementById(this.dataset["target"] ?? "");
    if (!button || !target || !navigator.clipboard) return;
    button.hidden = false;
    const label = button.textContent;
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(target.textContent ?? "");
      button.textContent = this.dataset["copied"] ?? "";
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
if (!customElements.get("copy-button")) customElements.define("copy-button", CopyButton);

// A module, so that its top-level names stay its own.
export {};
