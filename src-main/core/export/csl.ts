import type { CslItem } from '@common/api/schemas/claims';
import { toCsl } from '../citations/csl';
import type { ExportBundle } from './model';
import { citationSourceOf } from './outline';

// CSL-JSON of the sources (Zotero, pandoc, citeproc). The items come from the claims core's
// toCsl, so an export cites exactly as the app does.

export const cslItems = (b: ExportBundle): CslItem[] => b.documents.map((d) => toCsl(citationSourceOf(d)));

export const toCslJson = (b: ExportBundle): string => `${JSON.stringify(cslItems(b), null, 2)}\n`;
