// @ts-check
/**
 * One lint for every file that holds code, the `.astro` files included: their frontmatter and, through
 * eslint-plugin-astro's processor, each `<script>` block (the only code that reaches the browser) is linted as
 * TypeScript at the same strictness as a `.ts` file.
 */
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "public/data/", "bench/", "offline/", ".staging/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs["flat/recommended"],
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // Build steps, tests and configuration run in Node.
  {
    files: ["scripts/**", "test/**", "*.config.*", "src/lib/**", "src/site/**", "src/content/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  // What runs in the browser: the components' and pages' scripts, and the island modules they import.
  {
    files: ["src/**/*.astro/*.ts", "src/**/*.astro/*.js", "src/client/**", "public/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
