/**
 * The words every chart draws or says, one section per chart id: axis and legend labels, tooltips, the
 * generated descriptions, notes and the table's word values. Sentences with values are functions, so that a
 * language can order them its own way; numbers arrive already formatted for the locale.
 */
export const charts = {
  /** Shared by several charts. */
  common: {
    percent: (n: string) => `${n}%`,
    notSourced: "not sourced",
    yes: "yes",
    /** A report year with its figure's shortened form for narrow drawings ("’18"). */
    shortYear: (year: number) => `’${String(year).slice(2)}`,
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    monthYear: (month: string, year: string) => `${month} ${year}`,
    /** Opens the description of a view: a step or slide that shows only the rows it talks about. */
    part: (shown: number, total: number) =>
      `A part of the chart: ${shown} of its ${total} rows, the ones this step talks about; the chart page shows them all.`,
  },
  "border-lengths": {
    axis: "km",
    wholeBorder: "whole border",
    main: "main",
    anotherSource: "another source",
    tip: (state: string, neighbour: string, km: string, force: string, regime: string) =>
      `${state} – ${neighbour}: ${km}; ${force}; ${regime}`,
    altTip: (state: string, neighbour: string, km: string) =>
      `${state} – ${neighbour}: another source gives ${km}`,
    describe: {
      intro: "Bar chart of border lengths by Indian state.",
      neighbour: (
        neighbour: string,
        total: string | undefined,
        states: number,
        longest: string,
        km: string,
        force: string,
      ) =>
        `The border with ${neighbour}${total ? ` runs ${total}` : ""} through ${states} ${states === 1 ? "state" : "states"}; the longest stretch is in ${longest} (${km}), guarded by the ${force}.`,
      alt: (km: string, state: string, neighbour: string) =>
        `another source gives ${km} for ${state} (${neighbour})`,
      gap: (state: string, neighbour: string) =>
        `no sourced length was found for ${state}'s stretch with ${neighbour}`,
      differ: (items: string) => `Where sources differ or are missing: ${items}.`,
    },
  },
  /** NCRB's two methods, shared by the NCRB charts. */
  ncrb: {
    method: {
      older: "older method: several IPC sections and the ITPA",
      ahtu: "from about 2017: cases registered by Anti-Human Trafficking Units",
    },
    short: { older: "older method", ahtu: "AHTU cases only" },
  },
  "ncrb-trend": {
    measure: {
      cases_registered: "Cases registered",
      persons_trafficked: "Persons trafficked (victims in those cases)",
    },
    /** The measure as the subject of a sentence. */
    measureShort: { cases_registered: "Cases registered", persons_trafficked: "Persons trafficked" },
    methodChanges: "NCRB's method changes",
    methodChangesShort: "method changes",
    olderMethod: "older method",
    ahtuOnly: "AHTU cases only",
    ahtuShort: "AHTU cases",
    drawn: "drawn",
    anotherReport: "another report",
    tip: (year: number, value: string, measure: "cases_registered" | "persons_trafficked", method: string) =>
      `${year}: ${value} ${measure === "cases_registered" ? "cases" : "persons trafficked"} (${method})`,
    altTip: (year: number, value: string) => `${year}: another report gives ${value}`,
    describe: {
      intro: (from: number) =>
        `Line chart with a break at ${from}, where NCRB began counting only cases registered by Anti-Human Trafficking Units; the two methods are drawn as separate lines and should not be compared.`,
      method: { older: "older method", ahtu: "AHTU-based method" },
      one: (measure: string, method: string, year: number, value: string) =>
        `${measure} under the ${method}: ${year}: ${value}.`,
      span: (
        measure: string,
        method: string,
        from: number,
        to: number,
        first: string,
        last: string,
        peak?: { value: string; year: number },
      ) =>
        `${measure} under the ${method}: ${from} to ${to}, from ${first} to ${last}${peak ? `, highest ${peak.value} in ${peak.year}` : ""}.`,
      alt: (year: number, value: string) => `${year} also has a figure of ${value} from another report`,
    },
    notes: {
      method: (from: number) =>
        `Up to 2016 NCRB added up cases under several IPC sections and the Immoral Traffic (Prevention) Act; from about ${from} it counts only cases registered by Anti-Human Trafficking Units. The lines are drawn apart on purpose: the drop between them reflects, at least in part, a change in what is counted.`,
      police: "Registered cases and detected victims measure police work, not how much trafficking there is.",
      rings:
        "Open rings are a second figure for the same year from another report (a reply in Parliament or a later edition).",
      gaps: "Years without a sourced figure are left as gaps.",
    },
  },
  "ncrb-funnel": {
    stage: {
      cases_registered: "Cases registered",
      chargesheet_rate: "Charge-sheeting rate",
      conviction_rate: "Conviction rate",
    },
    stageShort: {
      cases_registered: "Cases",
      chargesheet_rate: "Charge-sheeted",
      conviction_rate: "Convicted",
    },
    unit: { cases: "cases", percent: "percent" },
    head: (year: number, cases: string | undefined) =>
      cases ? `${year} · ${cases} cases registered` : `${year} · cases not sourced`,
    casesTip: (year: number, cases: string) => `${year}: ${cases} trafficking cases registered`,
    chargesheetTip: (year: number, pct: string) =>
      `${year}: police filed charge-sheets in ${pct} of the trafficking cases they disposed of`,
    convictionTip: (year: number, pct: string) =>
      `${year}: ${pct} of trafficking trials completed in court ended in conviction`,
    missingTip: (year: number, stage: string) => `${year}: ${stage} not sourced`,
    notSourced: "not sourced",
    legend: { chargesheet: "Charge-sheeting rate (police)", conviction: "Conviction rate (courts)" },
    describe: {
      none: "No year has a charge-sheeting or conviction rate in the data.",
      intro: "Bars of charge-sheeting and conviction rates by year, with the cases registered.",
      year: (
        year: number,
        cases: string | undefined,
        chargesheet: string | undefined,
        conviction: string | undefined,
      ) =>
        `${year}: ${cases ? `${cases} cases registered` : "cases not sourced"}, ${chargesheet ? `${chargesheet} charge-sheeted` : "charge-sheeting rate not sourced"}, ${conviction ? `${conviction} of completed trials ended in conviction` : "conviction rate not sourced"}.`,
      full: (years: string) => `All three figures are available for ${years}.`,
      noneFull: "No year has all three figures.",
    },
    notes: {
      bases:
        "This is not a true funnel. The data hold rates, not counts, and each rate has its own base: the charge-sheeting rate is a share of the cases the police disposed of in the year (which can include older cases), and the conviction rate a share of the trials courts completed. Multiplying them would not give the share of cases that end in conviction.",
      ahtu: "All years shown fall in NCRB's later method, which counts only cases registered by Anti-Human Trafficking Units.",
      mixed:
        "The years shown span NCRB's change of method in about 2017; figures either side of it are not comparable.",
      gaps: (years: string) => `Figures not found for some stages in ${years}; those bars are left empty.`,
    },
  },
  "tip-tiers": {
    tier: { "1": "Tier 1", "2": "Tier 2", "2.5": "Tier 2 Watch List", "3": "Tier 3" } as Record<
      string,
      string
    >,
    short: { "1": "1", "2": "2", "2.5": "2W", "3": "3" } as Record<string, string>,
    other: (tier: number) => `Tier ${tier}`,
    legend: (label: string, short: string) => `${label} (${short})`,
    tip: (country: string, year: number, tier: string, note: string) =>
      `${country}, ${year} report: ${tier}${note ? `. ${note}` : ""}`,
    missingTip: (country: string, year: number) => `${country}, ${year} report: no sourced tier`,
    noTier: "no sourced tier",
    describe: {
      none: "No tiers in the data.",
      intro: (from: number, to: number) => `Heatmap of US Trafficking in Persons tiers, ${from} to ${to}.`,
      run: (tier: string, from: number, to: number) => `${tier} ${from === to ? from : `${from}–${to}`}`,
      country: (country: string, runs: string) => `${country}: ${runs}.`,
      gaps: (items: string) => `No sourced tier for ${items}.`,
      gap: (country: string, year: number) => `${country} ${year}`,
    },
    notes: {
      meaning:
        "Tiers rate a government's efforts against trafficking under US law, not how much trafficking there is. Tier 1 is the highest; Tier 3 the lowest; 2W is the Tier 2 Watch List.",
      reading:
        "Each cell is the tier in that year's report, as read from the country narrative or from press coverage of it. Some years rest on a later report saying a country 'remained' on a tier.",
      missing: "A dashed cell with a dash is a year for which no tier could be sourced.",
    },
  },
  "ncrb-states-tiles": {
    panel: (year: number, method: string) => `${year} · ${method}`,
    noData: "no data",
    bin: (min: string, max: string | undefined) =>
      max === undefined ? `${min}+` : min === max ? min : `${min}–${max}`,
    tip: (state: string, year: number, value: string, alt: string | undefined) =>
      `${state}, ${year}: ${value} cases registered${alt ? ` (another report gives ${alt})` : ""}`,
    missingTip: (state: string, year: number) => `${state}, ${year}: no sourced figure`,
    describe: {
      none: "No year has state figures for enough states to draw.",
      intro: "Tile-grid map of Indian states shaded by trafficking cases registered.",
      panel: (
        year: number,
        method: string,
        n: number,
        total: number,
        top: string,
        zero: string,
        missing: number,
      ) =>
        `${year} (${method}): figures for ${n} of ${total} states and union territories; highest ${top}${zero ? `; none registered in ${zero}` : ""}; ${missing} have no sourced figure.`,
      top: (state: string, value: string) => `${state} ${value}`,
    },
    notes: {
      tiles:
        "Each tile is a state or union territory placed roughly where it lies; size says nothing about area or population. Shades step by order of magnitude.",
      dashed: "A dashed tile has no sourced figure for that year: it is not a zero.",
      methods:
        "The panels use NCRB's two different methods (the older multi-section total and the later count of AHTU cases only), so a state's figures cannot be compared across them.",
      police:
        "Counts are cases registered by the police, not how much trafficking there is: a higher count can reflect more policing or reporting as much as more trafficking.",
    },
  },
  "rohingya-displacement": {
    host: {
      refugees_registered_camps_and_bhasan_char:
        "Bangladesh: registered in the Cox's Bazar camps and on Bhasan Char",
      rohingya_identified_in_camps: "Bangladesh: all identified in the camps, new arrivals included",
      new_arrivals_biometrically_identified: "Bangladesh: new arrivals identified since December 2024",
      rohingya_registered_unhcr: "Malaysia: registered with UNHCR",
      rohingya_registered_unhcr_india: "India: registered with UNHCR",
      rohingya_in_india_govt_estimate: "India: government estimate",
    } as Record<string, string>,
    sea: { set_out: "Set out by sea", dead: "Dead or missing at sea" },
    hostsTitle: "Where Rohingya refugees are counted",
    seaTitle: "At sea: people who set out, and who died or went missing",
    hostLabel: (label: string, date: string) => `${label} (${date})`,
    /** "more than 1,200" for a minimum count. */
    value: (value: string, minimum: boolean) => (minimum ? `more than ${value}` : value),
    barValue: (value: string, minimum: boolean) => (minimum ? `>${value}` : value),
    hostTip: (label: string, date: string, value: string) => `${label}, ${date}: ${value} people`,
    seaTip: (year: number, value: string, kind: "set_out" | "dead", parts: number) =>
      `${year}: ${value} ${kind === "set_out" ? "set out by sea" : "dead or missing at sea"}${parts > 1 ? ` (${parts} part-year estimates added)` : ""}`,
    panel: { hosts: "where counted", sea: "at sea" },
    legend: { registered: "Registered with UNHCR or the camp database", estimate: "Government estimate" },
    describe: {
      intro: "Two bar charts.",
      hosts: (items: string) => `Where Rohingya are counted: ${items}.`,
      host: (label: string, date: string, value: string) => `${label}, ${date}: ${value}`,
      sea: (items: string) => `At sea in the Bay of Bengal and Andaman Sea: ${items}.`,
      year: (year: number, out: string | undefined, dead: string | undefined) =>
        `${year}: ${out ? `${out} set out` : "departures not sourced"}${dead ? `, ${dead} dead or missing` : ""}`,
    },
    notes: {
      registered:
        "Counts of registered refugees leave out people who are not registered; India's government estimate and UNHCR's registrations count different things and disagree.",
      minimums: "Some figures are minimums ('more than …'); several are UNHCR's approximations.",
      parts: (year: number, parts: number) => `${year} adds ${parts} part-year estimates of departures.`,
      dash: "A dash is a year with no sourced figure for that measure. Sea figures are UNHCR's, for the Bay of Bengal and Andaman Sea.",
    },
  },
  "slavery-estimates": {
    prevalenceTitle: (edition: number) => `Per 1,000 people, ${edition} edition`,
    countsTitle: "People in modern slavery, by edition (log scale)",
    notFound: "not found",
    edition: (edition: number) => `Global Slavery Index ${edition}`,
    prevalenceTip: (country: string, edition: number, value: string) =>
      `${country}, ${edition} edition: an estimated ${value} in every 1,000 people (modelled)`,
    countTip: (country: string, edition: number, value: string, note: string) =>
      `${country}, ${edition} edition: an estimated ${value} people (modelled).${note ? ` ${note}` : ""}`,
    million: (n: string) => `${n} million`,
    /** Axis ticks on the log scale: 100k, 1m. */
    tick: (v: number) => (v >= 1e6 ? `${v / 1e6}m` : v >= 1e3 ? `${v / 1e3}k` : String(v)),
    measure: { prevalence: "per 1,000 people", people: "people" },
    describe: {
      intro: "Modelled estimates, not counts.",
      prevalence: (edition: number, items: string, missing: string) =>
        `Per 1,000 people in the ${edition} edition: ${items}${missing ? `; not found for ${missing}` : ""}.`,
      item: (country: string, value: string) => `${country} ${value}`,
      counts: (editions: string, items: string) =>
        `People in modern slavery by edition (${editions}): ${items}.`,
      country: (country: string, items: string) => `${country}: ${items}`,
      count: (value: string, edition: number) => `${value} (${edition} edition)`,
      outro: "The editions use different methods and are not a trend.",
    },
    notes: {
      modelled:
        "Modelled estimates: Walk Free combines national surveys with risk factors to estimate how many people are in forced labour or forced marriage. They are not counts of identified victims, and the Indian government has disputed the index's definitions and sample.",
      editions: (editions: string) =>
        `The ${editions} editions use different methods; differences between them are not a trend.`,
      press:
        "Figures were read from news reports of each edition where Walk Free's own pages could not be reached.",
    },
  },
  "recommendations-matrix": {
    /** The groups of actors the paper addresses, in column order; a group not named here shows its code. */
    who: {
      parliament: "Parliament",
      union_government: "Union government",
      state_governments: "State governments",
      police: "Police and AHTUs",
      border_forces: "Border forces",
      judiciary: "Courts",
      ngos: "NGOs",
      regional_bodies: "Regional bodies",
      un_agencies: "UN agencies",
      donors: "Funders",
    } as Record<string, string>,
    tip: (text: string, who: string, area: string, note: string) =>
      `${text} Who: ${who}. Area: ${area}.${note ? ` ${note}` : ""}`,
    dotTip: (who: string, text: string) => `${who}: ${text}`,
    fromSection: (section: string) => `From "${section}"`,
    describe: {
      intro: (n: number, bySection: string, groups: number) =>
        `Matrix of ${n} recommendations (${bySection}) against ${groups} groups of actors.`,
      section: (n: number, section: string) => `${n} from "${section}"`,
      most: (items: string) => `Most often addressed: ${items}.`,
      load: (who: string, n: number) => `${who} (${n})`,
      rec: (text: string, who: string) => `${text} (${who})`,
    },
    notes: {
      retold:
        "The recommendations are the paper's, retold in one line each; they are proposals, not measures in force.",
      inferred: "Where the paper does not say who should act, the row's note says whose role we inferred.",
    },
  },
  "definitions-compared": {
    concept: {
      trafficking: "Trafficking in persons",
      smuggling: "Smuggling of migrants",
      irregular: "Irregular migration",
    },
    conceptShort: { trafficking: "Trafficking", smuggling: "Smuggling", irregular: "Irregular migration" },
    aspect: {
      act: "Act",
      means: "Means",
      purpose: "Purpose",
      consent: "Consent",
      border: "Crossing a border",
      exploitation: "Exploitation",
      person: "The person",
    },
    status: {
      required: "Required",
      not_required: "Not required",
      irrelevant: "Irrelevant",
      position: "In law",
    },
    /** Short names for the instruments the cells restate; others show their name from the data. */
    instrument: {
      "palermo-tip-protocol": "Trafficking Protocol",
      "smuggling-protocol": "Smuggling Protocol",
      untoc: "UN Convention against Transnational Organized Crime",
    } as Record<string, string>,
    tip: (concept: string, aspect: string, text: string, instrument: string, article: string) =>
      `${concept}, ${aspect}: ${text}. ${instrument}, ${article}.`,
    describe: {
      intro: (concepts: string) => `Comparison table of ${concepts}.`,
      aspect: (aspect: string, cells: string) => `${aspect}. ${cells}.`,
      cell: (concept: string, status: string, text: string) => `${concept}: ${status} (${text})`,
    },
    notes: {
      glyphs:
        "Filled dot: the element is part of the definition. Open ring: it is not. Diamond: the treaty sets the element aside (consent), or the row is about the person's position in law rather than the offence.",
      wording:
        "Cells restate the treaty texts in plain words; the Protocols' own wording governs. Irregular migration has no definition of its own in these treaties: its row draws on the Smuggling Protocol's meaning of 'illegal entry'.",
      india:
        "In India the trafficking offence is now section 143 of the Bharatiya Nyaya Sanhita, which replaced IPC section 370 on 1 July 2024.",
    },
  },
  "journey-stages": {
    smuggled: "Smuggled journey",
    trafficking: "Trafficking",
    turnLegend: "Where smuggling can turn into trafficking",
    numbered: (n: number, stage: string) => `${n}. ${stage}`,
    canTurn: (turn: string) => `Can turn: ${turn}`,
    smuggledTip: (stage: string, text: string) => `${stage}, smuggled journey: ${text}`,
    traffickingTip: (stage: string, text: string) => `${stage}, trafficking: ${text}`,
    turnTip: (stage: string, turn: string) => `Turning point at ${stage.toLowerCase()}: ${turn}`,
    describe: {
      intro: (n: number, stages: string) => `Diagram in ${n} stages: ${stages}.`,
      stage: (stage: string, smuggling: string, trafficking: string, turn: string | undefined) =>
        `${stage}: as smuggling, ${lc(smuggling)} As trafficking, ${lc(trafficking)}${turn ? ` Turning point: ${lc(turn)}` : ""}`,
      turns: (stages: string) => `The paper places the turning points at ${stages}.`,
      stageName: (stage: string) => stage.toLowerCase(),
    },
    notes: {
      schematic:
        "A schematic of the paper's account, which draws on UNODC (2022) and IOM (2023); it shows possibilities, not how often each happens. The paper reports these turning points; no figure here counts them.",
      consent:
        "A person who agreed to be smuggled can still be a victim of trafficking: under the Trafficking Protocol their earlier consent does not count once deception or force is used.",
    },
  },
  "actors-roles": {
    corridors: "Corridors",
    /** A relation's target when it is a corridor. */
    corridorTarget: (corridor: string) => `the ${corridor} corridor`,
    basedIn: (country: string) => `Based in ${country}.`,
    tip: (name: string, base: string, roles: string, links: string) =>
      `${name}.${base ? ` ${base}` : ""} ${roles ? `Roles: ${roles}.` : "No role sourced."}${links ? ` It ${links}.` : ""}`,
    link: (relation: string, target: string) => `${relation} ${target}`,
    describe: {
      intro: (n: number, levels: string) => `Matrix of ${n} actors (${levels}) against the four Ps.`,
      level: (n: number, level: string) => `${n} ${level.toLowerCase()}`,
      role: (role: string, n: number) => `${role}: ${n} ${n === 1 ? "actor" : "actors"}`,
      all: (names: string) => `Active in all four: ${names}.`,
      none: (names: string) => `No role sourced for ${names}.`,
    },
    notes: {
      cells:
        "A filled cell means a source we read describes that kind of work by the actor; an empty one means none was found, not that the actor does none.",
      corridors: (list: string) => `Corridors: ${list}.`,
      corridor: (code: string, label: string) => `${code} ${label}`,
      kept: "Actors with no sourced role are kept because the story names them.",
    },
  },
  "instruments-timeline": {
    undated: "No sourced date",
    dateNotSourced: "date not sourced",
    adopted: "adopted",
    cameIntoForce: "came into force",
    swap: (name: string, replaced: string) => `${name} in force, replacing ${replaced}`,
    swapTip: (date: string, name: string, replaced: string) =>
      `${date}: ${name} came into force, replacing ${replaced}.`,
    tip: (date: string, name: string, level: string, status: string, note: string) =>
      `${date}: ${name} (${level.replace(/ \(.*\)$/, "").toLowerCase()}). ${status.charAt(0).toUpperCase()}${status.slice(1)}.${note ? ` ${note}` : ""}`,
    describe: {
      none: "No dated instruments in the data.",
      intro: (from: number, first: string, to: number, last: string, levels: string) =>
        `Time line from ${from} (${first}) to ${to} (${last}): ${levels} instruments.`,
      level: (n: number, level: string) => `${n} ${level.split(" ")[0]!.toLowerCase()}`,
      bound: (items: string) => `India has ratified or is a party to: ${items || "none listed"}.`,
      boundItem: (name: string, year: number) => `${name} (${year})`,
      swap: (name: string, date: string, replaced: string) =>
        `${name} came into force on ${date}, replacing ${replaced}`,
      undated: (names: string) => `Without a sourced date: ${names}.`,
    },
    notes: {
      marks:
        "Filled dot: India is bound (ratified, a party or a member) or, for a national law, it is in force. Open dot: India is not bound, or the law belongs to another country. Struck-through names were repealed or replaced. A diamond marks a new law coming into force in place of older ones.",
      dates:
        "Dates are adoption dates at the precision the sources give; some are years only. Comparison cases from Europe and Africa are included because the paper discusses them.",
    },
  },
  "claims-status": {
    status: {
      confirmed: "Confirmed by a source we read",
      partly: "Partly confirmed",
      not_confirmed: "Not confirmed",
    },
    head: (label: string, n: number) => `${label} (${n})`,
    /** The claim as the paper's word. `claim` starts in lower case unless it opens with a name. */
    reports: (claim: string) => `The paper reports that ${claim}`,
    reportsInline: (claim: string) => `the paper reports that ${claim}`,
    tip: (status: string, note: string, section: string) =>
      `${status}. ${note}${section ? ` (Paper section: ${section.toLowerCase()}.)` : ""}`,
    describe: {
      intro: (n: number, confirmed: number, partly: number, not: number) =>
        `Of ${n} claims from the paper, ${confirmed} were confirmed by a source we read, ${partly} in part and ${not} not at all.`,
      compact:
        "A compact view: one mark per claim, under its status; point at a mark or focus it to read the claim. The chart page lists every claim in full.",
      not: (items: string) => `Not confirmed: ${items}.`,
    },
    notes: {
      meaning:
        "Every line is the paper's claim, retold. 'Confirmed' means a source the project read supports it; 'not confirmed' means we found no such source, not that the claim is false.",
    },
  },
};

/** A sentence's first letter in lower case, for a sentence carried inside another. */
function lc(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
