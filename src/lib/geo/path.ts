/**
 * SVG path data at the drawing's resolution: d3-geo's path, written to a context that rounds every
 * projected point to a grid of `step` drawing units and writes it relative to the one before (short
 * numbers: "l3-2" rather than "L412.4,233.7"). Points that round onto the previous one are dropped. The
 * grid is absolute, so relative steps never drift: each point is exactly its rounded position.
 */
import { geoPath, type GeoPermissibleObjects, type GeoStreamWrapper } from "d3-geo";

class GridPath {
  #d = "";
  /** The last command written: a repeated one needs no letter ("l1 2 3-4"). */
  #cmd = "";
  #x = 0;
  #y = 0;
  #k: number;
  constructor(step: number) {
    this.#k = 1 / step;
  }
  #num(n: number): string {
    // One decimal at most in drawing units (a half-unit grid), never "-0".
    const v = Math.round(n * 10) / 10 || 0;
    return String(v).replace(/^(-?)0\./, "$1.");
  }
  /** Joins numbers the way SVG allows: no separator before a minus sign or a leading dot after a decimal. */
  #pair(a: number, b: number): string {
    const x = this.#num(a);
    const y = this.#num(b);
    const sep = y.startsWith("-") || (y.startsWith(".") && x.includes(".")) ? "" : " ";
    return `${x}${sep}${y}`;
  }
  #snap(v: number): number {
    return Math.round(v * this.#k) / this.#k;
  }
  moveTo(x: number, y: number): void {
    const X = this.#snap(x);
    const Y = this.#snap(y);
    this.#d += `M${this.#pair(X, Y)}`;
    this.#cmd = "M";
    this.#x = X;
    this.#y = Y;
  }
  lineTo(x: number, y: number): void {
    const X = this.#snap(x);
    const Y = this.#snap(y);
    if (X === this.#x && Y === this.#y) return;
    const dx = X - this.#x;
    const dy = Y - this.#y;
    const [cmd, args] =
      dy === 0 ? ["h", this.#num(dx)] : dx === 0 ? ["v", this.#num(dy)] : ["l", this.#pair(dx, dy)];
    if (cmd !== this.#cmd) this.#d += cmd + args;
    else
      this.#d += (args.startsWith("-") || (args.startsWith(".") && /\.\d*$/.test(this.#d)) ? "" : " ") + args;
    this.#cmd = cmd;
    this.#x = X;
    this.#y = Y;
  }
  closePath(): void {
    this.#d += "z";
    this.#cmd = "z";
  }
  arc(): void {
    // d3-geo only calls arc() for point features drawn as circles; maps draw points as their own marks.
  }
  take(): string {
    const d = this.#d;
    this.#d = "";
    this.#cmd = "";
    // A ring or line that rounds to a single point draws nothing.
    return d.replace(/M[-.\d ]+(?=M|z|$)z?/g, "");
  }
}

export interface GridPathFn {
  /** Path data for a GeoJSON object, "" when nothing is drawn. */
  (object: GeoPermissibleObjects): string;
  /** The projected area in square drawing units (unrounded). */
  area(object: GeoPermissibleObjects): number;
  /** The projected centroid (unrounded). */
  centroid(object: GeoPermissibleObjects): [number, number];
}

/** A path generator for `projection` that writes relative commands on a grid of `step` units. */
export function gridPath(projection: GeoStreamWrapper, step = 1): GridPathFn {
  const ctx = new GridPath(step);
  const draw = geoPath(projection, ctx as never);
  const exact = geoPath(projection);
  const fn = ((o: GeoPermissibleObjects) => {
    draw(o);
    return ctx.take();
  }) as GridPathFn;
  fn.area = (o) => exact.area(o);
  fn.centroid = (o) => exact.centroid(o);
  return fn;
}

/** Formats a number for path data or an attribute at the grid of the drawing: one decimal at most. */
export const g1 = (n: number): number => Math.round(n * 10) / 10 || 0;
