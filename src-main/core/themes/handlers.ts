import type { HandlerMap } from '../handler-types';
import { createTheme, listThemes } from './themes';

export const themeHandlers = {
  'themes.list': (s) => listThemes(s.project),
  'themes.create': (s, input) => createTheme(s.project, input),
} satisfies HandlerMap<'themes.'>;
