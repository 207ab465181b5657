/** The tile grid of the state tiles chart: where each state sits, and the shades of its colour scale. */

/**
 * The tile layout: column and row of each state and union territory, roughly where it lies. Layout, not
 * data. Codes follow the data's spelling; ALIASES maps the other ISO 3166-2 spellings onto them.
 */
export const TILES: Record<string, [number, number]> = {
  "IN-JK": [2, 0],
  "IN-LA": [3, 0],
  "IN-CH": [0, 1],
  "IN-PB": [1, 1],
  "IN-HP": [2, 1],
  "IN-UK": [3, 1],
  "IN-AR": [8, 1],
  "IN-RJ": [0, 2],
  "IN-HR": [1, 2],
  "IN-DL": [2, 2],
  "IN-UP": [3, 2],
  "IN-BR": [4, 2],
  "IN-SK": [5, 2],
  "IN-AS": [6, 2],
  "IN-NL": [7, 2],
  "IN-GJ": [0, 3],
  "IN-MP": [1, 3],
  "IN-CT": [2, 3],
  "IN-JH": [3, 3],
  "IN-WB": [4, 3],
  "IN-ML": [6, 3],
  "IN-MN": [7, 3],
  "IN-DH": [0, 4],
  "IN-MH": [1, 4],
  "IN-TG": [2, 4],
  "IN-OD": [3, 4],
  "IN-TR": [6, 4],
  "IN-MZ": [7, 4],
  "IN-GA": [0, 5],
  "IN-KA": [1, 5],
  "IN-AP": [2, 5],
  "IN-LD": [0, 6],
  "IN-KL": [1, 6],
  "IN-TN": [2, 6],
  "IN-PY": [3, 6],
  "IN-AN": [5, 6],
};
export const ALIASES: Record<string, string> = {
  "IN-UT": "IN-UK",
  "IN-OR": "IN-OD",
  "IN-TS": "IN-TG",
  "IN-CG": "IN-CT",
};
export const COLS = 9;
export const ROWS = 7;

/** Bins of the colour scale: counts span 0 to thousands, so the steps are by order of magnitude. */
export const BINS = [
  { min: 0, max: 0, opacity: 0.08 },
  { min: 1, max: 9, opacity: 0.25 },
  { min: 10, max: 99, opacity: 0.45 },
  { min: 100, max: 999, opacity: 0.7 },
  { min: 1000, max: Infinity, opacity: 1 },
] as const;
export const binOf = (v: number) => BINS.findIndex((b) => v >= b.min && v <= b.max);
