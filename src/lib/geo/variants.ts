/**
 * How large map text is for each variant of a drawing. The geometry is the frame's, drawn once at
 * BASE_WIDTH drawing units; a variant only adds a label overlay, sized so that its text renders at least
 * `px` CSS pixels when the figure is shown `display` pixels wide (font size in drawing units =
 * px × view-box width / display). On a page both overlays are in the drawing and the stylesheet shows
 * the one for the figure's width (maps.css: narrow up to NARROW_MAX px); an export holds one.
 *
 * Assumptions: a narrow figure is 320–390 px wide (a phone: a 360–390 px screen less the page margins); a wide
 * one at least 561 px (the narrow overlay takes over below); a slide's map is shown on a 1280×720 screen at
 * least as wide as it is drawn (src/lib/classroom/layout.ts draws it at the width the 16:9 slide gives it),
 * and its text is sized for that width or for 720 px, whichever is narrower; an export is seen at its own width.
 * Devanagari needs more height than Latin type to stay legible (its vowel signs sit above and below the
 * letters): an overlay whose labels are in Devanagari uses `devanagariPx` where it is set.
 */
import { MAP_TEXT_MIN_PX } from "../budgets.ts";
import type { SizeClass, Surface } from "../charts/types.ts";

/** The frame drawing's width in drawing units, whatever the width it is shown at. */
export const BASE_WIDTH = 640;

/** Figures this wide (CSS px) or narrower show the narrow overlay. */
export const NARROW_MAX = 560;

export interface LabelSizing {
  /** Smallest rendered text, CSS px. */
  px: number;
  /** The same for an overlay whose labels are in Devanagari (`px` when absent). */
  devanagariPx?: number;
  /** The narrowest the figure is shown at with this overlay, CSS px (0: the figure's own width). */
  display: number;
  /** With `display` 0: text is sized for the figure's width, or for this width if the figure is wider. */
  displayAtMost?: number;
  /** Labels with a lower priority are left out (fewer labels where text is large). */
  minPriority: number;
  /** Marks are drawn this much larger than at the base width (maps.css scales them for narrow figures). */
  markScale: number;
}

const NARROW: LabelSizing = { px: MAP_TEXT_MIN_PX.phone, display: 320, minPriority: 25, markScale: 1.4 };
const WIDE: LabelSizing = { px: MAP_TEXT_MIN_PX.phone, display: NARROW_MAX, minPriority: 0, markScale: 1 };

const SIZING: Record<Surface, Record<SizeClass, LabelSizing>> = {
  page: { narrow: NARROW, wide: WIDE },
  essay: { narrow: NARROW, wide: WIDE },
  embed: { narrow: NARROW, wide: WIDE },
  slide: {
    narrow: NARROW,
    wide: {
      px: MAP_TEXT_MIN_PX.slide,
      devanagariPx: MAP_TEXT_MIN_PX.slideDevanagari,
      display: 0,
      displayAtMost: 720,
      minPriority: 25,
      markScale: 1,
    },
  },
  export: {
    narrow: { ...NARROW, display: 0, markScale: 1 },
    wide: { ...WIDE, display: 0 },
  },
};

export const labelSizing = (surface: Surface, size: SizeClass): LabelSizing => SIZING[surface][size];

/** Drawing units per CSS pixel for an overlay: the view box's width over the width it is shown at. */
export const unitsPerPx = (sizing: LabelSizing, viewWidth: number, figureWidth: number): number =>
  viewWidth / (sizing.display || Math.min(figureWidth, sizing.displayAtMost ?? Infinity));

/** Text in Devanagari (Hindi's script). */
const DEVANAGARI = /\p{Script=Devanagari}/u;

/** The smallest rendered size of an overlay whose texts are `texts`. */
export const minPx = (sizing: LabelSizing, texts: readonly string[]): number =>
  sizing.devanagariPx !== undefined && texts.some((t) => DEVANAGARI.test(t))
    ? sizing.devanagariPx
    : sizing.px;
