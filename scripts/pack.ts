/**
 * The offline copy: dist/ rewritten so that it opens from a USB stick by double-clicking index.html, with
 * no server and no network, zipped to offline/crossings-offline.zip.
 *
 * Chromium runs no `type="module"` script from file://, and a link to `charts/` opens a directory listing
 * from disk. So each page's module scripts (Astro emits nothing else) are bundled with esbuild into one
 * classic IIFE loaded with `defer`, and every root-relative URL in HTML and CSS becomes a relative one that
 * ends in index.html. The Content-Security-Policy meta stays: the bundles are same-folder files.
 *
 * Run after a build: `npm run build && tsx scripts/pack.ts`.
 */
import { build, type Plugin } from "esbuild";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { zipSync, type Zippable } from "fflate";

export interface PackedFile {
  /** POSIX path inside the copy, e.g. `present/index.html`. */
  path: string;
  data: Buffer;
}

/** The folder the zip unpacks to; a teacher opens `crossings-offline/index.html`. */
export const FOLDER = "crossings-offline";
/** Where the bundled classic scripts go inside the copy. */
const SCRIPTS = "_offline";

const README = `Crossings, offline copy
=======================

Open index.html in this folder (double-click it) to read the essay in your web browser.
No internet connection is needed: every page, figure, the slides and the exercise work from here.

  index.html                 the essay
  present/index.html         the slides (arrow keys or a clicker; S opens the speaker view)
  present/handout/index.html the handout, to print or save as PDF
  exercise/index.html        the exercise "Trafficking or smuggling?"
  teach/index.html           for teachers: lesson plan and discussion questions

Answers to the exercise are kept only in this browser on this computer.

हिन्दी में: hi/index.html (निबंध), hi/present/index.html (स्लाइड), hi/present/handout/index.html (हैंडआउट),
hi/exercise/index.html (अभ्यास), hi/teach/index.html (शिक्षकों के लिए).
`;

/** Every file under a folder, as POSIX paths relative to it, sorted so the zip is the same on every run. */
function walk(root: string, dir = ""): string[] {
  return readdirSync(join(root, dir))
    .sort()
    .flatMap((name) => {
      const rel = dir ? `${dir}/${name}` : name;
      return statSync(join(root, rel)).isDirectory() ? walk(root, rel) : [rel];
    });
}

/** A root-relative URL (`/charts/?x#y`) as a path relative to `fromFile`, pointing at a file (index.html). */
export function relativeUrl(url: string, fromFile: string, files: ReadonlySet<string>): string {
  const [, pathPart = "", rest = ""] = /^([^?#]*)(.*)$/s.exec(url) ?? [];
  let target = decodeURI(pathPart).replace(/^\/+/, "");
  if (target === "" || target.endsWith("/")) target += "index.html";
  else if (!files.has(target) && files.has(`${target}/index.html`)) target += "/index.html";
  const rel = posix.relative(posix.dirname(fromFile), target) || posix.basename(target);
  return encodeURI(rel) + rest;
}

const ATTR = /(\s(?:href|src|action|poster|data-src)=)(["'])(\/(?!\/)[^"']*)\2/g;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** Resolves `/_astro/…` imports in Astro's scripts to files in dist/. */
const distImports = (dist: string): Plugin => ({
  name: "dist-imports",
  setup(b) {
    b.onResolve({ filter: /^\/[^/]/ }, (args) => {
      const file = join(dist, args.path);
      return existsSync(file) ? { path: file } : undefined;
    });
  },
});

/** Bundles a page's module scripts (in document order) into one classic script. */
async function bundle(
  dist: string,
  tmp: string,
  scripts: { src?: string; code?: string }[],
): Promise<string> {
  const lines = scripts.map((s, i) => {
    if (s.src) return `import ${JSON.stringify(s.src)};`;
    const file = join(
      tmp,
      `inline-${createHash("sha256")
        .update(s.code ?? "")
        .digest("hex")
        .slice(0, 16)}-${i}.js`,
    );
    writeFileSync(file, s.code ?? "");
    return `import ${JSON.stringify(file)};`;
  });
  const out = await build({
    stdin: { contents: lines.join("\n"), resolveDir: tmp, loader: "js" },
    bundle: true,
    format: "iife",
    write: false,
    minify: true,
    target: "es2020",
    legalComments: "none",
    logLevel: "silent",
    plugins: [distImports(dist)],
  });
  return out.outputFiles[0]!.text;
}

/** The copy's files: dist/ with HTML and CSS rewritten, the bundles added, and a README. */
export async function offlineFiles(distDir: string): Promise<PackedFile[]> {
  const dist = resolve(distDir);
  const paths = walk(dist);
  const files = new Set(paths);
  const out: PackedFile[] = [];
  const bundles = new Map<string, string>();
  const tmp = mkdtempSync(join(tmpdir(), "crossings-pack-"));
  try {
    for (const path of paths) {
      const raw = readFileSync(join(dist, path));
      if (path.endsWith(".html")) {
        let html = raw.toString("utf8");
        const modules: { src?: string; code?: string }[] = [];
        html = html.replace(SCRIPT, (tag, attrs: string, code: string) => {
          if (!/\btype=["']?module\b/.test(attrs)) return tag;
          const src = /\bsrc=["']([^"']+)["']/.exec(attrs)?.[1];
          modules.push(src ? { src } : { code });
          return "";
        });
        if (modules.length) {
          const js = await bundle(dist, tmp, modules).catch((e: unknown) => {
            throw new Error(
              `pack: could not bundle the scripts of ${path}: ${e instanceof Error ? e.message : String(e)}`,
            );
          });
          const name = `${SCRIPTS}/${createHash("sha256").update(js).digest("hex").slice(0, 12)}.js`;
          bundles.set(name, js);
          const tag = `<script defer src="/${name}"></script>`;
          html = html.includes("</head>") ? html.replace("</head>", `${tag}</head>`) : tag + html;
        }
        html = html.replace(
          ATTR,
          (_m, attr: string, q: string, url: string) => `${attr}${q}${relativeUrl(url, path, files)}${q}`,
        );
        out.push({ path, data: Buffer.from(html, "utf8") });
      } else if (path.endsWith(".css")) {
        const css = raw
          .toString("utf8")
          .replace(
            /url\((["']?)(\/(?!\/)[^"')]+)\1\)/g,
            (_m, q: string, url: string) => `url(${q}${relativeUrl(url, path, files)}${q})`,
          );
        out.push({ path, data: Buffer.from(css, "utf8") });
      } else {
        out.push({ path, data: raw });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const [path, js] of [...bundles].sort(([a], [b]) => a.localeCompare(b)))
    out.push({ path, data: Buffer.from(js, "utf8") });
  out.push({ path: "README.txt", data: Buffer.from(README, "utf8") });
  return out;
}

// ---------- The archive: fflate, deterministic, with safe entry names ----------

/**
 * Why an entry name is unsafe to unpack, or null when it is fine: a name must be a relative POSIX path inside
 * the archive's folder, so no `..` segment, no absolute path or drive letter, no backslash, no empty segment and
 * no control character (an unzip tool could otherwise write outside the folder it was given).
 */
export function unsafeEntryName(name: string): string | null {
  if (name === "") return "an empty name";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return "a control character";
  if (name.includes("\\")) return "a backslash";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "an absolute path";
  const segments = name.split("/");
  if (segments.includes("..")) return "a `..` segment";
  if (segments.slice(0, -1).some((s) => s === "" || s === ".") || segments.at(-1) === ".")
    return "an empty or `.` segment";
  return null;
}

/** Throws, naming the entry, when a name is unsafe (see unsafeEntryName). */
export function checkEntryName(name: string): void {
  const why = unsafeEntryName(name);
  if (why) throw new Error(`zip entry "${name}" is refused: it has ${why}`);
}

/** One fixed time for every entry (2024-01-01 00:00, in the DOS fields zip stores), so packs are reproducible. */
const MTIME = new Date(2024, 0, 1, 0, 0, 0);
/** Already compressed: stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|br)$/i;

/**
 * Writes a zip of the files with fflate: entries sorted by name, one fixed modification time, deflate level 9
 * (stored for formats that are already compressed). The same files give the same bytes on every machine.
 * Refuses an unsafe or duplicate entry name.
 */
export function zip(files: readonly PackedFile[]): Buffer {
  const entries: Zippable = {};
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    checkEntryName(f.path);
    if (Object.hasOwn(entries, f.path)) throw new Error(`zip entry "${f.path}" is listed twice`);
    entries[f.path] = [new Uint8Array(f.data), { level: STORED.test(f.path) ? 0 : 9 }];
  }
  return Buffer.from(zipSync(entries, { mtime: MTIME }));
}

/** The offline copy as a zip, every path under FOLDER: what `npm run pack` writes. */
export async function offlineZip(distDir: string): Promise<Buffer> {
  return zip((await offlineFiles(distDir)).map((f) => ({ ...f, path: `${FOLDER}/${f.path}` })));
}

async function main(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    console.error("pack: dist/index.html is missing; run `npm run build` first");
    process.exit(1);
  }
  const buf = await offlineZip(dist);
  const outDir = join(root, "offline");
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, "crossings-offline.zip");
  writeFileSync(out, buf);
  console.log(`pack: ${(buf.length / 1024 / 1024).toFixed(1)} MB → offline/crossings-offline.zip`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
