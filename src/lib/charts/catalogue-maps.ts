/** The shareable map states, in gallery order (see src/lib/geo/states.ts): one registry entry per state. */
import type { ChartModule } from "./types.ts";
import { MAP_STATES } from "../geo/states.ts";
import { mapModule } from "./maps/map-state.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const MAP_MODULES: readonly ChartModule<any>[] = MAP_STATES.map(mapModule);
