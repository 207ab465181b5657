/** English names of countries and first-level units: the reference tables' own names. */
import { ADMIN1_NAMES } from "../../lib/data/admin1.ts";
import { COUNTRIES, type Iso3 } from "../../lib/data/countries.ts";

export const names = {
  country: Object.fromEntries(Object.entries(COUNTRIES).map(([k, v]) => [k, v.name])) as Record<Iso3, string>,
  admin1: ADMIN1_NAMES as Record<string, string>,
  /** Where a map's label must say more than the name: the geodata predates the Mymensingh division (2015). */
  admin1Map: { "BD-C": "Dhaka (incl. Mymensingh)" } as Record<string, string>,
};
