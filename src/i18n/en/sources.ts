/**
 * The bibliography (/sources/) and the names of the datasets on the data page (/data/). Bibliographic entries
 * themselves (publisher, title, note) are cited as published and are not in the dictionary.
 */
import type { SourceClass, SOURCE_KINDS } from "../../lib/data/vocab.ts";
import type { DatasetId } from "../../lib/data/datasets.ts";

type SourceKind = (typeof SOURCE_KINDS)[number];

export const sources = {
  /** The full stop after a sentence that ends in a link (the data, sources and 404 pages). */
  stop: ".",
  title: "Sources",
  description:
    "The bibliography of Crossings: sources the project read and verified, kept apart from works only the paper cites.",
  intro:
    "Two lists, kept apart. The first holds the sources we read ourselves and took a figure or fact from. The second holds works that Anisha Sharma’s paper cites but that we did not read; anything resting only on them is shown on this site as “the paper reports…”, never as a verified figure.",
  classesIntro:
    "Each source carries a label saying how close it stands to the body that made the figure or fact:",
  /** What each class label means; the label itself (vocab.sourceClass) comes first. */
  classes: {
    primary: "is that body’s own site or document (a ministry, Parliament, a court, a UN agency)",
    archive:
      "is a full-text copy kept by a recognised institution (ecoi.net, Refworld, ReliefWeb, a library)",
    press: "is a newspaper or news agency reporting it",
    secondary: "is research, an NGO’s report or a reference work such as Wikipedia",
    aggregator:
      "is a mirror (a document-sharing, exam-preparation or bare-act site), kept only where the original could not be found",
  } satisfies Record<SourceClass, string>,
  /** "12 primary": how many sources of a list carry a class label. */
  classCount: (n: number, label: string) => `${n} ${label}`,
  classCounts: (read: string, cited: string) =>
    `Of the sources we read, ${read}; of the works the paper cites, ${cited}.`,
  readHeading: (n: number) => `Sources the project read (${n})`,
  citedHeading: (n: number) => `Works the paper cites (${n})`,
  citedIntro:
    "We looked for each of these works. Where we found it, the title links to it. Where we did not, it says “not found”; where we found it only in print or on a document-sharing copy, “no address online”. The note says where we looked.",
  /** The line under a source we read: its kind and the day we read it. */
  readLine: (kind: string, accessed: string | undefined) => `${kind}${accessed ? `; read ${accessed}` : ""}.`,
  /** The line under a work only the paper cites: its kind (a colon follows when "not found" comes next). */
  citedLine: (kind: string, linked: boolean) =>
    `${kind}; cited by the paper, not read by us${linked ? "." : ":"}`,
  notFound: "not found.",
  noAddress: "no address online.",
  kind: {
    government_report: "government report",
    parliamentary_answer: "parliamentary answer",
    un_report: "UN report",
    dataset: "dataset",
    law: "law",
    treaty_text: "treaty text",
    peer_reviewed_article: "peer-reviewed article",
    book: "book",
    ngo_report: "NGO report",
    news: "news",
    court_judgment: "court judgment",
    web_page: "web page",
    academic_paper: "academic paper",
  } satisfies Record<SourceKind, string>,
  /** The data page's name for each dataset and what one of its rows is. */
  datasets: {
    sources: { title: "Sources", row: "a source: a report, law, dataset or article" },
    places: { title: "Places", row: "a located place: a land port, border town, hub, destination or camp" },
    borders: { title: "Border segments", row: "a border segment: a neighbour and an Indian state" },
    routes: { title: "Documented routes", row: "a route segment described by a source" },
    actors: { title: "Actors", row: "an organisation or agency" },
    instruments: { title: "Laws and treaties", row: "a law, treaty, scheme or agreement" },
    relations: { title: "Relations", row: "a link between an actor and an instrument, actor or corridor" },
    claims: {
      title: "The paper's claims",
      row: "a factual claim the paper makes, and whether we could confirm it",
    },
    recommendations: { title: "The paper's recommendations", row: "a recommendation: who should do what" },
    helplines: { title: "Helplines", row: "a helpline in India, Nepal or Bangladesh" },
    definitions: {
      title: "Definitions compared",
      row: "what a treaty says about one element of trafficking, smuggling or irregular migration",
    },
    journey: {
      title: "The journey, stage by stage",
      row: "a stage of a journey, as smuggling and as trafficking",
    },
    ncrb: { title: "NCRB: human trafficking in India by year", row: "one figure" },
    "ncrb-states": { title: "NCRB: human trafficking cases by state", row: "one figure" },
    "tip-tiers": { title: "US Trafficking in Persons Report tiers", row: "one country's tier in one report" },
    rohingya: { title: "Rohingya displacement and sea crossings", row: "one figure" },
    slavery: { title: "Estimates of modern slavery", row: "one estimate" },
    other: { title: "Other figures", row: "one figure" },
  } satisfies Record<DatasetId, { title: string; row: string }>,
};
