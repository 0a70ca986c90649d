import type { HandlerMap } from '../handler-types';
import { deleteTheme, mergeThemes, moveTheme, themeDeletePreview, updateTheme } from './codebook';
import { createTheme, findOrCreateTheme, listThemes } from './themes';

export const themeHandlers = {
  'themes.list': (s) => listThemes(s.project),
  'themes.create': (s, input) => createTheme(s.project, input),
  'themes.findOrCreate': (s, input) => s.project.db.transaction(() => findOrCreateTheme(s.project, input))(),
  'themes.update': (s, input) => updateTheme(s.project, input),
  'themes.move': (s, input) => moveTheme(s.project, input),
  'themes.merge': (s, input) => mergeThemes(s.project, input.source, input.target),
  'themes.deletePreview': (s, input) => themeDeletePreview(s.project, input.uid),
  'themes.delete': (s, input) => deleteTheme(s.project, input.uid),
} satisfies HandlerMap<'themes.'>;
