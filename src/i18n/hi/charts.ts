/**
 * The words every chart draws or says, one section per chart id: axis and legend labels, tooltips, the
 * generated descriptions, notes and the table's word values. Sentences with values are whole Hindi sentences,
 * with each value where Hindi puts it; numbers arrive already formatted for the locale, ISO dates are written
 * with Hindi month names.
 */
import { hindiDate, MONTHS } from "./dates.ts";

type En = typeof import("../en/charts.ts").charts;

/** "11.1" (million, as the English passes it) as lakh or crore: 1.11 करोड़, 55 लाख. */
function millionInWords(n: string): string {
  const m = Number(String(n).replace(/,/g, ""));
  if (!Number.isFinite(m)) return `${n} मिलियन`;
  const f = (x: number) => new Intl.NumberFormat("hi-IN", { maximumFractionDigits: 2 }).format(x);
  return m >= 10 ? `${f(m / 10)} करोड़` : `${f(m * 10)} लाख`;
}

export const charts: En = {
  /** Shared by several charts. */
  common: {
    percent: (n: string) => `${n}%`,
    notSourced: "स्रोत नहीं मिला",
    yes: "हाँ",
    /** A report year with its figure's shortened form for narrow drawings ("’18"). */
    shortYear: (year: number) => `’${String(year).slice(2)}`,
    months: [...MONTHS],
    monthYear: (month: string, year: string) => `${month} ${year}`,
    /** Opens the description of a view: a step or slide that shows only the rows it talks about. */
    part: (shown: number, total: number) =>
      `चार्ट का एक हिस्सा: उसकी ${total} पंक्तियों में से ${shown}, जिनकी बात यह चरण करता है; चार्ट के पेज पर सभी पंक्तियाँ हैं।`,
  },
  "border-lengths": {
    axis: "किमी",
    wholeBorder: "पूरी सीमा",
    main: "मुख्य",
    anotherSource: "दूसरा स्रोत",
    tip: (state: string, neighbour: string, km: string, force: string, regime: string) =>
      `${state} – ${neighbour}: ${km}; ${force}; ${regime}`,
    altTip: (state: string, neighbour: string, km: string) =>
      `${state} – ${neighbour}: दूसरे स्रोत के अनुसार ${km}`,
    describe: {
      intro: "भारतीय राज्यों के हिसाब से सीमा की लंबाई का बार चार्ट।",
      neighbour: (
        neighbour: string,
        total: string | undefined,
        states: number,
        longest: string,
        km: string,
        force: string,
      ) =>
        `${neighbour} से लगी सीमा${total ? ` कुल ${total} लंबी है और` : ""} ${states} ${states === 1 ? "राज्य" : "राज्यों"} से होकर गुज़रती है; सबसे लंबा हिस्सा ${longest} में है (${km}), जो ${force} की निगरानी में है।`,
      alt: (km: string, state: string, neighbour: string) =>
        `एक दूसरा स्रोत ${state} (${neighbour}) के लिए ${km} बताता है`,
      gap: (state: string, neighbour: string) =>
        `${state} और ${neighbour} के बीच के हिस्से की लंबाई का कोई स्रोत नहीं मिला`,
      differ: (items: string) => `जहाँ स्रोत अलग-अलग हैं या मिले ही नहीं: ${items}।`,
    },
  },
  /** NCRB's two methods, shared by the NCRB charts. */
  ncrb: {
    method: {
      older: "पुराना तरीक़ा: IPC की कई धाराएँ और ITPA",
      ahtu: "लगभग 2017 से: मानव दुर्व्यापार-रोधी इकाइयों (AHTU) में दर्ज मामले",
    },
    short: { older: "पुराना तरीक़ा", ahtu: "केवल AHTU मामले" },
  },
  "ncrb-trend": {
    measure: {
      cases_registered: "दर्ज मामले",
      persons_trafficked: "जिन लोगों का दुर्व्यापार हुआ (इन मामलों के पीड़ित)",
    },
    /** The measure as the subject of a sentence. */
    measureShort: { cases_registered: "दर्ज मामले", persons_trafficked: "जिन लोगों का दुर्व्यापार हुआ" },
    methodChanges: "NCRB के तरीक़े में बदलाव",
    methodChangesShort: "तरीक़ा बदला",
    olderMethod: "पुराना तरीक़ा",
    ahtuOnly: "केवल AHTU मामले",
    ahtuShort: "AHTU मामले",
    drawn: "रेखा पर दिखाया गया",
    anotherReport: "दूसरी रिपोर्ट",
    tip: (year: number, value: string, measure: "cases_registered" | "persons_trafficked", method: string) =>
      `${year}: ${value} ${measure === "cases_registered" ? "मामले दर्ज" : "लोग जिनका दुर्व्यापार हुआ"} (${method})`,
    altTip: (year: number, value: string) => `${year}: दूसरी रिपोर्ट के अनुसार ${value}`,
    describe: {
      intro: (from: number) =>
        `रेखा चार्ट, जिसमें ${from} पर एक विराम है: तब से NCRB केवल मानव दुर्व्यापार-रोधी इकाइयों में दर्ज मामले गिनता है। दोनों तरीक़ों को अलग-अलग रेखाओं से दिखाया गया है, और इनकी आपस में तुलना नहीं करनी चाहिए।`,
      method: { older: "पुराने तरीक़े", ahtu: "AHTU-आधारित तरीक़े" },
      one: (measure: string, method: string, year: number, value: string) =>
        `${method} से ${measure}: ${year} में ${value}।`,
      span: (
        measure: string,
        method: string,
        from: number,
        to: number,
        first: string,
        last: string,
        peak?: { value: string; year: number },
      ) =>
        `${method} से ${measure}: ${from} से ${to} तक, ${first} से ${last}${peak ? `; सबसे ज़्यादा ${peak.year} में, ${peak.value}` : ""}।`,
      alt: (year: number, value: string) => `${year} के लिए एक दूसरी रिपोर्ट ${value} का आँकड़ा भी देती है`,
    },
    notes: {
      method: (from: number) =>
        `2016 तक NCRB भारतीय दंड संहिता (IPC) की कई धाराओं और अनैतिक व्यापार (निवारण) अधिनियम के तहत दर्ज मामलों को जोड़ता था; लगभग ${from} से वह केवल मानव दुर्व्यापार-रोधी इकाइयों में दर्ज मामले गिनता है। दोनों रेखाएँ जान-बूझकर अलग दिखाई गई हैं: उनके बीच की गिरावट कम से कम कुछ हद तक इस बदलाव से आती है कि क्या गिना जाता है।`,
      police: "दर्ज मामले और पहचाने गए पीड़ित पुलिस के काम को मापते हैं, यह नहीं कि दुर्व्यापार कितना होता है।",
      rings:
        "खोखले घेरे उसी साल के लिए किसी दूसरी रिपोर्ट का आँकड़ा हैं (संसद में दिया गया कोई जवाब या बाद का कोई संस्करण)।",
      gaps: "जिन सालों का आँकड़ा किसी स्रोत में नहीं मिला, वे ख़ाली छोड़े गए हैं।",
    },
  },
  "ncrb-funnel": {
    stage: {
      cases_registered: "दर्ज मामले",
      chargesheet_rate: "आरोप-पत्र दर",
      conviction_rate: "दोषसिद्धि दर",
    },
    stageShort: {
      cases_registered: "मामले",
      chargesheet_rate: "आरोप-पत्र",
      conviction_rate: "दोषसिद्धि",
    },
    unit: { cases: "मामले", percent: "प्रतिशत" },
    head: (year: number, cases: string | undefined) =>
      cases ? `${year} · ${cases} मामले दर्ज` : `${year} · मामलों का स्रोत नहीं मिला`,
    casesTip: (year: number, cases: string) => `${year}: दुर्व्यापार के ${cases} मामले दर्ज हुए`,
    chargesheetTip: (year: number, pct: string) =>
      `${year}: पुलिस ने दुर्व्यापार के जिन मामलों का निपटारा किया, उनमें से ${pct} में आरोप-पत्र (चार्जशीट) दाख़िल किया`,
    convictionTip: (year: number, pct: string) =>
      `${year}: अदालतों में पूरे हुए दुर्व्यापार के मुक़दमों में से ${pct} दोषसिद्धि पर ख़त्म हुए`,
    missingTip: (year: number, stage: string) => `${year}: ${stage} का स्रोत नहीं मिला`,
    notSourced: "स्रोत नहीं मिला",
    legend: { chargesheet: "आरोप-पत्र दर (पुलिस)", conviction: "दोषसिद्धि दर (अदालतें)" },
    describe: {
      none: "डेटा में किसी भी साल की आरोप-पत्र दर या दोषसिद्धि दर नहीं है।",
      intro: "हर साल की आरोप-पत्र दर और दोषसिद्धि दर के बार, साथ में उस साल दर्ज मामले।",
      year: (
        year: number,
        cases: string | undefined,
        chargesheet: string | undefined,
        conviction: string | undefined,
      ) =>
        `${year}: ${cases ? `${cases} मामले दर्ज` : "दर्ज मामलों का स्रोत नहीं मिला"}, ${chargesheet ? `${chargesheet} में आरोप-पत्र` : "आरोप-पत्र दर का स्रोत नहीं मिला"}, ${conviction ? `पूरे हुए मुक़दमों में से ${conviction} में दोषसिद्धि` : "दोषसिद्धि दर का स्रोत नहीं मिला"}।`,
      full: (years: string) => `तीनों आँकड़े इन सालों के लिए उपलब्ध हैं: ${years}।`,
      noneFull: "किसी भी साल के तीनों आँकड़े उपलब्ध नहीं हैं।",
    },
    notes: {
      bases:
        "यह असली फ़नल (कीप) नहीं है। डेटा में दरें हैं, गिनतियाँ नहीं, और हर दर का आधार अलग है: आरोप-पत्र दर उन मामलों का हिस्सा है जिनका पुलिस ने उस साल निपटारा किया (इनमें पुराने मामले भी हो सकते हैं), और दोषसिद्धि दर उन मुक़दमों का हिस्सा है जो अदालतों ने पूरे किए। दोनों दरों को गुणा करने से यह पता नहीं चलता कि कितने मामले दोषसिद्धि तक पहुँचे।",
      ahtu: "दिखाए गए सभी साल NCRB के बाद वाले तरीक़े के हैं, जो केवल मानव दुर्व्यापार-रोधी इकाइयों में दर्ज मामले गिनता है।",
      mixed:
        "दिखाए गए साल लगभग 2017 में NCRB के तरीक़े में हुए बदलाव के दोनों ओर पड़ते हैं; बदलाव से पहले और बाद के आँकड़ों की तुलना नहीं की जा सकती।",
      gaps: (years: string) => `${years} में कुछ चरणों के आँकड़े नहीं मिले; वे बार ख़ाली छोड़े गए हैं।`,
    },
  },
  "tip-tiers": {
    tier: { "1": "टियर 1", "2": "टियर 2", "2.5": "टियर 2 निगरानी सूची", "3": "टियर 3" },
    short: { "1": "1", "2": "2", "2.5": "2नि", "3": "3" },
    other: (tier: number) => `टियर ${tier}`,
    legend: (label: string, short: string) => `${label} (${short})`,
    tip: (country: string, year: number, tier: string, note: string) =>
      `${country}, ${year} की रिपोर्ट: ${tier}${note ? `। ${note}` : ""}`,
    missingTip: (country: string, year: number) => `${country}, ${year} की रिपोर्ट: टियर का स्रोत नहीं मिला`,
    noTier: "टियर का स्रोत नहीं मिला",
    describe: {
      none: "डेटा में कोई टियर नहीं है।",
      intro: (from: number, to: number) =>
        `अमेरिकी विदेश विभाग की TIP रिपोर्ट के टियर का हीटमैप, ${from} से ${to} तक।`,
      run: (tier: string, from: number, to: number) => `${tier} ${from === to ? from : `${from}–${to}`}`,
      country: (country: string, runs: string) => `${country}: ${runs}।`,
      gaps: (items: string) => `इनके लिए टियर का स्रोत नहीं मिला: ${items}।`,
      gap: (country: string, year: number) => `${country} ${year}`,
    },
    notes: {
      meaning:
        "टियर अमेरिकी क़ानून के पैमाने पर आँकते हैं कि कोई सरकार दुर्व्यापार रोकने की कितनी कोशिश कर रही है; वे यह नहीं बताते कि दुर्व्यापार कितना होता है। टियर 1 सबसे ऊपर है और टियर 3 सबसे नीचे; 2नि का मतलब है टियर 2 निगरानी सूची।",
      reading:
        "हर ख़ाना उस साल की रिपोर्ट में दिया गया टियर है, जैसा देश वाले हिस्से में या उसकी प्रेस कवरेज में पढ़ा गया। कुछ साल बाद की किसी रिपोर्ट पर टिके हैं, जिसमें लिखा है कि देश किसी टियर पर 'बना रहा'।",
      missing: "टूटी रेखा और डैश वाला ख़ाना उस साल का है जिसके टियर का कोई स्रोत नहीं मिला।",
    },
  },
  "ncrb-states-tiles": {
    panel: (year: number, method: string) => `${year} · ${method}`,
    noData: "डेटा नहीं",
    bin: (min: string, max: string | undefined) =>
      max === undefined ? `${min}+` : min === max ? min : `${min}–${max}`,
    tip: (state: string, year: number, value: string, alt: string | undefined) =>
      `${state}, ${year}: ${value} मामले दर्ज${alt ? ` (दूसरी रिपोर्ट के अनुसार ${alt})` : ""}`,
    missingTip: (state: string, year: number) => `${state}, ${year}: आँकड़े का स्रोत नहीं मिला`,
    describe: {
      none: "किसी भी साल में इतने राज्यों के आँकड़े नहीं हैं कि नक्शा बनाया जा सके।",
      intro: "भारत के राज्यों का टाइल-नक्शा, जिसमें रंग दुर्व्यापार के दर्ज मामलों के हिसाब से गहरा होता है।",
      panel: (
        year: number,
        method: string,
        n: number,
        total: number,
        top: string,
        zero: string,
        missing: number,
      ) =>
        `${year} (${method}): ${total} राज्यों और केंद्र शासित प्रदेशों में से ${n} के आँकड़े; सबसे ज़्यादा ${top}${zero ? `; ${zero} में एक भी मामला दर्ज नहीं` : ""}; ${missing} के आँकड़े का स्रोत नहीं मिला।`,
      top: (state: string, value: string) => `${state} ${value}`,
    },
    notes: {
      tiles:
        "हर टाइल एक राज्य या केंद्र शासित प्रदेश है, जिसे मोटे तौर पर उसकी असली जगह पर रखा गया है; टाइल का आकार क्षेत्रफल या आबादी के बारे में कुछ नहीं बताता। रंग हर दस गुना पर एक सीढ़ी गहरा होता है।",
      dashed: "टूटी रेखा वाली टाइल का मतलब है कि उस साल का कोई आँकड़ा स्रोत में नहीं मिला; इसका मतलब शून्य नहीं है।",
      methods:
        "पैनल NCRB के दो अलग-अलग तरीक़ों पर आधारित हैं (कई धाराओं का पुराना कुल जोड़, और बाद में केवल AHTU मामलों की गिनती), इसलिए किसी राज्य के आँकड़ों की इन दोनों के बीच तुलना नहीं की जा सकती।",
      police:
        "ये पुलिस में दर्ज मामलों की गिनती है, यह नहीं कि दुर्व्यापार कितना होता है: ज़्यादा गिनती का कारण ज़्यादा पुलिस कार्रवाई या ज़्यादा शिकायतें भी हो सकती हैं, सिर्फ़ ज़्यादा दुर्व्यापार नहीं।",
    },
  },
  "rohingya-displacement": {
    host: {
      refugees_registered_camps_and_bhasan_char: "बांग्लादेश: कॉक्स बाज़ार के शिविरों और भासान चर में पंजीकृत",
      rohingya_identified_in_camps: "बांग्लादेश: शिविरों में पहचाने गए सभी, नए आने वालों समेत",
      new_arrivals_biometrically_identified: "बांग्लादेश: दिसंबर 2024 से पहचाने गए नए आने वाले",
      rohingya_registered_unhcr: "मलेशिया: UNHCR में पंजीकृत",
      rohingya_registered_unhcr_india: "भारत: UNHCR में पंजीकृत",
      rohingya_in_india_govt_estimate: "भारत: सरकारी अनुमान",
    },
    sea: { set_out: "समुद्र के रास्ते निकले", dead: "समुद्र में मृत या लापता" },
    hostsTitle: "रोहिंग्या शरणार्थियों की गिनती कहाँ होती है",
    seaTitle: "समुद्र में: निकलने वाले लोग, और जिनकी मौत हुई या जो लापता हुए",
    hostLabel: (label: string, date: string) => `${label} (${date})`,
    /** "1,200 से ज़्यादा" for a minimum count. */
    value: (value: string, minimum: boolean) => (minimum ? `${value} से ज़्यादा` : value),
    barValue: (value: string, minimum: boolean) => (minimum ? `>${value}` : value),
    hostTip: (label: string, date: string, value: string) => `${label}, ${date}: ${value} लोग`,
    seaTip: (year: number, value: string, kind: "set_out" | "dead", parts: number) =>
      `${year}: ${value} ${kind === "set_out" ? "लोग समुद्र के रास्ते निकले" : "लोग समुद्र में मृत या लापता"}${parts > 1 ? ` (साल के ${parts} हिस्सों के अनुमान जोड़कर)` : ""}`,
    panel: { hosts: "कहाँ गिने गए", sea: "समुद्र में" },
    legend: { registered: "UNHCR या शिविरों के डेटाबेस में पंजीकृत", estimate: "सरकारी अनुमान" },
    describe: {
      intro: "दो बार चार्ट।",
      hosts: (items: string) => `रोहिंग्या कहाँ गिने गए: ${items}।`,
      host: (label: string, date: string, value: string) => `${label}, ${date}: ${value}`,
      sea: (items: string) => `बंगाल की खाड़ी और अंडमान सागर में: ${items}।`,
      year: (year: number, out: string | undefined, dead: string | undefined) =>
        `${year}: ${out ? `${out} निकले` : "निकलने वालों का स्रोत नहीं मिला"}${dead ? `, ${dead} मृत या लापता` : ""}`,
    },
    notes: {
      registered:
        "पंजीकृत शरणार्थियों की गिनती में वे लोग नहीं आते जो पंजीकृत नहीं हैं; भारत सरकार का अनुमान और UNHCR के पंजीकरण अलग-अलग चीज़ें गिनते हैं और आपस में मेल नहीं खाते।",
      minimums: "कुछ आँकड़े न्यूनतम हैं ('… से ज़्यादा'); कई UNHCR के मोटे अनुमान हैं।",
      parts: (year: number, parts: number) =>
        `${year} में समुद्र के रास्ते निकलने वालों के लिए साल के ${parts} हिस्सों के अनुमान जोड़े गए हैं।`,
      dash: "डैश का मतलब है कि उस साल उस माप का कोई आँकड़ा स्रोत में नहीं मिला। समुद्र के आँकड़े UNHCR के हैं, बंगाल की खाड़ी और अंडमान सागर के लिए।",
    },
  },
  "slavery-estimates": {
    prevalenceTitle: (edition: number) => `हर 1,000 लोगों में, ${edition} संस्करण`,
    countsTitle: "आधुनिक दासता में लोग, संस्करण के हिसाब से (लॉग स्केल)",
    notFound: "नहीं मिला",
    edition: (edition: number) => `वैश्विक दासता सूचकांक ${edition}`,
    prevalenceTip: (country: string, edition: number, value: string) =>
      `${country}, ${edition} संस्करण: अनुमान है कि हर 1,000 लोगों में ${value} (मॉडल-आधारित)`,
    countTip: (country: string, edition: number, value: string, note: string) =>
      `${country}, ${edition} संस्करण: अनुमानित ${value} लोग (मॉडल-आधारित)।${note ? ` ${note}` : ""}`,
    million: millionInWords,
    /** Axis ticks on the log scale, in the Indian way: 1 हज़ार, 1 लाख, 10 लाख, 1 करोड़. */
    tick: (v: number) =>
      v >= 1e7 ? `${v / 1e7} करोड़` : v >= 1e5 ? `${v / 1e5} लाख` : v >= 1e3 ? `${v / 1e3} हज़ार` : String(v),
    measure: { prevalence: "हर 1,000 लोगों में", people: "लोग" },
    describe: {
      intro: "मॉडल-आधारित अनुमान, गिनती नहीं।",
      prevalence: (edition: number, items: string, missing: string) =>
        `${edition} संस्करण में हर 1,000 लोगों में: ${items}${missing ? `; ${missing} के लिए नहीं मिला` : ""}।`,
      item: (country: string, value: string) => `${country} ${value}`,
      counts: (editions: string, items: string) =>
        `आधुनिक दासता में लोग, संस्करण के हिसाब से (${editions}): ${items}।`,
      country: (country: string, items: string) => `${country}: ${items}`,
      count: (value: string, edition: number) => `${value} (${edition} संस्करण)`,
      outro: "संस्करणों के तरीक़े अलग-अलग हैं, इसलिए इन्हें रुझान न समझें।",
    },
    notes: {
      modelled:
        "ये मॉडल-आधारित अनुमान हैं: वॉक फ़्री राष्ट्रीय सर्वेक्षणों और जोखिम के कारकों को मिलाकर अनुमान लगाता है कि कितने लोग बलात् श्रम या जबरन विवाह में हैं। ये पहचाने गए पीड़ितों की गिनती नहीं हैं, और भारत सरकार ने इस सूचकांक की परिभाषाओं और नमूने पर आपत्ति जताई है।",
      editions: (editions: string) => `${editions} संस्करणों के तरीक़े अलग-अलग हैं; उनके बीच का अंतर कोई रुझान नहीं है।`,
      press: "जहाँ वॉक फ़्री के अपने पृष्ठ नहीं खुल सके, वहाँ आँकड़े हर संस्करण की समाचार रिपोर्टों से लिए गए हैं।",
    },
  },
  "recommendations-matrix": {
    /** The groups of actors the paper addresses, in column order; a group not named here shows its code. */
    who: {
      parliament: "संसद",
      union_government: "केंद्र सरकार",
      state_governments: "राज्य सरकारें",
      police: "पुलिस और AHTU",
      border_forces: "सीमा बल",
      judiciary: "अदालतें",
      ngos: "NGO",
      regional_bodies: "क्षेत्रीय संगठन",
      un_agencies: "UN एजेंसियाँ",
      donors: "धन देने वाले",
    },
    tip: (text: string, who: string, area: string, note: string) =>
      `${text} किसके लिए: ${who}। क्षेत्र: ${area}।${note ? ` ${note}` : ""}`,
    dotTip: (who: string, text: string) => `${who}: ${text}`,
    fromSection: (section: string) => `लेख के खंड "${section}" से`,
    describe: {
      intro: (n: number, bySection: string, groups: number) =>
        `${n} सिफ़ारिशों (${bySection}) और ${groups} तरह की संस्थाओं का मैट्रिक्स।`,
      section: (n: number, section: string) => `"${section}" से ${n}`,
      most: (items: string) => `सबसे ज़्यादा सिफ़ारिशें इनके लिए हैं: ${items}।`,
      load: (who: string, n: number) => `${who} (${n})`,
      rec: (text: string, who: string) => `${text} (${who})`,
    },
    notes: {
      retold: "सिफ़ारिशें लेख की हैं, हर एक को एक पंक्ति में अपने शब्दों में कहा गया है; ये प्रस्ताव हैं, लागू उपाय नहीं।",
      inferred:
        "जहाँ लेख यह नहीं बताता कि क़दम किसे उठाना चाहिए, वहाँ पंक्ति की टिप्पणी बताती है कि भूमिका का अनुमान हमने किसके लिए लगाया।",
    },
  },
  "definitions-compared": {
    concept: {
      trafficking: "व्यक्तियों का दुर्व्यापार",
      smuggling: "प्रवासियों की तस्करी",
      irregular: "अनियमित प्रवासन",
    },
    conceptShort: { trafficking: "दुर्व्यापार", smuggling: "प्रवासियों की तस्करी", irregular: "अनियमित प्रवासन" },
    aspect: {
      act: "कृत्य",
      means: "साधन",
      purpose: "उद्देश्य",
      consent: "सहमति",
      border: "सीमा पार करना",
      exploitation: "शोषण",
      person: "व्यक्ति",
    },
    status: {
      required: "ज़रूरी",
      not_required: "ज़रूरी नहीं",
      irrelevant: "अप्रासंगिक",
      position: "क़ानूनी स्थिति",
    },
    /** Short names for the instruments the cells restate; others show their name from the data. */
    instrument: {
      "palermo-tip-protocol": "दुर्व्यापार संबंधी प्रोटोकॉल",
      "smuggling-protocol": "प्रवासियों की तस्करी संबंधी प्रोटोकॉल",
      untoc: "अंतरराष्ट्रीय संगठित अपराध के विरुद्ध संयुक्त राष्ट्र अभिसमय",
    },
    tip: (concept: string, aspect: string, text: string, instrument: string, article: string) =>
      `${concept}, ${aspect}: ${text}। ${instrument}, ${article}।`,
    describe: {
      intro: (concepts: string) => `${concepts} की तुलना करती तालिका।`,
      aspect: (aspect: string, cells: string) => `${aspect}। ${cells}।`,
      cell: (concept: string, status: string, text: string) => `${concept}: ${status} (${text})`,
    },
    notes: {
      glyphs:
        "भरा हुआ बिंदु: यह तत्व परिभाषा का हिस्सा है। खोखला घेरा: हिस्सा नहीं है। हीरे का निशान: संधि इस तत्व को किनारे रखती है (सहमति), या पंक्ति अपराध के बजाय व्यक्ति की क़ानूनी स्थिति के बारे में है।",
      wording:
        "ख़ानों में संधियों की बात सीधे शब्दों में कही गई है; मान्य वही है जो प्रोटोकॉल के अपने पाठ में लिखा है। इन संधियों में अनियमित प्रवासन की अपनी कोई परिभाषा नहीं है: उसकी पंक्ति प्रवासियों की तस्करी संबंधी प्रोटोकॉल में 'अवैध प्रवेश' के अर्थ पर आधारित है।",
      india:
        "भारत में दुर्व्यापार का अपराध अब भारतीय न्याय संहिता की धारा 143 में है, जिसने 1 जुलाई 2024 को भारतीय दंड संहिता की धारा 370 की जगह ली।",
    },
  },
  "journey-stages": {
    smuggled: "प्रवासियों की तस्करी वाली यात्रा",
    trafficking: "दुर्व्यापार",
    turnLegend: "जहाँ प्रवासियों की तस्करी दुर्व्यापार में बदल सकती है",
    numbered: (n: number, stage: string) => `${n}. ${stage}`,
    canTurn: (turn: string) => `यहाँ मोड़ आ सकता है: ${turn}`,
    smuggledTip: (stage: string, text: string) => `${stage}, प्रवासियों की तस्करी वाली यात्रा में: ${text}`,
    traffickingTip: (stage: string, text: string) => `${stage}, दुर्व्यापार में: ${text}`,
    turnTip: (stage: string, turn: string) => `${stage} पर मोड़: ${turn}`,
    describe: {
      intro: (n: number, stages: string) => `${n} चरणों का आरेख: ${stages}।`,
      stage: (stage: string, smuggling: string, trafficking: string, turn: string | undefined) =>
        `${stage}: प्रवासियों की तस्करी में, ${smuggling} दुर्व्यापार में, ${trafficking}${turn ? ` मोड़: ${turn}` : ""}`,
      turns: (stages: string) => `लेख के अनुसार मोड़ इन चरणों पर आते हैं: ${stages}।`,
      stageName: (stage: string) => stage,
    },
    notes: {
      schematic:
        "यह लेख के विवरण का एक ढाँचा है, जो UNODC (2022) और IOM (2023) पर आधारित है; यह संभावनाएँ दिखाता है, यह नहीं कि हर चीज़ कितनी बार होती है। ये मोड़ लेख बताता है; यहाँ कोई आँकड़ा इन्हें नहीं गिनता।",
      consent:
        "जिस व्यक्ति ने प्रवासी-तस्कर की मदद से सीमा पार करने की सहमति दी थी, वह भी दुर्व्यापार का शिकार हो सकता है: दुर्व्यापार संबंधी प्रोटोकॉल के अनुसार, छल या बल का इस्तेमाल होते ही उसकी पहले दी गई सहमति का कोई मतलब नहीं रह जाता।",
    },
  },
  "actors-roles": {
    corridors: "गलियारे",
    /** A relation's target when it is a corridor (oblique, as a postposition follows it). */
    corridorTarget: (corridor: string) => `${corridor} गलियारे`,
    basedIn: (country: string) => `मुख्यालय: ${country}।`,
    tip: (name: string, base: string, roles: string, links: string) =>
      `${name}।${base ? ` ${base}` : ""} ${roles ? `भूमिकाएँ: ${roles}।` : "कोई भूमिका स्रोतों में नहीं मिली।"}${links ? ` यह ${links}।` : ""}`,
    /** The target first, then the relation's verb phrase: "UNODC पलेर्मो प्रोटोकॉल का प्रशासन करता है". */
    link: (relation: string, target: string) => `${target} ${relation}`,
    describe: {
      intro: (n: number, levels: string) => `${n} संस्थाओं (${levels}) और चार P का मैट्रिक्स।`,
      level: (n: number, level: string) => `${n} ${level}`,
      role: (role: string, n: number) => `${role}: ${n} ${n === 1 ? "संस्था" : "संस्थाएँ"}`,
      all: (names: string) => `चारों में सक्रिय: ${names}।`,
      none: (names: string) => `इनकी कोई भूमिका स्रोतों में नहीं मिली: ${names}।`,
    },
    notes: {
      cells:
        "भरे हुए ख़ाने का मतलब है कि हमारे पढ़े किसी स्रोत में उस संस्था के इस तरह के काम का ज़िक्र है; ख़ाली ख़ाने का मतलब है कि ऐसा कोई ज़िक्र नहीं मिला, यह नहीं कि संस्था यह काम नहीं करती।",
      corridors: (list: string) => `गलियारे: ${list}।`,
      corridor: (code: string, label: string) => `${code} ${label}`,
      kept: "जिन संस्थाओं की कोई भूमिका स्रोतों में नहीं मिली, उन्हें भी रखा गया है, क्योंकि निबंध में उनका नाम आता है।",
    },
  },
  "instruments-timeline": {
    undated: "तारीख़ का स्रोत नहीं मिला",
    dateNotSourced: "तारीख़ का स्रोत नहीं मिला",
    adopted: "अपनाया गया",
    cameIntoForce: "लागू हुआ",
    swap: (name: string, replaced: string) => `${name} लागू, ${replaced} की जगह`,
    swapTip: (date: string, name: string, replaced: string) =>
      `${hindiDate(date)}: ${name} लागू हुआ और उसने ${replaced} की जगह ली।`,
    tip: (date: string, name: string, level: string, status: string, note: string) =>
      `${hindiDate(date)}: ${name} (${level.replace(/ \(.*\)$/, "")})। ${status}।${note ? ` ${note}` : ""}`,
    describe: {
      none: "डेटा में तारीख़ वाली कोई संधि या क़ानून नहीं है।",
      intro: (from: number, first: string, to: number, last: string, levels: string) =>
        `${from} (${first}) से ${to} (${last}) तक की समय-रेखा; संधियाँ, समझौते और क़ानून: ${levels}।`,
      level: (n: number, level: string) => `${n} ${level.split(" ")[0]!}`,
      bound: (items: string) => `भारत ने इनका अनुसमर्थन किया है या वह इनका पक्षकार है: ${items || "कोई दर्ज नहीं"}।`,
      boundItem: (name: string, year: number) => `${name} (${year})`,
      swap: (name: string, date: string, replaced: string) =>
        `${hindiDate(date)} को ${name} लागू हुआ और उसने ${replaced} की जगह ली`,
      undated: (names: string) => `जिनकी तारीख़ का स्रोत नहीं मिला: ${names}।`,
    },
    notes: {
      marks:
        "भरा हुआ बिंदु: भारत इससे बँधा है (अनुसमर्थन किया, पक्षकार है या सदस्य है), या कोई राष्ट्रीय क़ानून लागू है। खोखला बिंदु: भारत इससे बँधा नहीं है, या क़ानून किसी दूसरे देश का है। जिन नामों पर लकीर खिंची है, वे निरस्त हो गए या नए क़ानून से बदल दिए गए। हीरे का निशान बताता है कि किसी पुराने क़ानून की जगह नया क़ानून लागू हुआ।",
      dates:
        "तारीख़ें अपनाए जाने की हैं, उतनी सटीक जितनी स्रोत देते हैं; कुछ में सिर्फ़ साल है। यूरोप और अफ़्रीका के तुलना वाले उदाहरण इसलिए शामिल हैं क्योंकि लेख उनकी चर्चा करता है।",
    },
  },
  "claims-status": {
    status: {
      confirmed: "हमारे पढ़े किसी स्रोत से पुष्टि हुई",
      partly: "आंशिक पुष्टि",
      not_confirmed: "पुष्टि नहीं हुई",
    },
    head: (label: string, n: number) => `${label} (${n})`,
    /** The claim as the paper's word: "लेख के अनुसार, …", never stated as fact. */
    reports: (claim: string) => `लेख के अनुसार, ${claim}`,
    reportsInline: (claim: string) => `लेख के अनुसार ${claim}`,
    tip: (status: string, note: string, section: string) =>
      `${status}। ${note}${section ? ` (लेख का खंड: ${section}।)` : ""}`,
    describe: {
      intro: (n: number, confirmed: number, partly: number, not: number) =>
        `लेख के ${n} दावों में से ${confirmed} की पुष्टि हमारे पढ़े किसी स्रोत से हुई, ${partly} की आंशिक पुष्टि हुई और ${not} की बिल्कुल नहीं।`,
      compact:
        "एक छोटा रूप: हर दावे का एक निशान, उसकी स्थिति के नीचे; दावा पढ़ने के लिए निशान पर पॉइंटर रखें या उस पर फ़ोकस करें। चार्ट के पेज पर हर दावा पूरा लिखा है।",
      not: (items: string) => `पुष्टि नहीं हुई: ${items}।`,
    },
    notes: {
      meaning:
        "हर पंक्ति लेख का एक दावा है, अपने शब्दों में। 'पुष्टि हुई' का मतलब है कि प्रोजेक्ट ने जो स्रोत पढ़ा, वह इस दावे का समर्थन करता है; 'पुष्टि नहीं हुई' का मतलब है कि हमें ऐसा कोई स्रोत नहीं मिला, यह नहीं कि दावा ग़लत है।",
    },
  },
};
