/** The words of the controls a figure offers (filters). */
export const controls: typeof import("../en/controls.ts").controls = {
  all: "सभी",
  level: "स्तर",
  corridor: "गलियारा",
  /** {shown} and {total} are filled in by the browser. */
  matching: "{total} में से {shown} मेल खाते हैं",
};
