/** The English dictionary: every interface string of the site, by area. Other locales implement its type. */
import { charts } from "./charts.ts";
import { classroom } from "./classroom.ts";
import { controls } from "./controls.ts";
import { essay } from "./essay.ts";
import { figure } from "./figure.ts";
import { glossary } from "./glossary.ts";
import { site } from "./site.ts";
import { sources } from "./sources.ts";
import { dataPage, notFound } from "./pages.ts";
import { chartPage, gallery } from "./gallery.ts";
import { embed } from "./embed.ts";
import { hints } from "./hints.ts";
import { maps } from "./maps.ts";
import { names } from "./names.ts";
import { units } from "./units.ts";
import { vocab } from "./vocab.ts";

export const en = {
  site,
  glossary,
  vocab,
  names,
  units,
  figure,
  hints,
  maps,
  charts,
  controls,
  gallery,
  chartPage,
  embed,
  dataPage,
  sources,
  notFound,
  essay,
  classroom,
};
