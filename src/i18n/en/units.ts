/** Units and number words. */
export const units = { km: "km", lakh: "lakh", crore: "crore", percent: "%" };
