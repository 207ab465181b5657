/** Units and number words. */
export const units = {
  km: "km",
  lakh: "lakh",
  crore: "crore",
  percent: "%",
  /** A US TIP tier by its number in the data: 1, 2, 2.5 (the Tier 2 Watch List) or 3. */
  tier: (value: number) => (value === 2.5 ? "Tier 2 Watch List" : `Tier ${value}`),
};
