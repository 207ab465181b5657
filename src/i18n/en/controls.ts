/** The words of the controls a figure offers (filters). */
export const controls = {
  all: "All",
  level: "Level",
  corridor: "Corridor",
  /** {shown} and {total} are filled in by the browser. */
  matching: "{shown} of {total} match",
};
