/** The stylesheet generated from the design tokens (astro.config.mjs, src/lib/tokens.ts). */
declare module "virtual:tokens.css";
