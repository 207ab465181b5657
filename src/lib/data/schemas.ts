/**
 * One zod schema per dataset of DESIGN.md. Every cell arrives as a string; the schemas check it against the
 * CSV conventions (ids, `;` lists, ISO dates and codes, snake_case categories) and turn it into a typed value.
 * Messages are written to follow the cell's column and value: `lat "91.2" is outside -90..90`.
 */
import { z } from "zod";
import { isIso3 } from "./countries.ts";
import {
  ACTOR_KINDS,
  CORRIDORS,
  EXPLOITATION,
  FORCES,
  INDIA_STATUS,
  INSTRUMENT_KINDS,
  INSTRUMENT_LEVELS,
  LEVELS,
  MODES,
  NUMBER_KINDS,
  PLACE_KINDS,
  RECOMMENDATION_AREAS,
  REGIMES,
  RELATIONS,
  ROLES,
  ROUTE_KINDS,
  SOURCE_CLASSES,
  SOURCE_KINDS,
  type SourceKind,
  VERIFIED,
} from "./vocab.ts";

export * from "./vocab.ts";


const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A required text cell. */
const text = () => z.string().trim().min(1, "is empty: a value is required");
/** An optional text cell: empty becomes undefined. */
const optionalText = () =>
  z
    .string()
    .trim()
    .transform((s) => (s === "" ? undefined : s));

export const id = () => text().regex(ID_RE, "is not an id (lower-case words joined by hyphens, e.g. petrapole-icp)");

/** A category value: one of a fixed set of snake_case words. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  text().refine((s): s is T[number] => s === "" || (values as readonly string[]).includes(s), {
    message: `is not one of: ${values.join(", ")}`,
  }) as unknown as z.ZodType<T[number], z.ZodTypeDef, string>;

/** A `;`-separated list; each item checked by `item`. */
const listOf = <T>(item: (s: string) => boolean, rule: string, required = true) =>
  z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      if (s === "") {
        if (required) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "is empty: a value is required" });
        return;
      }
      for (const part of s.split(";")) {
        if (!item(part)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `has "${part}", which ${rule}` });
        }
      }
    })
    .transform((s) => (s === "" ? [] : (s.split(";") as T[])));

const isId = (s: string) => ID_RE.test(s);
export const idList = (required = true) =>
  listOf<string>(isId, "is not an id (items are separated by ; with no spaces)", required);
const enumList = <T extends readonly string[]>(values: T, required = true) =>
  listOf<T[number]>((s) => values.includes(s), `is not one of: ${values.join(", ")}`, required);

/** An ISO 8601 date at the precision known: 2016, 2016-02 or 2016-02-12. */
const validDate = (s: string) => {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [, , mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(m[1]), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return false;
  }
  return true;
};
export const isoDate = () =>
  text().refine((s) => s === "" || validDate(s), "is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
const optionalIsoDate = () =>
  z
    .string()
    .trim()
    .refine((s) => s === "" || validDate(s), "is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    .transform((s) => (s === "" ? undefined : s));

const numberIn = (min: number, max: number) =>
  text()
    .refine((s) => s === "" || /^-?\d+(\.\d+)?$/.test(s), "is not a number (digits, an optional . and decimals)")
    .transform(Number)
    .refine((n) => n >= min && n <= max, `is outside ${min}..${max}`);
const optionalNumber = (min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .refine((s) => s === "" || /^-?\d+(\.\d+)?$/.test(s), "is not a number (digits, an optional . and decimals)")
    .transform((s) => (s === "" ? undefined : Number(s)))
    .refine((n) => n === undefined || (n >= min && n <= max), `is outside ${min}..${max}`);

const country = () => text().refine(isIso3, "is not an ISO 3166-1 alpha-3 code known to the project");
const ADMIN1_RE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const admin1 = () =>
  z
    .string()
    .trim()
    .refine((s) => s === "" || ADMIN1_RE.test(s), "is not an ISO 3166-2 code (e.g. IN-WB, BD-C, NP-P1)")
    .transform((s) => (s === "" ? undefined : s));

const corridorList = (required = true) => enumList(CORRIDORS, required);

/**
 * Kinds of source that carry a date of publication. A row of one of these kinds gives its year; when the
 * source itself shows none, the note starts with "Undated:" and says so, so that a missing year is a finding
 * and not an oversight.
 */
export const DATED_KINDS = [
  "news",
  "government_report",
  "ngo_report",
  "un_report",
  "academic_paper",
  "court_judgment",
  "book",
] as const satisfies readonly SourceKind[];

const sourceFields = z.object({
  id: id(),
  title: text(),
  author_or_publisher: optionalText(),
  year: optionalNumber(1800, 2100),
  url: z
    .string()
    .trim()
    .refine((s) => s === "" || /^https?:\/\/[^\s"<>]+$/.test(s), "is not an http(s) URL")
    .transform((s) => (s === "" ? undefined : s)),
  accessed: optionalIsoDate(),
  kind: oneOf(SOURCE_KINDS),
  verified: oneOf(VERIFIED),
  class: oneOf(SOURCE_CLASSES),
  note: optionalText(),
});

export const source = sourceFields.superRefine((row, ctx) => {
  const dated = (DATED_KINDS as readonly string[]).includes(row.kind);
  if (dated && row.year === undefined && !(row.note ?? "").startsWith("Undated:")) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["year"],
      message: `is required for a dated kind of source (${DATED_KINDS.join(", ")}); give the year, or start the note with "Undated:" and say why`,
    });
  }
});

export const place = z.object({
  id: id(),
  name: text(),
  country: country(),
  admin1: admin1(),
  lat: numberIn(-90, 90),
  lon: numberIn(-180, 180),
  kind: oneOf(PLACE_KINDS),
  corridors: corridorList(),
  source_ids: idList(),
  note: optionalText(),
});

export const border = z.object({
  id: id(),
  neighbour: country(),
  state: admin1(),
  length_km: optionalNumber(0, 20000),
  guarded_by: oneOf(FORCES),
  regime: oneOf(REGIMES),
  fenced_km: optionalNumber(0, 20000),
  /** The id of the row whose figure this one disputes: both are kept, the first is drawn as the main bar. */
  alt_of: z
    .string()
    .trim()
    .refine((s) => s === "" || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s), "is not an id")
    .transform((s) => (s === "" ? undefined : s)),
  source_ids: idList(),
  note: optionalText(),
});


export const route = z.object({
  id: id(),
  corridor: oneOf(CORRIDORS),
  from: id(),
  to: id(),
  mode: oneOf(MODES),
  kind: oneOf(ROUTE_KINDS),
  exploitation: enumList(EXPLOITATION, false),
  period: optionalText(),
  source_ids: idList(),
  note: optionalText(),
});


export const actor = z.object({
  id: id(),
  name: text(),
  kind: oneOf(ACTOR_KINDS),
  level: oneOf(LEVELS),
  base: z
    .string()
    .trim()
    .refine((s) => s === "" || isIso3(s), "is not an ISO 3166-1 alpha-3 code known to the project")
    .transform((s) => (s === "" ? undefined : s)),
  founded: optionalNumber(1800, 2100),
  roles: enumList(ROLES, false),
  corridors: corridorList(false),
  source_ids: idList(),
  note: optionalText(),
});


export const instrument = z.object({
  id: id(),
  name: text(),
  kind: oneOf(INSTRUMENT_KINDS),
  level: oneOf(INSTRUMENT_LEVELS),
  adopted: optionalIsoDate(),
  in_force: optionalIsoDate(),
  parties: optionalNumber(0, 300),
  india_status: oneOf(INDIA_STATUS),
  source_ids: idList(),
  note: optionalText(),
});


export const relation = z.object({
  id: id(),
  from: id(),
  to: id(),
  relation: oneOf(RELATIONS),
  source_ids: idList(),
  note: optionalText(),
});


const SUBJECT_RE = /^(world|[A-Z]{3}|[A-Z]{2}-[A-Z0-9]{1,3})$/;
export const stat = z.object({
  id: id(),
  subject: text().refine(
    (s) => SUBJECT_RE.test(s) && (s.length !== 3 || isIso3(s)),
    "is not world, a known ISO 3166-1 alpha-3 code or an ISO 3166-2 code",
  ),
  measure: text().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, "is not a snake_case measure"),
  year: optionalIsoDate(),
  value: numberIn(-1e12, 1e12),
  unit: text().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, "is not a snake_case unit"),
  number_kind: oneOf(NUMBER_KINDS),
  source_ids: idList(),
  note: optionalText(),
});

export const claim = z.object({
  id: id(),
  section: text(),
  claim: text(),
  paper_cites: optionalText(),
  verified_by: idList(false),
  note: optionalText(),
});

export const helpline = z.object({
  id: id(),
  country: country(),
  name: text(),
  number: text().regex(/^[0-9][0-9 -]*$/, "is not a phone number (digits, spaces, hyphens)"),
  source_ids: idList(),
  note: optionalText(),
});


const SNAKE_RE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

/** One of the paper's recommendations, retold: who should do what. */
export const recommendation = z.object({
  id: id(),
  section: text(),
  recommendation: text(),
  who: listOf<string>((s) => SNAKE_RE.test(s), "is not a snake_case actor group (e.g. union_government, police)"),
  area: oneOf(RECOMMENDATION_AREAS),
  roles: enumList(ROLES, false),
  source_ids: idList(),
  note: optionalText(),
});

export type Source = z.infer<typeof source>;
export type Place = z.infer<typeof place>;
export type Border = z.infer<typeof border>;
export type Route = z.infer<typeof route>;
export type Actor = z.infer<typeof actor>;
export type Instrument = z.infer<typeof instrument>;
export type Relation = z.infer<typeof relation>;
export type Stat = z.infer<typeof stat>;
export type Claim = z.infer<typeof claim>;
export type Helpline = z.infer<typeof helpline>;
export type Recommendation = z.infer<typeof recommendation>;

/** The elements the definitions chart compares, the three concepts, and how an element stands in each. */
export const DEFINITION_ASPECTS = ["act", "means", "purpose", "consent", "border", "exploitation", "person"] as const;
export const CONCEPTS = ["trafficking", "smuggling", "irregular"] as const;
export const DEFINITION_STATUS = ["required", "not_required", "irrelevant", "position"] as const;
export type DefinitionAspect = (typeof DEFINITION_ASPECTS)[number];
export type Concept = (typeof CONCEPTS)[number];
export type DefinitionStatus = (typeof DEFINITION_STATUS)[number];

/** One cell of the definitions compared: what a treaty says about one element of one concept, in our words. */
export const definition = z.object({
  id: id(),
  aspect: oneOf(DEFINITION_ASPECTS),
  concept: oneOf(CONCEPTS),
  status: oneOf(DEFINITION_STATUS),
  /** Replaces the status word where the row is about the person, not an element of the offence. */
  label: optionalText(),
  text: text(),
  /** The instruments.csv row the text restates. */
  instrument: id(),
  article: text(),
  source_ids: idList(),
  note: optionalText(),
});

/** One stage of a journey, told as smuggling and as trafficking, with where one can turn into the other. */
export const journeyStage = z.object({
  id: id(),
  stage: text(),
  smuggling: text(),
  trafficking: text(),
  turn: optionalText(),
  source_ids: idList(),
  note: optionalText(),
});

export type Definition = z.infer<typeof definition>;
export type JourneyStage = z.infer<typeof journeyStage>;
