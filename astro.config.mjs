// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { clientModules } from "./scripts/client-modules.ts";
import { tokensCss } from "./src/lib/tokens.ts";
import { DEFAULT_LOCALE, LOCALES } from "./src/i18n/locales.ts";

/** The design tokens as a stylesheet: `import "virtual:tokens.css"` (src/components/Head.astro). */
const TOKENS_ID = "virtual:tokens.css";
/** @type {import("vite").Plugin} */
const tokens = {
  name: "crossings-tokens",
  resolveId: (/** @type {string} */ id) => (id === TOKENS_ID ? `\0${TOKENS_ID}` : undefined),
  load: (/** @type {string} */ id) => (id === `\0${TOKENS_ID}` ? tokensCss() : undefined),
};

/** The public address of the site; canonical links, Open Graph, oEmbed and embed code are built from it. */
const site = process.env.SITE_URL || "http://localhost:4321";
// A production build without SITE_URL would publish localhost links: say so loudly. "Production" is CI, or
// NODE_ENV=production as the user set it (scripts/build.ts passes that on as CROSSINGS_PRODUCTION, because
// astro build sets NODE_ENV=production itself). `npm run build:prod` refuses to start without SITE_URL.
/** @param {string | undefined} v */
const flag = (v) => Boolean(v) && v !== "0" && v !== "false";
const production = flag(process.env.CI) || flag(process.env.CROSSINGS_PRODUCTION);
if (!process.env.SITE_URL && production && process.argv.includes("build") && !process.env.CROSSINGS_WARNED) {
  process.env.CROSSINGS_WARNED = "1"; // Astro loads this file twice
  const bar = "!".repeat(78);
  console.warn(
    `\n${bar}\n!! SITE_URL is not set: canonical links, Open Graph, oEmbed and embed code in this build\n` +
      `!! will point at ${site}. Set SITE_URL=https://… (or run npm run build:prod).\n${bar}\n`,
  );
}

export default defineConfig({
  site,
  // A second build folder for side-by-side builds (tests of the build itself); dist/ otherwise.
  outDir: process.env.ASTRO_OUT_DIR || "./dist",
  trailingSlash: "always",
  // English at /, each other locale under /<locale>/ (pages live in src/pages/[...locale]/, see src/site/locale.ts).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  integrations: [mdx()],
  build: { format: "directory", inlineStylesheets: "never" },
  server: { port: 4321 },
  devToolbar: { enabled: false },
  // clientModules records what each client bundle is made of, for the test that no chart code reaches the browser.
  vite: { plugins: [tokens, clientModules()] },
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
