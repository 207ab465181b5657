/**
 * Serves a built site (dist/) as a static host would, for the browser tests and the bench: sirv maps URLs to
 * the files it found under the root when it started (nothing outside it can be reached, whatever the
 * encoding), a directory URL gets its index.html, text is gzipped as hosts do (so what is measured is what a
 * reader downloads), an unknown path gets 404.html with status 404, and a path with broken percent-encoding
 * gets 400. No Astro process to leave behind.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import compression from "@polka/compression";
import sirv from "sirv";

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Text the site publishes is UTF-8: these types carry the charset (sirv names every other type itself). */
const TEXT: Record<string, string> = {
  "": "text/html; charset=utf-8", // a directory URL, served its index.html
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
};

/** Starts serving `root` on 127.0.0.1 (`port` 0: any free port). Rejects when the root holds no built site. */
export function serve(root = "dist", port = 0): Promise<Served> {
  const dir = resolve(root);
  if (!existsSync(join(dir, "index.html")))
    return Promise.reject(
      new Error(
        `${root}/index.html is missing: there is no built site to serve; run \`npm run build\` first`,
      ),
    );
  const notFound = existsSync(join(dir, "404.html")) ? readFileSync(join(dir, "404.html")) : null;
  const files = sirv(dir, {
    dev: false,
    etag: false,
    dotfiles: false,
    extensions: ["html"],
    setHeaders(res, pathname) {
      const name = pathname.slice(pathname.lastIndexOf("/") + 1);
      const type = TEXT[name.includes(".") ? name.slice(name.lastIndexOf(".")) : ""];
      if (type) res.setHeader("Content-Type", type);
    },
  });
  const gzip = compression({ threshold: 0 });

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split(/[?#]/)[0]!;
    try {
      decodeURIComponent(path);
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad request: malformed URL\n");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    gzip(req, res, () =>
      files(req, res, () => {
        res.statusCode = 404;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(notFound ?? "Not found\n");
      }),
    );
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      // A request never takes the server down.
      console.error(`server: ${req.url}: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const p = typeof address === "object" && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${p}`,
        port: p,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
