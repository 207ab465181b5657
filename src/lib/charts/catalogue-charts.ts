/** The charts (not maps), in gallery order. Each is one module named after its id. */
import type { ChartModule } from "./types.ts";
import borderLengths from "./border-lengths.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CHART_MODULES: readonly ChartModule<any>[] = [borderLengths];
