import type { Annotation } from '@common/api/schemas/annotations';
import type { Theme } from '@common/api/schemas/themes';
import { offsetToPos, type OffsetMap } from '../reader/offset-map';
import type { AnnotationMark } from './annotation-decorations';
import { annotationStyle, assignTracks } from './annotation-layout';

/** The filter's themes with all their sub-themes; null when nothing is filtered. */
export function filterSet(themes: readonly Theme[], filter: readonly string[]): Set<string> | null {
  if (filter.length === 0) return null;
  const out = new Set(filter);
  // Parents come before children in neither order reliably: repeat until nothing is added.
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of themes) {
      if (t.parentUid && out.has(t.parentUid) && !out.has(t.uid)) {
        out.add(t.uid);
        grew = true;
      }
    }
  }
  return out;
}

export const passes = (a: Annotation, set: Set<string> | null): boolean => !set || a.themes.some((t) => set.has(t.uid));

/** Whether the annotation sits in the text as shown (orphans and ones from another version do not). */
export const placed = (a: Annotation, version: number): boolean => a.anchorStatus !== 'orphaned' && a.version === version;

const excerpt = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function hoverText(a: Annotation): string {
  const themes = a.themes.length ? a.themes.map((t) => t.name).join(', ') : 'No theme';
  return a.noteText ? `${themes}\n${excerpt(a.noteText, 300)}` : themes;
}

/** Decoration specs for the placed annotations, in positions of the reader's document. */
export function marksFor(list: readonly Annotation[], map: OffsetMap, selected: string | null): AnnotationMark[] {
  const tracks = assignTracks(list);
  return list.map((a) => ({
    uid: a.uid,
    from: offsetToPos(map, a.start, 'after'),
    to: offsetToPos(map, a.end, 'before'),
    style: annotationStyle(
      a.themes.map((t) => t.color),
      tracks.get(a.uid) ?? 0,
    ),
    title: hoverText(a),
    selected: a.uid === selected,
  }));
}
