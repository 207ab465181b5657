/** The English dictionary: every interface string of the site, by area. Other locales implement its type. */
import { classroom } from "./classroom.ts";
import { controls } from "./controls.ts";
import { figure } from "./figure.ts";
import { chartPage, gallery } from "./gallery.ts";
import { hints } from "./hints.ts";
import { maps } from "./maps.ts";
import { names } from "./names.ts";
import { units } from "./units.ts";
import { vocab } from "./vocab.ts";

export const en = { vocab, names, units, figure, hints, maps, controls, gallery, chartPage, classroom };
