/** For `tsc` alone: `.astro` imports in these tests are components (astro check resolves them itself). */
declare module "*.astro" {
  import type { AstroComponentFactory } from "astro/runtime/server/index.js";
  const component: AstroComponentFactory;
  export default component;
}
