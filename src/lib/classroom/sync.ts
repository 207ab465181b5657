/**
 * The messages between the deck (/present/) and the speaker view (/present/speaker/). The deck says which
 * slide it shows; the speaker view says hello when it opens and asks the deck to go to a slide. Every message
 * is idempotent, so the same one may arrive by more than one way (a channel, the opener, storage) without harm.
 */

export type DeckMessage =
  | { type: "crossings-slide"; id: string; index: number; total: number }
  | { type: "crossings-hello" }
  | { type: "crossings-goto"; id: string };

/** The storage key and channel name both windows use. */
export const DECK_CHANNEL = "crossings-deck";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const count = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

/** A message of exactly one of the shapes above, or null for anything else (other scripts post too). */
export function parseDeckMessage(data: unknown): DeckMessage | null {
  if (!data || typeof data !== "object") return null;
  const m = data as Record<string, unknown>;
  switch (m["type"]) {
    case "crossings-hello":
      return { type: "crossings-hello" };
    case "crossings-goto":
      return typeof m["id"] === "string" && ID.test(m["id"]) ? { type: "crossings-goto", id: m["id"] } : null;
    case "crossings-slide":
      return typeof m["id"] === "string" &&
        ID.test(m["id"]) &&
        count(m["index"]) &&
        count(m["total"]) &&
        m["index"] < m["total"]
        ? { type: "crossings-slide", id: m["id"], index: m["index"], total: m["total"] }
        : null;
    default:
      return null;
  }
}

/** The slide id in a deck address: `#/bd-routes` (reveal.js) or `#bd-routes`; null if it names none. */
export function slideIdFromHash(hash: string): string | null {
  const m = /^#\/?([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(hash);
  return m ? m[1]! : null;
}

/**
 * A message as it travels: who sent it (a random id per window) and its place in that sender's sequence, so
 * that a receiver acts on each message once and never on an older one that arrived late by a slower way.
 */
export interface Envelope {
  from: string;
  seq: number;
  message: DeckMessage;
}

export function parseEnvelope(data: unknown): Envelope | null {
  if (!data || typeof data !== "object") return null;
  const e = data as Record<string, unknown>;
  const message = parseDeckMessage(e["message"]);
  if (!message || typeof e["from"] !== "string" || !/^[a-z0-9]{6,32}$/.test(e["from"]) || !count(e["seq"]))
    return null;
  return { from: e["from"], seq: e["seq"], message };
}

/** Remembers the last sequence number seen from each sender; `fresh` is true once per new message. */
export function freshness(): (e: Envelope) => boolean {
  const last = new Map<string, number>();
  return (e) => {
    const prev = last.get(e.from) ?? -1;
    if (e.seq <= prev) return false;
    last.set(e.from, e.seq);
    return true;
  };
}
