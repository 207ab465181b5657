/** Hints under the figures whose marks need their own words. */
export const hints = {
  "actors-roles":
    "Point at an actor's name, or focus the figure and use the arrow keys, to read what it does and where.",
  "claims-status": "Point at a claim, or focus the figure and use the arrow keys, to read what we found.",
  "definitions-compared":
    "Point at a cell, or focus the figure and use the arrow keys, to read the article it rests on.",
  "journey-stages": "Point at a box or an arrow, or focus the figure and use the arrow keys.",
  "recommendations-matrix": "Point at a recommendation or a dot, or focus the figure and use the arrow keys.",
};
