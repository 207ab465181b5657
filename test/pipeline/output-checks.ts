/**
 * Checks over a built site that must hold whatever the data says: every SVG (files and the drawings inline in
 * pages) is well-formed XML, no page carries a script or an event handler that came from the data, and every
 * CSV is safe to open in a spreadsheet. Each returns a list of findings, empty when all is well, naming the
 * file and what is wrong, so that a failing test says exactly which output broke.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { SaxesParser } from "saxes";
import { parseHTML } from "linkedom";
import Papa from "papaparse";

export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith(ext)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The `<svg>…</svg>` fragments of an HTML page, outermost only, as written. */
export function inlineSvgs(html: string): string[] {
  const out: string[] = [];
  const tag = /<(\/?)svg\b[^>]*?(\/?)>/gi;
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(tag)) {
    const closing = m[1] === "/";
    const selfClosing = m[2] === "/";
    if (!closing) {
      if (depth === 0) start = m.index;
      if (!selfClosing) depth++;
      else if (depth === 0) out.push(m[0]);
    } else if (depth > 0) {
      depth--;
      if (depth === 0) out.push(html.slice(start, m.index + m[0].length));
    }
  }
  return out;
}

/**
 * Why an SVG text is not well-formed XML 1.0, or undefined when it is: saxes is a conforming (non-validating)
 * parser, so a raw `<` or `&` in an attribute, an undefined entity such as `&nbsp;` or an unclosed tag fails.
 */
export function xmlProblem(svg: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let first: string | undefined;
  parser.on("error", (e) => {
    first ??= e.message;
  });
  try {
    parser.write(svg).close();
  } catch (e) {
    first ??= String(e);
  }
  return first;
}

/** Every SVG file, and every SVG inline in an HTML page, that is not well-formed XML. */
export function svgFindings(dist: string): string[] {
  const findings: string[] = [];
  for (const f of filesUnder(dist, ".svg")) {
    const p = xmlProblem(readFileSync(f, "utf8"));
    if (p) findings.push(`${relative(dist, f)}: ${p}`);
  }
  for (const f of filesUnder(dist, ".html")) {
    inlineSvgs(readFileSync(f, "utf8")).forEach((svg, i) => {
      const p = xmlProblem(svg);
      if (p) findings.push(`${relative(dist, f)} (inline SVG ${i + 1}): ${p}`);
    });
  }
  return findings;
}

/**
 * Markup from the data that a page would run: a script whose text holds `marker`, an element with an
 * `onerror` attribute, the raw `<script>` or `onerror=` of the hostile text outside an escaped context.
 */
export function htmlFindings(dist: string, marker: string): string[] {
  const findings: string[] = [];
  for (const f of filesUnder(dist, ".html")) {
    const html = readFileSync(f, "utf8");
    const name = relative(dist, f);
    const { document } = parseHTML(html);
    for (const s of document.querySelectorAll("script")) {
      if ((s.textContent ?? "").includes(marker))
        findings.push(`${name}: a <script> runs text from the data`);
    }
    for (const e of document.querySelectorAll("*")) {
      for (const a of Array.from(e.attributes)) {
        if (/^on/i.test(a.name)) findings.push(`${name}: <${e.localName}> has an ${a.name} attribute`);
      }
    }
    if (document.querySelector('img[src="x"]')) findings.push(`${name}: an <img> from the data was rendered`);
    if (html.includes(`<script>alert(`)) findings.push(`${name}: raw <script>alert( in the page`);
    if (/<img src=x onerror/i.test(html)) findings.push(`${name}: raw <img … onerror in the page`);
  }
  return findings;
}

/** A cell a spreadsheet would run: it starts with = + - @ tab or CR and is not a plain number. */
export const formulaLike = (cell: string): boolean =>
  /^[=+\-@\t\r]/.test(cell) && !/^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(cell);

/** Every CSV cell that a spreadsheet would run as a formula, and every CSV that does not parse. */
export function csvFindings(dist: string): string[] {
  const findings: string[] = [];
  for (const f of filesUnder(dist, ".csv")) {
    const name = relative(dist, f);
    const parsed = Papa.parse<string[]>(readFileSync(f, "utf8"), { skipEmptyLines: true, delimiter: "," });
    if (parsed.errors.length) findings.push(`${name}: ${parsed.errors[0]!.message}`);
    parsed.data.forEach((row, i) => {
      for (const cell of row)
        if (formulaLike(cell))
          findings.push(`${name}:${i + 1}: formula cell ${JSON.stringify(cell.slice(0, 40))}`);
    });
  }
  return findings;
}
