/** Tells the tests whether this run may write snapshots (`vitest -u`, i.e. `npm run test:update`). */
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    snapshotUpdate: "all" | "new" | "none";
  }
}

export default function setup(project: TestProject): void {
  project.provide("snapshotUpdate", project.config.snapshotOptions.updateSnapshot);
}
