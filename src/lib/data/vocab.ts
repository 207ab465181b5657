/**
 * The project's vocabulary: every category code the data may use, in one place beside the schemas. Labels for
 * these codes live in each locale's dictionary (src/i18n/<locale>/vocab.ts), typed by these lists, so a new code
 * must be named in every language before the build passes. Dependency-free, so islands may import it.
 */
export { PLACE_KINDS, type PlaceKind } from "./place-kinds.ts";

export const CORRIDORS = ["bd", "np", "mm", "sea", "in", "world"] as const;

export const SOURCE_KINDS = [
  "government_report",
  "parliamentary_answer",
  "un_report",
  "dataset",
  "law",
  "treaty_text",
  "peer_reviewed_article",
  "book",
  "ngo_report",
  "news",
  "court_judgment",
  "web_page",
  "academic_paper",
] as const;

/**
 * How close a source is to the body that made the figure: `primary` (the body's own site or document),
 * `archive` (a full-text copy kept by a recognised institution), `press`, `secondary` (research, NGO and
 * reference works) or `aggregator` (document-sharing, exam-preparation, bare-act and wiki mirrors, content farms).
 */
export const SOURCE_CLASSES = ["primary", "archive", "press", "secondary", "aggregator"] as const;

export const ROUTE_KINDS = ["smuggling", "trafficking", "both", "displacement"] as const;

export const EXPLOITATION = [
  "sexual_exploitation",
  "forced_labour",
  "domestic_servitude",
  "forced_marriage",
  "bonded_labour",
  "begging",
  "organ_removal",
  "child_labour",
  "none_reported",
] as const;

export const ROLES = ["prevention", "protection", "prosecution", "partnership"] as const;

export const ACTOR_KINDS = [
  "un_agency",
  "regional_body",
  "forum",
  "government",
  "law_enforcement",
  "border_force",
  "ngo",
  "court",
  "commission",
] as const;

export const LEVELS = ["international", "regional", "national", "state", "local"] as const;

export const INSTRUMENT_KINDS = [
  "treaty",
  "protocol",
  "convention",
  "law",
  "law_section",
  "scheme",
  "agreement",
  "declaration",
  "process",
  "action_plan",
] as const;

export const INSTRUMENT_LEVELS = ["international", "regional", "bilateral", "national"] as const;

export const INDIA_STATUS = [
  "party",
  "ratified",
  "signed",
  "not_party",
  "in_force",
  "repealed",
  "replaced",
  "not_applicable",
  "member",
  "lapsed",
  "draft",
  "unknown",
] as const;

export const RELATIONS = [
  "administers",
  "party_to",
  "implements",
  "funds",
  "partners_with",
  "monitors",
  "guards",
  "member_of",
  "operates_in",
] as const;

export const NUMBER_KINDS = [
  "registered_cases",
  "detected_victims",
  "minimum_count",
  "modelled_estimate",
  "official_figure",
  "rating",
  "length",
] as const;

export const RECOMMENDATION_AREAS = [
  "legal_reform",
  "victim_protection",
  "rehabilitation",
  "training",
  "coordination",
  "cross_border",
  "anti_corruption",
  "prevention",
  "technology",
  "funding",
] as const;

/** What a figure, or a figure with no numbers in it, shows: the badge on every chart. */
export const FIGURE_KINDS = [...NUMBER_KINDS, "locations", "no_figures"] as const;
export type NumberKind = (typeof FIGURE_KINDS)[number];

export type Corridor = (typeof CORRIDORS)[number];

export const VERIFIED = ["yes", "cited_by_paper"] as const;
export const FORCES = ["bsf", "ssb", "assam_rifles"] as const;
export type Force = (typeof FORCES)[number];
export const REGIMES = [
  "fenced",
  "partly_fenced",
  "open",
  "free_movement",
  "free_movement_suspended",
  "border_pass",
] as const;
export type Regime = (typeof REGIMES)[number];
export const MODES = ["land", "river", "sea", "air"] as const;
export type Mode = (typeof MODES)[number];
export type RouteKind = (typeof ROUTE_KINDS)[number];
export type Exploitation = (typeof EXPLOITATION)[number];
export type Role = (typeof ROLES)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type SourceClass = (typeof SOURCE_CLASSES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type RecommendationArea = (typeof RECOMMENDATION_AREAS)[number];
export type IndiaStatus = (typeof INDIA_STATUS)[number];

/** The neighbour each land corridor crosses into. */
export const CORRIDOR_NEIGHBOUR = { bd: "BGD", np: "NPL", mm: "MMR" } as const;
/** The land corridor of a neighbouring country, by its ISO 3166-1 alpha-3 code. */
export const corridorOfNeighbour = (iso3: string): "bd" | "np" | "mm" | undefined =>
  (Object.entries(CORRIDOR_NEIGHBOUR) as [keyof typeof CORRIDOR_NEIGHBOUR, string][]).find(
    ([, n]) => n === iso3,
  )?.[0];
