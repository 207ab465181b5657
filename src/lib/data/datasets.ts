/**
 * The catalogue of datasets: which CSV file under data/ each one is, what one row is, and its schema.
 * The pipeline, the loaders, /data/ and the manifest all read this one list.
 */
import type { z } from "zod";
import * as s from "./schemas.ts";

export interface DatasetSpec {
  id: string;
  /** Path under data/ (and under public/data/ once normalised). */
  file: string;
  title: string;
  /** What one row is. */
  row: string;
  /** The row's schema: an object, or an object with checks across its cells (`superRefine`). */
  schema: z.AnyZodObject | z.ZodEffects<z.AnyZodObject>;
  /** Columns that may be left out of the header. */
  optional: readonly string[];
}

const spec = <const I extends string, S extends z.AnyZodObject | z.ZodEffects<z.AnyZodObject>>(
  id: I,
  file: string,
  title: string,
  row: string,
  schema: S,
  optional: readonly string[] = ["note"],
) => ({ id, file, title, row, schema, optional });

export const DATASETS = [
  spec("sources", "sources.csv", "Sources", "a source: a report, law, dataset or article", s.source),
  spec("places", "places.csv", "Places", "a located place: a land port, border town, hub, destination or camp", s.place),
  spec("borders", "borders.csv", "Border segments", "a border segment: a neighbour and an Indian state", s.border, ["note", "alt_of", "fenced_km"]),
  spec("routes", "routes.csv", "Documented routes", "a route segment described by a source", s.route),
  spec("actors", "actors.csv", "Actors", "an organisation or agency", s.actor),
  spec("instruments", "instruments.csv", "Laws and treaties", "a law, treaty, scheme or agreement", s.instrument),
  spec("relations", "relations.csv", "Relations", "a link between an actor and an instrument, actor or corridor", s.relation),
  spec("claims", "claims.csv", "The paper's claims", "a factual claim the paper makes, and whether we could confirm it", s.claim),
  spec("recommendations", "recommendations.csv", "The paper's recommendations", "a recommendation: who should do what", s.recommendation),
  spec("helplines", "helplines.csv", "Helplines", "a helpline in India, Nepal or Bangladesh", s.helpline),
  spec("definitions", "definitions.csv", "Definitions compared", "what a treaty says about one element of trafficking, smuggling or irregular migration", s.definition, ["note", "label"]),
  spec("journey", "journey.csv", "The journey, stage by stage", "a stage of a journey, as smuggling and as trafficking", s.journeyStage, ["note", "turn"]),
  spec("ncrb", "stats/ncrb.csv", "NCRB: human trafficking in India by year", "one figure", s.stat),
  spec("ncrb-states", "stats/ncrb-states.csv", "NCRB: human trafficking cases by state", "one figure", s.stat),
  spec("tip-tiers", "stats/tip-tiers.csv", "US Trafficking in Persons Report tiers", "one country's tier in one report", s.stat),
  spec("rohingya", "stats/rohingya.csv", "Rohingya displacement and sea crossings", "one figure", s.stat),
  spec("slavery", "stats/slavery.csv", "Estimates of modern slavery", "one estimate", s.stat),
  spec("other", "stats/other.csv", "Other figures", "one figure", s.stat),
] as const satisfies readonly DatasetSpec[];

export type DatasetId = (typeof DATASETS)[number]["id"];
export const STAT_DATASETS = DATASETS.filter((d) => d.file.startsWith("stats/")).map((d) => d.id);

export const columnsOf = (d: DatasetSpec): string[] =>
  Object.keys("shape" in d.schema ? d.schema.shape : d.schema.innerType().shape);

/** The typed rows of every dataset, keyed by dataset id: derived from the catalogue's schemas. */
export type Datasets = {
  [D in (typeof DATASETS)[number] as D["id"]]: z.infer<D["schema"]>[];
};
