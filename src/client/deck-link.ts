/**
 * The link between the deck and the speaker view, in both directions, by every way a browser offers: a
 * BroadcastChannel (same origin, and between files opened from disk in Chromium), the window that opened the
 * speaker view (a plain link with a named target keeps `window.opener`) and `storage` events (a last resort
 * where a browser gives files no shared channel). Each message is sent every way and acted on once
 * (src/lib/classroom/sync.ts).
 */
import {
  DECK_CHANNEL,
  freshness,
  parseEnvelope,
  type DeckMessage,
  type Envelope,
} from "../lib/classroom/sync.ts";

export type Role = "deck" | "speaker";

export interface DeckLink {
  send(message: DeckMessage): void;
  /** The other window, when it is known and still open. */
  peer(): Window | null;
}

const storageKey = (role: Role) => `${DECK_CHANNEL}-${role}`;

export function deckLink(role: Role, receive: (message: DeckMessage) => void): DeckLink {
  const other: Role = role === "deck" ? "speaker" : "deck";
  const me = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
  let seq = 0;
  const fresh = freshness();
  // The speaker view knows the deck as its opener; the deck learns the speaker's window from its messages.
  let peer: Window | null = role === "speaker" ? (window.opener as Window | null) : null;

  const accept = (data: unknown, source?: MessageEventSource | null) => {
    const e = parseEnvelope(data);
    if (!e || e.from === me || !fresh(e)) return;
    if (role === "deck" && source && "postMessage" in source && e.message.type === "crossings-hello")
      peer = source as Window;
    receive(e.message);
  };

  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(DECK_CHANNEL);
    channel.addEventListener("message", (ev) => accept(ev.data));
  } catch {
    channel = null;
  }
  window.addEventListener("message", (ev) => {
    if (ev.origin !== location.origin || !ev.source) return;
    if (ev.source === peer || ev.source === window.opener || role === "deck") accept(ev.data, ev.source);
  });
  window.addEventListener("storage", (ev) => {
    if (ev.key !== storageKey(other) || !ev.newValue) return;
    try {
      accept(JSON.parse(ev.newValue));
    } catch {
      /* not ours */
    }
  });

  return {
    peer: () => (peer && !peer.closed ? peer : null),
    send(message) {
      const e: Envelope = { from: me, seq: seq++, message };
      channel?.postMessage(e);
      try {
        if (peer && !peer.closed) peer.postMessage(e, "*");
      } catch {
        peer = null;
      }
      try {
        localStorage.setItem(storageKey(role), JSON.stringify(e));
      } catch {
        /* storage can be off; the other ways still work */
      }
    },
  };
}
