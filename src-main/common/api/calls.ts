// Zero imports: the sandboxed CommonJS preload bundles this file alone.

export const API_CALLS = [
  'project.info',
  'project.stats',
  'project.check',
  'project.backup',
  'project.restore',
  'project.openSample',
  'project.open',
  'project.create',
  'project.close',
  'project.recent',
  'files.browse',
  'settings.get',
  'settings.set',
  'outlets.list',
  'outlets.create',
  'outlets.update',
  'outlets.merge',
  'documents.list',
  'documents.get',
  'documents.update',
  'documents.import',
  'documents.cancelImport',
  'copies.list',
  'copies.forDocument',
  'copies.setUpstream',
  'copies.rebuild',
  'themes.list',
  'themes.create',
  'themes.findOrCreate',
  'themes.update',
  'themes.move',
  'themes.merge',
  'themes.deletePreview',
  'themes.delete',
  'annotations.create',
  'annotations.get',
  'annotations.list',
  'annotations.update',
  'annotations.delete',
  'annotations.restore',
  'claims.list',
  'claims.get',
  'claims.create',
  'claims.createFromAnnotation',
  'claims.update',
  'claims.delete',
  'claims.restore',
  'claims.deleteImpact',
  'claims.addEvidence',
  'claims.updateEvidence',
  'claims.removeEvidence',
  'claims.reorderEvidence',
  'claims.timeline',
  'citations.forAnnotation',
  'citations.forDocument',
  'arguments.list',
  'arguments.get',
  'arguments.create',
  'arguments.update',
  'arguments.delete',
  'search.query',
  'export.run',
  'export.importProject',
  'export.read',
  'backups.list',
  'backups.run',
  'backups.settings',
] as const;
export type ApiCall = (typeof API_CALLS)[number];

export const API_EVENTS = ['import.progress', 'project.changed', 'data.changed', 'command', 'export.progress'] as const;
export type ApiEvent = (typeof API_EVENTS)[number];

/** Abilities only the desktop shell has (native dialogs, dropped-file paths). */
export const HOST_CALLS = ['host.openFiles', 'host.openFolder', 'host.saveFile', 'host.showInFolder'] as const;
export type HostCall = (typeof HOST_CALLS)[number];

const callSet: ReadonlySet<string> = new Set(API_CALLS);
const eventSet: ReadonlySet<string> = new Set(API_EVENTS);
const hostSet: ReadonlySet<string> = new Set(HOST_CALLS);

export const isApiCall = (name: unknown): name is ApiCall => typeof name === 'string' && callSet.has(name);
export const isApiEvent = (name: unknown): name is ApiEvent => typeof name === 'string' && eventSet.has(name);
export const isHostCall = (name: unknown): name is HostCall => typeof name === 'string' && hostSet.has(name);
