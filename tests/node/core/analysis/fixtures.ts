import { join } from 'node:path';
import { buildSample } from '../../../../src-main/core/sample/build-sample';
import { createProject, Session } from '../../../../src-main/core/session';
import { createTheme, findThemeByName } from '../../../../src-main/core/themes/themes';
import { tempDir } from '../../../helpers/temp-project';
import { annotate, AZERTAC, importArticle, TREND } from '../claims/fixtures';

/** The sample project (one Azernews article, seven themes, eight passages) in a session. */
export async function sampleSession(): Promise<Session> {
  const dir = tempDir();
  const path = join(dir, 'Sample.dossier');
  await buildSample(path);
  return new Session(createProject(path), { dataDir: dir });
}

const TREND_TEXT = `Caspian transit grows

Freight on the Middle Corridor rose by a third this year. Border guards on the Caspian coast received new drones.

Gas exports to Europe were steady. The transit of gas through Georgia remained the main route.

Officials met in Baku to discuss customs rules.`;

const AZERTAC_TEXT = `Summit in Shusha

Leaders signed a declaration on drones and border posts. The declaration also named the Middle Corridor.

Cultural programmes in schools will teach a common alphabet.`;

/**
 * The sample plus two articles from other outlets and dates, a sub-theme ("Border security"
 * under "Security and defence"), and passages tagged with a theme and its parent at once, or
 * with two themes, so roll-ups, co-occurrence and paragraphs all have something to count.
 */
export async function richSession(): Promise<Session> {
  const s = await sampleSession();
  const p = s.project;
  const security = findThemeByName(p, 'Security and defence')!;
  createTheme(p, { name: 'Border security', parent: security.uid, color: '#c92a2a' });
  const trend = await importArticle(p, { text: TREND_TEXT, title: 'Caspian transit grows', outlet: TREND, published: '2025-11-03' });
  const azertac = await importArticle(p, { text: AZERTAC_TEXT, title: 'Summit in Shusha', outlet: AZERTAC, published: '2026-01' });
  annotate(p, trend, 'Freight on the Middle Corridor rose by a third this year.', ['Corridors and connectivity']);
  annotate(p, trend, 'Border guards on the Caspian coast received new drones.', ['Border security', 'Security and defence']);
  annotate(p, trend, 'The transit of gas through Georgia remained the main route.', ['Energy', 'Corridors and connectivity']);
  annotate(p, trend, 'Gas exports to Europe were steady.', ['Energy']);
  annotate(p, azertac, 'Leaders signed a declaration on drones and border posts.', ['Border security', 'Institutions']);
  annotate(p, azertac, 'The declaration also named the Middle Corridor.', ['Corridors and connectivity']);
  annotate(p, azertac, 'Cultural programmes in schools will teach a common alphabet.', ['Cultural diplomacy']);
  // A passage with no theme: no matrix cell counts it.
  annotate(p, azertac, 'Summit in Shusha');
  return s;
}
