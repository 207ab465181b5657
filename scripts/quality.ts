/**
 * npm run test:quality: checks over the built site that need no browser.
 * - links: linkinator crawls dist/ and fails on a broken internal link or #anchor (other sites are not fetched);
 * - validity: the Nu HTML Checker (vnu-jar, needs Java) reports no errors on any page;
 * - audit: `npm audit --omit=dev` has no high or critical advisory, except those in audit-allowlist.json,
 *   each with a reason and a review date (an expired review date fails the check).
 * Usage: tsx scripts/quality.ts [links|html|audit ...]   (default: all)
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const DIST = process.env["DIST"] ?? "dist";
const require = createRequire(import.meta.url);
const which = process.argv.slice(2);
const want = (k: string) => which.length === 0 || which.includes(k);
const failures: string[] = [];

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? 1, out: `${r.stdout ?? ""}${r.stderr ?? ""}`, stdout: r.stdout ?? "" };
}

// Links and HTML are checked on the build: without one they would check nothing and pass.
if ((want("links") || want("html")) && !existsSync(join(DIST, "index.html"))) {
  console.error(`test:quality: ${DIST}/index.html is missing: run \`npm run build\` first`);
  process.exit(1);
}

if (want("links")) {
  const bin = join("node_modules", "linkinator", "build", "src", "cli.js");
  const r = run(process.execPath, [
    bin,
    DIST,
    "--recurse",
    "--check-fragments",
    "--skip",
    "^https?://(?!localhost)",
    "--skip",
    "localhost:4321",
    "--format",
    "json",
  ]);
  let broken: { url: string; parent?: string; status?: number }[] = [];
  try {
    const report = JSON.parse(r.out.slice(r.out.indexOf("{"))) as {
      links: { url: string; parent?: string; state: string; status?: number }[];
    };
    broken = report.links.filter((l) => l.state === "BROKEN");
    console.log(`links: ${report.links.length} checked, ${broken.length} broken`);
  } catch {
    failures.push(`links: could not read linkinator's report:\n${r.out.slice(0, 2000)}`);
  }
  for (const b of broken) failures.push(`links: ${b.url} (${b.status ?? "?"}) on ${b.parent ?? "?"}`);
}

if (want("html")) {
  const jar = join(dirname(require.resolve("vnu-jar")), "build/dist/vnu.jar");
  const r = run("java", ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "gnu", DIST]);
  const errors = r.out.split("\n").filter((l) => l.includes(": error:") || l.includes(":error:"));
  console.log(`html: ${errors.length} error(s) from the Nu HTML Checker`);
  if (r.code !== 0 && errors.length === 0)
    failures.push(`html: the checker failed:\n${r.out.slice(0, 2000)}`);
  for (const e of errors) failures.push(`html: ${e}`);
}

if (want("audit")) {
  interface Allowed {
    advisory: string;
    reason: string;
    review: string;
  }
  const allow: Allowed[] = existsSync("audit-allowlist.json")
    ? (JSON.parse(readFileSync("audit-allowlist.json", "utf8")) as { allowed: Allowed[] }).allowed
    : [];
  const today = new Date().toISOString().slice(0, 10);
  for (const a of allow)
    if (a.review < today)
      failures.push(`audit: the allowlist entry for ${a.advisory} was due for review on ${a.review}`);
  const r = run("npm", ["audit", "--omit=dev", "--json"]);
  try {
    const report = JSON.parse(r.stdout) as {
      error?: { summary?: string };
      vulnerabilities?: Record<
        string,
        { severity: string; via: (string | { url?: string; title?: string })[] }
      >;
    };
    if (!report.vulnerabilities) throw new Error(report.error?.summary ?? "no report");
    const serious = Object.entries(report.vulnerabilities ?? {}).filter(
      ([, v]) => v.severity === "high" || v.severity === "critical",
    );
    for (const [name, v] of serious) {
      const urls = v.via.map((x) => (typeof x === "string" ? x : (x.url ?? x.title ?? ""))).filter(Boolean);
      const allowed =
        urls.length > 0 && urls.every((u) => allow.some((a) => a.advisory === u || a.advisory === name));
      if (!allowed) failures.push(`audit: ${v.severity} in ${name}: ${urls.join(", ")}`);
    }
    console.log(
      `audit: ${serious.length} high or critical advisories in production dependencies (${allow.length} allowlisted)`,
    );
  } catch (e) {
    // Some registries (mirrors, closed networks) do not offer the audit endpoint: say so, do not pretend.
    console.log(
      `audit: not run — the registry's audit endpoint did not answer (${String((e as Error).message).slice(0, 120)})`,
    );
  }
}

if (failures.length) {
  for (const f of failures) console.error(f);
  console.error(`test:quality: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log("test:quality: links, HTML validity and audit pass");
