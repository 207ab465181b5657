/** The charts (not maps), in gallery order. Each is one module named after its id. */
import type { ChartModule } from "./types.ts";
import borderLengths from "./border-lengths.ts";
import definitionsCompared from "./definitions-compared.ts";
import journeyStages from "./journey-stages.ts";
import instrumentsTimeline from "./instruments-timeline.ts";
import actorsRoles from "./actors-roles.ts";
import ncrbTrend from "./ncrb-trend.ts";
import ncrbFunnel from "./ncrb-funnel.ts";
import tipTiers from "./tip-tiers.ts";
import ncrbStatesTiles from "./ncrb-states-tiles.ts";
import recommendationsMatrix from "./recommendations-matrix.ts";
import rohingyaDisplacement from "./rohingya-displacement.ts";
import slaveryEstimates from "./slavery-estimates.ts";
import claimsStatus from "./claims-status.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CHART_MODULES: readonly ChartModule<any>[] = [
  borderLengths,
  definitionsCompared,
  journeyStages,
  instrumentsTimeline,
  actorsRoles,
  ncrbTrend,
  ncrbFunnel,
  tipTiers,
  ncrbStatesTiles,
  recommendationsMatrix,
  rohingyaDisplacement,
  slaveryEstimates,
  claimsStatus,
];
