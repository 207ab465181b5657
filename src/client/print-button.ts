/** A page's "Print" button: hidden until this script runs, since without it the button would do nothing. */
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
for (const row of document.querySelectorAll<HTMLElement>("[data-print-row]")) row.hidden = false;
