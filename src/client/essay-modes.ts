/**
 * The essay's reading modes and what the device remembers of them: shared by the island (src/client/essay.ts) and
 * by the page, which sets the remembered mode before the first paint with a small inline script whose hash the
 * page adds to its Content-Security-Policy.
 */
export type Mode = "scroll" | "steps" | "stacked";
export const MODES: readonly Mode[] = ["scroll", "steps", "stacked"];
/** localStorage keys. */
export const MODE_KEY = "crossings:reading-mode";
export const HINT_KEY = "crossings:reading-hint-dismissed";

export const isMode = (v: string | null | undefined): v is Mode => MODES.includes(v as Mode);

/**
 * The inline script that puts the remembered mode on `<html data-reading-mode>` before the page is painted, so that
 * a reader who lands on `/#<step>` sees the layout they chose at once. If the island has not started by the time the
 * page has loaded (an old browser, a script that failed), it falls back to text with figures, which needs no script.
 */
export const prePaintScript = (): string =>
  `(function(){var d=document.documentElement,m="scroll";` +
  `if(!("IntersectionObserver" in window))return;` +
  `try{var s=localStorage.getItem(${JSON.stringify(MODE_KEY)});` +
  `if(${JSON.stringify(MODES)}.indexOf(s)>=0)m=s}catch(e){}` +
  `d.setAttribute("data-reading-mode",m);` +
  `addEventListener("load",function(){if(!customElements.get("scrolly-essay"))d.setAttribute("data-reading-mode","stacked")})})()`;
