/** Units and number words. */
export const units: typeof import("../en/units.ts").units = {
  km: "किमी",
  lakh: "लाख",
  crore: "करोड़",
  percent: "%",
  /** A US TIP tier by its number in the data: 1, 2, 2.5 (the Tier 2 Watch List) or 3. */
  tier: (value: number) => (value === 2.5 ? "टियर 2 निगरानी सूची" : `टियर ${value}`),
};
