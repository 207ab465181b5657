/** A lesson plan's timings: each part's start and end minute, checked against the lesson's length. */

export interface Timed {
  minutes: number;
}

export type Scheduled<P extends Timed> = P & { from: number; to: number };

/** The parts with their start and end minutes; throws when they do not add up to `total` minutes. */
export function schedule<P extends Timed>(parts: readonly P[], total: number): Scheduled<P>[] {
  const bad = parts.filter((p) => !(Number.isInteger(p.minutes) && p.minutes > 0));
  if (bad.length) throw new Error(`a lesson part must last a whole, positive number of minutes`);
  const sum = parts.reduce((n, p) => n + p.minutes, 0);
  if (sum !== total) throw new Error(`the lesson plan adds up to ${sum} minutes, not ${total}`);
  let clock = 0;
  return parts.map((p) => {
    const from = clock;
    clock += p.minutes;
    return { ...p, from, to: clock };
  });
}
