/** The shareable map states, in gallery order (see src/lib/geo/states.ts). */
import type { ChartModule } from "./types.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const MAP_MODULES: readonly ChartModule<any>[] = [];
