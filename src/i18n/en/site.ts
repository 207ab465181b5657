/** The site's frame: its name, navigation, footer, and the small components every page uses. */
export const site = {
  name: "Crossings",
  tagline: "Irregular migration, trafficking and smuggling into and within India",
  description:
    "A visual essay, with sourced maps and charts, on how irregular migration meets human trafficking and smuggling across India's borders with Bangladesh, Nepal and Myanmar.",
  /** The title of the home page, in the browser tab and search results. */
  homeTitle: "Crossings: irregular migration, trafficking and smuggling in India",
  pageTitle: (title: string) => `${title} · Crossings`,
  skip: "Skip to content",
  navLabel: "Site",
  nav: {
    essay: "Essay",
    charts: "Charts",
    present: "Present",
    exercise: "Exercise",
    teach: "For teachers",
    data: "Data",
    sources: "Sources",
    about: "About",
  },
  /** The language switch: "Read this page in …" for each other language. */
  languages: "Languages",
  readIn: (language: string) => `Read this page in ${language}`,
  footer: {
    retells: (citation: string) => `Crossings retells, in its own words, the paper ${citation}`,
    everyFigure: "Every figure links to its source on the",
    sourcesPage: "sources page",
    licences: (code: string, content: string) =>
      `Code: ${code}. Text, charts and the project's own data: ${content}. Upstream licences are named on the`,
    aboutPage: "about page",
  },
  copy: "Copied",
  dataLabel: (caption: string) => `Data: ${caption}`,
  /** The 404 page's hint when a chart or map id is unknown; {id} is filled in by the browser, as text. */
  unknownFigure: "There is no chart or map with the id “{id}”.",
  embedDescription: (title: string) => `${title}: an embeddable chart from Crossings.`,
};
