/**
 * The checks the Hindi content tests are built from (test/support/hindi.ts): each must pass good Hindi and catch
 * the fault it is there for.
 */
import { describe, expect, it } from "vitest";
import {
  badGrouping,
  chapterNames,
  chapterShape,
  devanagariShare,
  filesBelow,
  frontTexts,
  indianGrouping,
  lakhCrore,
  missingNumbers,
  parseChapter,
  sentencesOf,
  smugglingWordProblems,
  sorted,
  tagIds,
  termProblems,
  visibleBody,
  wordsOf,
  type ChapterFront,
} from "../../support/hindi.ts";

describe("chapters", () => {
  it("parses frontmatter and body apart, and refuses a file without frontmatter or with it unclosed", () => {
    const p = parseChapter('---\ntitle: "क"\norder: 3\n---\n\n<Step id="a">x</Step>\n');
    expect(p.front.title).toBe("क");
    expect(p.front.order).toBe(3);
    expect(p.body).toContain('<Step id="a">');
    expect(() => parseChapter("title: x\n", "x.mdx")).toThrow("x.mdx: no frontmatter");
    expect(() => parseChapter("---\ntitle: x\n", "x.mdx")).toThrow("x.mdx: frontmatter not closed");
  });

  it("lists the chapters of a folder in order", () => {
    const names = chapterNames("src/content/essay/en");
    expect(names[0]).toBe("01-three-borders");
    expect(names).toEqual(sorted(names));
    expect(names.every((n) => !n.endsWith(".mdx"))).toBe(true);
  });

  it("finds every id of a component, in order, wherever the id attribute stands", () => {
    const body =
      '<Num id="b"/> और <Num id="a"/>; <Term id="t">x</Term> <Num class="c" id="b" /> <Numbers id="z"/>';
    expect(tagIds(body, "Num")).toEqual(["b", "a", "b"]);
    expect(tagIds(body, "Term")).toEqual(["t"]);
    expect(sorted(tagIds('<Num id="a"/>', "Num"))).not.toEqual(
      sorted(tagIds('<Num id="a"/><Num id="a"/>', "Num")),
    );
  });

  it("sees a changed step id, chart, view, slide shape or paper section", () => {
    const base: ChapterFront = {
      title: "t",
      order: 1,
      summary: "s",
      paperSections: ["A"],
      steps: [{ id: "a", show: "m", view: { zoom: 1 }, slide: { headline: "h", points: ["p"] }, notes: "n" }],
    };
    for (const change of [
      (c: ChapterFront) => (c.steps[0]!.id = "b"),
      (c: ChapterFront) => (c.steps[0]!.show = "other"),
      (c: ChapterFront) => (c.steps[0]!.view = { zoom: 2 }),
      (c: ChapterFront) => c.steps[0]!.slide.points.push("q"),
      (c: ChapterFront) => (c.paperSections = ["B"]),
    ]) {
      const changed = structuredClone(base);
      change(changed);
      expect(chapterShape(changed)).not.toEqual(chapterShape(base));
    }
    const translated = structuredClone(base);
    translated.title = "शीर्षक";
    translated.steps[0]!.notes = "टिप्पणी";
    expect(chapterShape(translated)).toEqual(chapterShape(base));
    expect(frontTexts(translated)).toEqual(["शीर्षक", "s", "h", "p", "टिप्पणी"]);
  });

  it("keeps the words a reader sees and drops markup and link targets", () => {
    const body = '<Step id="a">एक <Term id="t">शब्द</Term> [कड़ी](https://x.org/a)</Step>';
    expect(visibleBody(body).replace(/\s+/g, " ").trim()).toBe("एक शब्द [कड़ी]");
  });
});

describe("devanagariShare", () => {
  it("measures Devanagari and leaves acronyms out, but not English words or capitalised names", () => {
    expect(devanagariShare("BSF और SSB सीमा पर")).toBe(1);
    expect(devanagariShare("राष्ट्रीय अन्वेषण अभिकरण (NIA), NGO, MoU और CrPC")).toBe(1);
    expect(devanagariShare("the border सीमा")).toBeLessThan(0.5);
    expect(devanagariShare("Prevention and protection, रोकथाम")).toBeLessThan(0.85);
    expect(devanagariShare("McKinsey सीमा")).toBeLessThan(1);
  });

  it("says when there is no letter to count", () => {
    expect(devanagariShare("")).toBeUndefined();
    expect(devanagariShare("2010-2023")).toBeUndefined();
  });

  it("leaves out addresses and cited ids only when asked to", () => {
    const note = "लोकसभा उत्तर (pib-mha-ibb-fencing-2010; free_movement) https://example.org/a";
    expect(devanagariShare(note, { citations: true })).toBe(1);
    expect(devanagariShare(note)).toBeLessThan(0.85);
  });

  it("leaves out a listed name only where the English names it too", () => {
    const names = ["Millennium Post"];
    expect(
      devanagariShare("Millennium Post 804 बताता है", { names, english: "Millennium Post gives 804" }),
    ).toBe(1);
    expect(devanagariShare("Millennium Post 804 बताता है", { names, english: "804" })).toBeLessThan(0.85);
  });
});

describe("smugglingWordProblems", () => {
  it('flags "मानव तस्करी" and its variants', () => {
    expect(smugglingWordProblems("भारत में मानव तस्करी बढ़ी।")).toHaveLength(2);
    expect(smugglingWordProblems("भारत में मानव-तस्करी बढ़ी।").length).toBeGreaterThan(0);
    expect(smugglingWordProblems("मानवों की अवैध तस्करी बढ़ी।")).toHaveLength(2);
    expect(smugglingWordProblems("मानव अंगों और प्रवासियों की तस्करी।")).toHaveLength(1);
    expect(smugglingWordProblems("प्रवासियों की तस्करी, मानव के साथ होने वाला अपराध।")).toHaveLength(1);
    expect(smugglingWordProblems("यह मानव। फिर प्रवासियों की तस्करी।")).toHaveLength(1);
  });

  it('flags "तस्करी" outside "प्रवासियों की तस्करी" and "तस्कर" outside "प्रवासी-तस्कर"', () => {
    expect(smugglingWordProblems("लड़कियों की तस्करी हुई।")).toHaveLength(1);
    expect(smugglingWordProblems("सीमा पर तस्करी होती है।")).toHaveLength(1);
    expect(smugglingWordProblems("प्रवासियों की तस्करियाँ।")).toHaveLength(1);
    expect(smugglingWordProblems("एक तस्कर ने पैसे लिए।")).toHaveLength(1);
    expect(smugglingWordProblems("प्रवासियों की तस्करी में तस्कर पैसे लेता है।")).toHaveLength(1);
  });

  it("passes the two terms, and the distinction named side by side", () => {
    expect(smugglingWordProblems("मानव दुर्व्यापार और प्रवासियों की तस्करी अलग अपराध हैं।")).toEqual([]);
    expect(smugglingWordProblems("(प्रवासियों की तस्करी), और प्रवासी-तस्करों ने पैसे लिए।")).toEqual([]);
    expect(smugglingWordProblems("ताकि कम लोगों को किसी प्रवासी-तस्कर की ज़रूरत पड़े।")).toEqual([]);
  });

  it("passes a sentence read by hand, but never excuses मानव next to तस्करी", () => {
    expect(smugglingWordProblems("लड़कियों की तस्करी हुई।", ["लड़कियों की तस्करी हुई"])).toEqual([]);
    expect(smugglingWordProblems("तस्कर नाव छोड़ गए।", ["तस्कर नाव छोड़ गए"])).toEqual([]);
    expect(smugglingWordProblems("मानव तस्करी बढ़ी।", ["मानव तस्करी बढ़ी"])).toHaveLength(1);
  });

  it("splits sentences and words as the hand-checked lists expect", () => {
    expect(sentencesOf("एक। दो? तीन!\nचार")).toEqual(["एक", "दो", "तीन", "चार"]);
    expect(wordsOf("(प्रवासियों की तस्करी), प्रवासी-तस्कर।")).toEqual(["प्रवासियों", "की", "तस्करी", "प्रवासी-तस्कर"]);
  });
});

describe("termProblems", () => {
  it("asks दुर्व्यापार for trafficking and the smuggling word for smuggling", () => {
    expect(termProblems("trafficking cases", "तस्करी के मामले")).toHaveLength(2);
    expect(termProblems("trafficking cases", "दुर्व्यापार के मामले")).toEqual([]);
    expect(termProblems("smuggling of migrants", "प्रवासियों का दुर्व्यापार")).toHaveLength(1);
    expect(termProblems("smugglers left people", "प्रवासी-तस्कर लोगों को छोड़ गए")).toEqual([]);
  });

  it("refuses the smuggling word where the English does not say smuggling", () => {
    expect(termProblems("traffickers arrested", "तस्कर गिरफ़्तार")).toHaveLength(2);
    expect(termProblems("people were moved", "प्रवासियों की तस्करी हुई")).toHaveLength(1);
  });
});

describe("numbers", () => {
  it("groups numbers the Indian way", () => {
    expect(["4500", "40000", "100000", "1234567", "150"].map(indianGrouping)).toEqual([
      "4,500",
      "40,000",
      "1,00,000",
      "12,34,567",
      "150",
    ]);
    expect([11, 3.3, 50, 24.9, 1.2].map(lakhCrore)).toEqual([
      "1.1 करोड़",
      "33 लाख",
      "5 करोड़",
      "2.49 करोड़",
      "12 लाख",
    ]);
  });

  it("finds numbers the Hindi lost, grouped the Western way, or wrote once where the English has two", () => {
    expect(missingNumbers("over 100,000 people in 2016", "2016 में 1,00,000 से ज़्यादा लोग")).toEqual([]);
    expect(missingNumbers("over 100,000 people", "100000 से ज़्यादा लोग")).toHaveLength(1);
    expect(missingNumbers("section 370 and 144", "धारा 370")).toEqual(["144"]);
    expect(missingNumbers("2015 and 2015", "2015")).toEqual(["2015"]);
    expect(
      missingNumbers("over 150000 in 2025, 3,239.92 km", "2025 में 1,50,000 से ज़्यादा, 3,239.92 किमी"),
    ).toEqual([]);
    expect(missingNumbers("call 10921", "10921 पर फ़ोन")).toEqual([]);
  });

  it('asks "N million" in lakh or crore and its digits, unless told otherwise', () => {
    expect(missingNumbers("about 11 million people", "लगभग 1.1 करोड़ (11 मिलियन) लोग")).toEqual([]);
    expect(missingNumbers("about 11 million people", "लगभग 1.1 करोड़ लोग")).toEqual(["11"]);
    expect(
      missingNumbers("about 11 million people", "लगभग 1.1 करोड़ लोग", { millionsAsDigits: false }),
    ).toEqual([]);
    expect(missingNumbers("about 11 million people", "लगभग 11 लोग")).toHaveLength(1);
    expect(
      missingNumbers("USD 578 million", "578 मिलियन अमेरिकी डॉलर", { millionsInLakhCrore: false }),
    ).toEqual([]);
    expect(missingNumbers("USD 578 million", "578 मिलियन अमेरिकी डॉलर")).toHaveLength(1);
  });

  it("refuses Western grouping and long ungrouped counts, but not ids, decimals or listed codes", () => {
    expect(badGrouping("1,50,000 और 6,201 और 31,000 (bd-total-2025) 3239.92")).toEqual([]);
    expect(badGrouping("150,000 और 150000")).toEqual(["150,000", "150000"]);
    expect(badGrouping("हेल्पलाइन 14490 और 150000", ["14490"])).toEqual(["150000"]);
  });
});

describe("filesBelow", () => {
  it("lists files in subfolders too, with forward slashes", () => {
    const files = filesBelow("data/i18n/hi", ".csv");
    expect(files).toContain("places.csv");
    expect(files).toContain("stats/ncrb.csv");
  });
});
