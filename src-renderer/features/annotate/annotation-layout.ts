// How overlapping annotations are drawn apart: each gets the lowest "track" not used by an
// annotation that overlaps it, and its underline sits lower the higher its track, so nested
// and crossing passages each keep a visible line of their own.

export interface Span {
  uid: string;
  start: number;
  end: number;
}

/** Track per uid (0 for an annotation that overlaps nothing). */
export function assignTracks(spans: readonly Span[]): Map<string, number> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const trackEnds: number[] = [];
  const out = new Map<string, number>();
  for (const s of sorted) {
    let t = trackEnds.findIndex((end) => end <= s.start);
    if (t < 0) t = trackEnds.push(0) - 1;
    trackEnds[t] = s.end;
    out.set(s.uid, t);
  }
  return out;
}

const MAX_TRACK = 5;
const mix = (color: string, pct: number): string => `color-mix(in srgb, ${color} ${pct}%, transparent)`;

/**
 * Inline style for one annotation: a translucent background in its theme colour (diagonal
 * stripes of each colour when it has several; grey when it has none) and an underline whose
 * offset follows its track. Nested spans layer their backgrounds, so overlaps read darker.
 */
export function annotationStyle(colors: readonly string[], track: number): string {
  const line = colors[0] ?? '#868e96';
  const t = Math.min(track, MAX_TRACK);
  const underline = `text-decoration:underline ${line};text-decoration-thickness:2px;text-underline-offset:${3 + t * 4}px`;
  if (colors.length <= 1) return `background-color:${mix(line, 24)};${underline}`;
  const stops = colors.map((c, i) => `${mix(c, 30)} ${i * 6}px ${(i + 1) * 6}px`).join(',');
  return `background-image:repeating-linear-gradient(135deg,${stops});${underline}`;
}
