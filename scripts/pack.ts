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
import { deflateRawSync, inflateRawSync } from "node:zlib";

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

// ---------- A small, dependency-free zip writer (and reader, for tests) ----------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as zip wants it. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// A fixed timestamp (2024-01-01 00:00) keeps two packs of the same build byte-identical.
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/** Writes a zip (deflate where it helps, else stored) of the files, in the given order. */
export function zip(files: readonly PackedFile[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.path, "utf8");
    const deflated = deflateRawSync(f.data, { level: 9 });
    const store = deflated.length >= f.data.length;
    const body = store ? f.data : deflated;
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(store ? 0 : 8, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(f.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Reads a zip written by `zip()` (stored or deflated entries), checking each CRC. */
export function unzip(buf: Buffer): PackedFile[] {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip: no end of central directory");
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const files: PackedFile[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const at = buf.readUInt32LE(p + 42);
    const path = buf.toString("utf8", p + 46, p + 46 + nameLen);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const body = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    if (crc32(data) !== crc) throw new Error(`${path}: CRC mismatch`);
    files.push({ path, data });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** Writes the files under `root` (made if missing). */
export function extract(files: readonly PackedFile[], root: string): void {
  for (const f of files) {
    const to = resolve(root, f.path);
    if (!to.startsWith(resolve(root))) throw new Error(`${f.path}: outside the folder`);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, f.data);
  }
}

async function main(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    console.error("pack: dist/index.html is missing; run `npm run build` first");
    process.exit(1);
  }
  const files = (await offlineFiles(dist)).map((f) => ({ ...f, path: `${FOLDER}/${f.path}` }));
  const buf = zip(files);
  const outDir = join(root, "offline");
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, "crossings-offline.zip");
  writeFileSync(out, buf);
  console.log(
    `pack: ${files.length} files, ${(buf.length / 1024 / 1024).toFixed(1)} MB → offline/crossings-offline.zip`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
