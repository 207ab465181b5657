import { describe, expect, it } from "vitest";
import { formatIndian, formatNumber, inWords } from "../../../src/lib/charts/format.ts";

describe("number formats", () => {
  it("groups the international way", () => expect(formatNumber(1234567.25)).toBe("1,234,567.3"));
  it("groups the Indian way", () => expect(formatIndian(1234567)).toBe("12,34,567"));
  it("names lakh and crore", () => {
    expect(inWords(250000)).toBe("2.5 lakh");
    expect(inWords(12300000)).toBe("1.23 crore");
    expect(inWords(99999)).toBeUndefined();
  });
});
