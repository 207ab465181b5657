/**
 * A small static server for dist/, as a host would serve it: directory URLs get index.html, unknown paths
 * get 404.html with status 404. Used by the browser tests and the bench (no Astro process to leave behind).
 */
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
};

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function serve(root = "dist", port = 0): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "Content-Type": TYPES[".html"] }).end(readFileSync(join(root, "404.html")));
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const body = readFileSync(file);
    // Compress text as any web host would, so that what is measured is what a reader downloads.
    const text = /text|javascript|json|svg|csv/.test(type);
    if (text && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      res
        .writeHead(200, { "Content-Type": type, "Content-Encoding": "gzip", Vary: "Accept-Encoding" })
        .end(gzipSync(body));
    } else {
      res.writeHead(200, { "Content-Type": type }).end(body);
    }
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const p = typeof address === "object" && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${p}`,
        port: p,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
