/**
 * The Hindi terminology list: each legal or key term of the site in English and in Hindi, and where the Hindi
 * comes from. Where Indian law has its own Hindi word (the authoritative Hindi texts of the Acts and of the
 * Constitution), the site uses it; where no official Hindi text could be found, the entry says "project's choice"
 * and why. Every Hindi page, chart, slide and exercise uses these forms.
 *
 * Trafficking in persons and smuggling of migrants are different crimes and keep different words everywhere:
 * "दुर्व्यापार" for trafficking (the law's word) and "प्रवासियों की तस्करी" for smuggling. "तस्करी" is never used
 * for trafficking.
 */
export interface Term {
  /** A stable id (lower-case words joined by hyphens). */
  id: string;
  /** The English term as the English site uses it. */
  en: string;
  /** The Hindi term the Hindi site uses. */
  hi: string;
  /** Where the Hindi comes from: an official text with its address, or "project's choice" and why. */
  source: string;
  note?: string;
}

/** India Code's record of the BNS (Act 45 of 2023), which carries the English and the Hindi text. */
const BNS_RECORD = "https://www.indiacode.nic.in/handle/123456789/20062";
/** The Hindi text of the BNS as India Code publishes it. */
const BNS_HI = "https://www.indiacode.nic.in/bitstream/123456789/20062/2/Hh202345.pdf";
const BNS = `Hindi text of the Bharatiya Nyaya Sanhita, 2023, India Code: ${BNS_HI} (record: ${BNS_RECORD})`;
/** What we could and could not check in the BNS's Hindi text. */
const BNS_UNREAD =
  "the Hindi PDF's address was found in India Code's record but the file could not be opened from here; the wording is as the project's terminology list records it";
/** India Code's record of the BNSS (Act 46 of 2023). */
const BNSS_RECORD = "https://www.indiacode.nic.in/handle/123456789/20099";
/** India Code's record of the ITPA (Act 104 of 1956), with the English text a1956-104.pdf. */
const ITPA_RECORD = "https://www.indiacode.nic.in/handle/123456789/19243";
/** The Hindi text of Article 23 of the Constitution, as reproduced in full. */
const ART23_HI = "https://byjusexamprep.com/article-23-in-hindi-i";
const ART23 = `Constitution of India, Article 23, Hindi text ("मानव के दुर्व्यापार और बलात्‌श्रम का प्रतिषेध"), reproduced at ${ART23_HI}; the authoritative Hindi Constitution is published by the Legislative Department (legislative.gov.in)`;
const NO_UN_HINDI =
  "project's choice: Hindi is not an official language of the United Nations, so the Protocols have no authentic Hindi text";
const BADGE =
  "project's choice: the badge names the kind of number in plain Hindi (no law defines these statistical terms)";

export const TERMS: readonly Term[] = [
  {
    id: "trafficking-in-persons",
    en: "trafficking in persons / human trafficking",
    hi: "मानव दुर्व्यापार; व्यक्तियों का दुर्व्यापार (संदर्भ साफ़ हो तो केवल दुर्व्यापार)",
    source: `${BNS}, section 143 heading "व्यक्ति का दुर्व्यापार" (${BNS_UNREAD}); ${ART23}`,
    note: "Hindi news often says मानव तस्करी; the law says दुर्व्यापार, and the site never uses तस्करी for trafficking.",
  },
  {
    id: "trafficker",
    en: "trafficker",
    hi: "दुर्व्यापारी",
    source:
      "project's choice: the agent noun formed from the law's दुर्व्यापार (the BNS describes the offender as जो कोई…, with no noun of its own)",
  },
  {
    id: "person-trafficked",
    en: "a person who was trafficked",
    hi: "जिनका दुर्व्यापार हुआ; दुर्व्यापार का शिकार हुआ व्यक्ति",
    source: "project's choice: trauma-informed wording that names what happened to a person, not a label",
  },
  {
    id: "victim",
    en: "victim (legal sense)",
    hi: "पीड़ित",
    source: `${BNS}, section 143, Explanation 2 (the victim's consent; ${BNS_UNREAD})`,
    note: "Only where the English says victim in a legal sense (victim compensation, detected victims).",
  },
  {
    id: "survivor",
    en: "survivor",
    hi: "उत्तरजीवी (सर्वाइवर)",
    source:
      "project's choice: no Indian law uses survivor; उत्तरजीवी with the English loan word in brackets on first use, as Indian NGOs write it",
  },
  {
    id: "smuggling-of-migrants",
    en: "smuggling of migrants / migrant smuggling",
    hi: "प्रवासियों की तस्करी",
    source: `${NO_UN_HINDI}, and no Indian law defines migrant smuggling; the phrase follows the Protocol's own name and keeps तस्करी tied to migrants so it cannot be read as trafficking`,
    note: "Never shortened to तस्करी where it could be read as trafficking; मानव तस्करी is not used.",
  },
  {
    id: "smuggler",
    en: "smuggler (of migrants)",
    hi: "प्रवासी-तस्कर; तस्कर only where the context is already smuggling",
    source: "project's choice: follows प्रवासियों की तस्करी",
  },
  {
    id: "irregular-migration",
    en: "irregular migration",
    hi: "अनियमित प्रवासन",
    source:
      "project's choice: the site's neutral term, as in IOM usage; no Indian law uses it (Indian law speaks of entry without valid documents)",
  },
  {
    id: "illegal-migration",
    en: "illegal migration (the paper's word)",
    hi: "अवैध प्रवासन",
    source:
      "project's choice: the paper's English word rendered literally, always attributed (लेख इसे 'अवैध प्रवासन' कहता है)",
  },
  {
    id: "migrant",
    en: "migrant",
    hi: "प्रवासी",
    source: "project's choice: the common Hindi word",
  },
  {
    id: "refugee-asylum",
    en: "refugee / asylum",
    hi: "शरणार्थी / शरण",
    source: "project's choice: the common Hindi words; India has no refugee law with a Hindi text to follow",
  },
  {
    id: "non-refoulement",
    en: "non-refoulement",
    hi: "वापस न भेजने का सिद्धांत (नॉन-रिफ़ाउलमेंट)",
    source:
      "project's choice: a plain description with the legal term in brackets; no Indian law states the rule",
  },
  {
    id: "deportation",
    en: "deportation",
    hi: "निर्वासन",
    source: "project's choice: the usual Hindi word in government and press use",
  },
  {
    id: "exploitation",
    en: "exploitation",
    hi: "शोषण",
    source: `${ART23} (the Part III heading "शोषण के विरुद्ध अधिकार"); ${BNS}, section 143, Explanation 1 (${BNS_UNREAD})`,
  },
  {
    id: "sexual-exploitation",
    en: "sexual exploitation",
    hi: "यौन शोषण",
    source: `project's choice: शोषण (see exploitation) with यौन; ${BNS}, section 143, Explanation 1 lists sexual exploitation`,
  },
  {
    id: "forced-labour",
    en: "forced labour",
    hi: "बलात् श्रम (जबरन मज़दूरी)",
    source: ART23,
    note: "बलात् श्रम is the Constitution's word; जबरन मज़दूरी is added in brackets for readers who do not know it.",
  },
  {
    id: "bonded-labour",
    en: "bonded labour; Bonded Labour System (Abolition) Act, 1976",
    hi: "बंधुआ मज़दूरी; बंधित श्रम पद्धति (उत्सादन) अधिनियम, 1976",
    source:
      "project's choice for the Act's name: the official Hindi text could not be located from here; the title follows the Hindi statute style (पद्धति, उत्सादन). बंधुआ मज़दूरी is the everyday word",
    note: "Hindi Wikipedia calls the Act बंधुआ मजदूर प्रथा (समापन) अधिनियम; check against the Legislative Department's Hindi text before print use.",
  },
  {
    id: "domestic-servitude",
    en: "domestic servitude",
    hi: "घरेलू दासता",
    source: "project's choice: दासता as in the BNS's list of forms of exploitation",
  },
  {
    id: "servitude",
    en: "servitude",
    hi: "अधिसेविता",
    source:
      "project's choice, as the terminology list fixes it (a Sanskrit-based legal word, explained once where used); not checked against the BNS's Hindi text",
  },
  {
    id: "debt-bondage",
    en: "debt bondage",
    hi: "ऋण बंधन",
    source: "project's choice: the usual Hindi term in NGO and government writing",
  },
  {
    id: "forced-marriage",
    en: "forced marriage",
    hi: "जबरन विवाह",
    source: "project's choice: the everyday Hindi phrase",
  },
  {
    id: "organ-removal",
    en: "organ removal",
    hi: "अंग निकालना",
    source: "project's choice: plain words (the BNS speaks of the forced removal of organs)",
  },
  {
    id: "consent",
    en: "consent",
    hi: "सहमति",
    source: `${BNS}, section 143, Explanation 2, on the victim's consent (${BNS_UNREAD})`,
  },
  {
    id: "means",
    en: "coercion / force / deception / abuse of vulnerability",
    hi: "बलप्रयोग / बल / छल (धोखा) / कमज़ोर स्थिति का दुरुपयोग",
    source: `project's choice, as the terminology list fixes it; the BNS's section 143(1) lists force, fraud or deception and abuse of power, not abuse of vulnerability (${BNS})`,
  },
  {
    id: "three-elements",
    en: "act, means, purpose",
    hi: "कृत्य, साधन, उद्देश्य",
    source: "project's choice: the three elements of the Protocol's definition in plain Hindi",
  },
  {
    id: "itpa",
    en: "Immoral Traffic (Prevention) Act, 1956 (ITPA)",
    hi: "अनैतिक व्यापार (निवारण) अधिनियम, 1956",
    source: `the Act's Hindi short title, as the Hindi text of its section 1 is reproduced by Hindi bare-act sites; India Code record (English text): ${ITPA_RECORD}; India Code's Hindi file for this Act was not located from here`,
  },
  {
    id: "bns",
    en: "Bharatiya Nyaya Sanhita, 2023 (BNS)",
    hi: "भारतीय न्याय संहिता, 2023",
    source: BNS,
  },
  {
    id: "bnss",
    en: "Bharatiya Nagarik Suraksha Sanhita, 2023 (BNSS)",
    hi: "भारतीय नागरिक सुरक्षा संहिता, 2023",
    source: `the Act's Hindi name, as the Hindi text of its section 1 is reproduced by Hindi legal sites; India Code record: ${BNSS_RECORD} (its Hindi file was not located from here)`,
  },
  {
    id: "ipc",
    en: "Indian Penal Code, 1860 (IPC)",
    hi: "भारतीय दंड संहिता, 1860",
    source:
      "project's choice: भारतीय दंड संहिता is the Code's Hindi name in universal use, and section 370's Hindi heading व्यक्तियों का दुर्व्यापार is as the terminology list records it; the Legislative Department's Hindi text could not be located from here to cite",
    note: "Repealed and replaced by the BNS on 1 July 2024.",
  },
  {
    id: "crpc",
    en: "Code of Criminal Procedure, 1973 (CrPC)",
    hi: "दंड प्रक्रिया संहिता, 1973",
    source:
      "project's choice: दंड प्रक्रिया संहिता is the Code's Hindi name in universal use; its official Hindi text could not be located from here to cite (the BNSS replaced it on 1 July 2024)",
  },
  {
    id: "section",
    en: "section (of an Act)",
    hi: "धारा",
    source: `every provision of an Indian Act is a धारा in its Hindi text (${BNS}; ${BNS_UNREAD})`,
  },
  {
    id: "ahtu",
    en: "Anti-Human Trafficking Unit (AHTU)",
    hi: "मानव दुर्व्यापार-रोधी इकाई (AHTU)",
    source:
      "project's choice: the units are set up by Home Ministry advisories, for which no Hindi name was found; the name follows the law's दुर्व्यापार",
  },
  {
    id: "palermo-protocols",
    en: "Palermo Protocols",
    hi: "पलेर्मो प्रोटोकॉल",
    source: NO_UN_HINDI,
  },
  {
    id: "trafficking-protocol",
    en: "Trafficking in Persons Protocol",
    hi: "व्यक्तियों के दुर्व्यापार संबंधी प्रोटोकॉल",
    source: `${NO_UN_HINDI}; the name follows the BNS's दुर्व्यापार`,
  },
  {
    id: "smuggling-protocol",
    en: "Smuggling of Migrants Protocol",
    hi: "प्रवासियों की तस्करी संबंधी प्रोटोकॉल",
    source: NO_UN_HINDI,
  },
  {
    id: "untoc",
    en: "UN Convention against Transnational Organized Crime",
    hi: "अंतरराष्ट्रीय संगठित अपराध के विरुद्ध संयुक्त राष्ट्र अभिसमय",
    source: `${NO_UN_HINDI}; अभिसमय is the word Indian official Hindi uses for a convention`,
  },
  {
    id: "registered-cases",
    en: "Registered cases (figure badge)",
    hi: "दर्ज मामले",
    source: BADGE,
  },
  {
    id: "detected-victims",
    en: "Detected victims (figure badge)",
    hi: "पहचाने गए पीड़ित",
    source: BADGE,
  },
  {
    id: "minimum-count",
    en: "Minimum count (figure badge)",
    hi: "न्यूनतम गणना",
    source: BADGE,
  },
  {
    id: "modelled-estimate",
    en: "Modelled estimate (figure badge)",
    hi: "मॉडल-आधारित अनुमान",
    source: BADGE,
  },
  {
    id: "official-figure",
    en: "Official figure (figure badge)",
    hi: "आधिकारिक आँकड़ा",
    source: BADGE,
  },
  {
    id: "rating",
    en: "Rating (figure badge)",
    hi: "रेटिंग",
    source: BADGE,
  },
  {
    id: "official-length",
    en: "Official length (figure badge)",
    hi: "आधिकारिक लंबाई",
    source: BADGE,
  },
  {
    id: "sourced-places",
    en: "Sourced places and routes (figure badge)",
    hi: "स्रोतों में दर्ज जगहें और रास्ते",
    source: BADGE,
  },
  {
    id: "no-figures",
    en: "No figures: sourced facts (figure badge)",
    hi: "कोई संख्या नहीं: स्रोतों पर आधारित तथ्य",
    source: BADGE,
  },
  {
    id: "tip-tiers",
    en: "US TIP report; Tier 1 / Tier 2 / Tier 2 Watch List / Tier 3",
    hi: "अमेरिकी विदेश विभाग की व्यक्तियों के दुर्व्यापार संबंधी रिपोर्ट (TIP रिपोर्ट); टियर 1 / टियर 2 / टियर 2 निगरानी सूची / टियर 3",
    source:
      "project's choice: the report has no Hindi edition; टियर is kept as the loan word Hindi news uses",
  },
  {
    id: "ncrb",
    en: "National Crime Records Bureau (NCRB), Crime in India",
    hi: 'राष्ट्रीय अपराध रिकॉर्ड ब्यूरो (NCRB), "भारत में अपराध"',
    source:
      "project's choice: the Bureau's name as Hindi news gives it (e.g. https://zeenews.india.com/hindi/india/reduction-in-murder-cases-across-the-country-national-crime-records-bureau/587844, राष्ट्रीय अपराध रिकार्ड ब्यूरो); no official Hindi page of the Bureau could be found from here. The report's title is translated; Hindi news often keeps 'क्राइम इन इंडिया'",
  },
  {
    id: "border-forces",
    en: "Border Security Force / Sashastra Seema Bal / Assam Rifles",
    hi: "सीमा सुरक्षा बल (BSF) / सशस्त्र सीमा बल (SSB) / असम राइफल्स",
    source:
      "project's choice: the names the forces go by in Hindi (e.g. असम राइफल्स at https://hi.m.wikipedia.org/wiki/%E0%A4%85%E0%A4%B8%E0%A4%AE_%E0%A4%B0%E0%A4%BE%E0%A4%87%E0%A4%AB%E0%A4%B2%E0%A5%8D%E0%A4%B8); the forces' own Hindi pages could not be reached from here",
  },
  {
    id: "land-port",
    en: "land port (Integrated Check Post, ICP)",
    hi: "स्थल बंदरगाह (एकीकृत जाँच चौकी, ICP)",
    source:
      "project's choice, as the terminology list fixes it; ICP is kept as the acronym used on the posts' own signs",
  },
  {
    id: "free-movement-regime",
    en: "Free Movement Regime",
    hi: "मुक्त आवागमन व्यवस्था",
    source: "project's choice: plain Hindi for the India–Myanmar arrangement, which has no Hindi legal text",
  },
  {
    id: "four-ps",
    en: "the 4 Ps: prevention, protection, prosecution, partnership",
    hi: "चार P: रोकथाम, संरक्षण, अभियोजन, साझेदारी",
    source: "project's choice: the P is kept so the English framework stays recognisable",
  },
  {
    id: "victim-compensation",
    en: "victim compensation scheme",
    hi: "पीड़ित प्रतिकर योजना",
    source:
      "project's choice, as the terminology list fixes it (प्रतिकर is the Hindi legal word for compensation); the scheme rests on BNSS section 396, formerly CrPC 357A",
  },
  {
    id: "charge-sheet",
    en: "charge sheet; conviction (rate)",
    hi: "आरोप-पत्र (चार्जशीट); दोषसिद्धि (दर)",
    source:
      "project's choice: the usual terms of Hindi legal writing and of Hindi police and court news, with the English loan word on first use",
  },
  {
    id: "the-paper",
    en: "the paper / the paper reports…",
    hi: "लेख / लेख के अनुसार…",
    source: "project's choice: लेख only for the paper the site retells; the site itself is निबंध",
  },
  {
    id: "content-note",
    en: "content note / helpline",
    hi: "सामग्री संबंधी सूचना / हेल्पलाइन",
    source: "project's choice: plain Hindi; हेल्पलाइन is the word Indian helplines use for themselves",
  },
];
