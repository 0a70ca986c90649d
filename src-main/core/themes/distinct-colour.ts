// A new theme's colour: the candidate farthest, as the eye sees it, from every colour in use.
// Distance is measured in OKLab (Björn Ottosson, 2020), where equal steps look equally far
// apart, unlike RGB where two blues a long way apart in numbers can look the same.

/** The classic palette first (the first ten themes get these), then more hues and shades. */
export const THEME_COLOURS = [
  '#e8590c', '#1c7ed6', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#e03131', '#5f3dc4', '#66a80f', '#c2255c',
  '#1098ad', '#d6336c', '#7048e8', '#37b24d', '#f76707', '#4263eb', '#9c36b5', '#099268', '#fab005', '#862e9c',
  '#a61e4d', '#364fc7', '#2b8a3e', '#d9480f', '#495057', '#0b7285', '#e67700', '#5c940d', '#c92a2a', '#3b5bdb',
];

type Lab = [number, number, number];

const linear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

export function oklab(hex: string): Lab {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => linear(v / 255)) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

export const colourDistance = (a: string, b: string): number => {
  const [x, y] = [oklab(a), oklab(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
};

const HEX = /^#[0-9a-f]{6}$/i;

/** Far enough apart to tell at a glance in a legend (a just-noticeable difference is ~0.02). */
export const DISTINCT = 0.1;

/**
 * The first palette colour at least DISTINCT from every colour in use (so the first themes get
 * the classic palette), else the candidate whose nearest colour in use is farthest away.
 */
export function distinctColour(inUse: readonly string[]): string {
  const used = inUse.filter((c) => HEX.test(c));
  const gap = (candidate: string): number => Math.min(Infinity, ...used.map((c) => colourDistance(candidate, c)));
  const first = THEME_COLOURS.find((c) => gap(c) >= DISTINCT);
  if (first) return first;
  let best = THEME_COLOURS[0]!;
  for (const c of THEME_COLOURS) if (gap(c) > gap(best)) best = c;
  return best;
}
