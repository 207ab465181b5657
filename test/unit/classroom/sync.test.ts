import { describe, expect, it } from "vitest";
import {
  freshness,
  parseDeckMessage,
  parseEnvelope,
  slideIdFromHash,
} from "../../../src/lib/classroom/sync.ts";

describe("parseDeckMessage", () => {
  it("accepts exactly the three shapes", () => {
    expect(parseDeckMessage({ type: "crossings-hello" })).toEqual({ type: "crossings-hello" });
    expect(parseDeckMessage({ type: "crossings-goto", id: "bd-routes", extra: 1 })).toEqual({
      type: "crossings-goto",
      id: "bd-routes",
    });
    expect(parseDeckMessage({ type: "crossings-slide", id: "title", index: 0, total: 53 })).toEqual({
      type: "crossings-slide",
      id: "title",
      index: 0,
      total: 53,
    });
  });
  it("refuses anything else", () => {
    for (const bad of [
      null,
      "crossings-hello",
      { type: "other" },
      { type: "crossings-goto" },
      { type: "crossings-goto", id: "<img src=x>" },
      { type: "crossings-slide", id: "a", index: 5, total: 5 },
      { type: "crossings-slide", id: "a", index: -1, total: 5 },
      { type: "crossings-slide", id: "a", index: 1.5, total: 5 },
      { "datawrapper-height": { a: 300 } },
    ])
      expect(parseDeckMessage(bad), JSON.stringify(bad)).toBeNull();
  });
});

describe("envelopes", () => {
  const env = (from: string, seq: number) => ({ from, seq, message: { type: "crossings-goto", id: "a" } });
  it("parse only with a sender, a sequence number and a message", () => {
    expect(parseEnvelope(env("abc123", 0))).toEqual(env("abc123", 0));
    expect(parseEnvelope({ ...env("abc123", 0), message: { type: "x" } })).toBeNull();
    expect(parseEnvelope(env("no", 0))).toBeNull();
    expect(parseEnvelope(env("abc123", -1))).toBeNull();
  });
  it("are acted on once each, and never after a newer one from the same sender", () => {
    const fresh = freshness();
    const e = (from: string, seq: number) => parseEnvelope(env(from, seq))!;
    expect(fresh(e("aaaaaa", 0))).toBe(true);
    expect(fresh(e("aaaaaa", 0))).toBe(false); // the same message by a second way
    expect(fresh(e("aaaaaa", 2))).toBe(true);
    expect(fresh(e("aaaaaa", 1))).toBe(false); // an older one, late
    expect(fresh(e("bbbbbb", 0))).toBe(true); // another window
  });
});

describe("slideIdFromHash", () => {
  it("reads reveal's #/id and a plain #id", () => {
    expect(slideIdFromHash("#/bd-routes")).toBe("bd-routes");
    expect(slideIdFromHash("#bd-routes")).toBe("bd-routes");
    expect(slideIdFromHash("#/title/")).toBe("title");
  });
  it("names no slide for anything else", () => {
    for (const h of ["", "#", "#/", "#/a/b", "#/<script>", "#/Bd"]) expect(slideIdFromHash(h), h).toBeNull();
  });
});
