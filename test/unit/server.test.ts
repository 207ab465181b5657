/**
 * The static server of the browser tests and the bench (test/browser/server.ts), on a small site beside a
 * sibling folder whose name starts with the site's: it serves files and directory indexes, gzips text, answers
 * unknown paths with 404.html, reaches nothing outside its root however the path is encoded, and answers
 * broken percent-encoding with 400 without falling over.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, type Served } from "../browser/server.ts";

let tmp = "";
let site: Served;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "crossings-server-"));
  const put = (path: string, body: string) => {
    mkdirSync(join(tmp, path, ".."), { recursive: true });
    writeFileSync(join(tmp, path), body);
  };
  put("dist/index.html", "<!doctype html><title>home</title>");
  put("dist/404.html", "<!doctype html><title>not here</title>");
  put("dist/charts/index.html", "<!doctype html><title>charts</title>");
  put("dist/data/x.csv", "id,value\n" + "a,1\n".repeat(500));
  put("dist-secret/x", "SECRET");
  put("dist-secret/index.html", "SECRET");
  put("secret.txt", "SECRET");
  site = await serve(join(tmp, "dist"));
});
afterAll(async () => {
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET with the path sent exactly as written (fetch would normalise `..` and some escapes away). */
const get = (path: string, headers: Record<string, string> = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: site.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString("utf8") });
      });
    });
    req.on("error", reject);
    req.end();
  });

describe("the test server", () => {
  it("serves files and directory indexes, with types", async () => {
    const home = await get("/");
    expect(home.status).toBe(200);
    expect(home.body).toContain("<title>home</title>");
    expect(home.headers["content-type"]).toMatch(/^text\/html/);
    expect((await get("/charts/")).body).toContain("<title>charts</title>");
    expect((await get("/charts/index.html")).body).toContain("<title>charts</title>");
    const csv = await get("/data/x.csv");
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
  });

  it("gzips text when the client accepts it, as a host would", async () => {
    const r = await get("/data/x.csv", { "Accept-Encoding": "gzip" });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.body.startsWith("id,value\na,1\n")).toBe(true);
    expect((await get("/data/x.csv")).headers["content-encoding"]).toBeUndefined();
  });

  it("answers an unknown path with 404.html and status 404", async () => {
    const r = await get("/charts/no-such-chart/");
    expect(r.status).toBe(404);
    expect(r.body).toContain("<title>not here</title>");
  });

  it.each([
    "/..%2fdist-secret/x",
    "/..%2Fdist-secret/x",
    "/..%2fdist-secret/",
    "/%2e%2e/dist-secret/x",
    "/../dist-secret/x",
    "/..%5cdist-secret/x",
    "/%2e%2e%2fsecret.txt",
    "/../secret.txt",
    "/charts/../../secret.txt",
  ])("%s reaches nothing outside the root", async (path) => {
    const r = await get(path);
    expect(r.body).not.toContain("SECRET");
    expect([400, 404]).toContain(r.status);
  });

  it("answers broken percent-encoding with 400 and keeps serving", async () => {
    for (const path of ["/%E0%A4%A", "/%", "/charts/%ZZ/"]) expect((await get(path)).status, path).toBe(400);
    expect((await get("/")).status).toBe(200);
  });

  it("refuses to start on a folder with no built site", async () => {
    await expect(serve(join(tmp, "dist-secret", "nothing"))).rejects.toThrow(/index\.html is missing/);
  });
});
