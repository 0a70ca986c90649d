import { fold } from './fold';

/**
 * The one rule for "is this the same theme name": case and diacritics aside, surrounding
 * space ignored ("Türkiye" = " TURKIYE", "Aliyev" = "Əliyev"). Core stores it as
 * themes.name_key; the CLI, the web host and the renderer compare names with it too.
 */
export const themeNameKey = (name: string): string => fold(name.trim());
