import { describe, expect, it } from 'vitest';
import type { Theme } from '@common/api/schemas/themes';
import type { Session } from '../../../../src-main/core/session';
import { dump, tempSession } from '../../../helpers/temp-project';
import { fails, importText, ok } from '../annotate/helpers';

const TEXT = 'Ankara builds formats. Drones patrol the border. Corridors carry freight. Summits repeat the message.';

/** The codebook as "Parent > Child" paths in tree order, for readable assertions. */
function paths(list: Theme[]): string[] {
  const byUid = new Map(list.map((t) => [t.uid, t]));
  const path = (t: Theme): string => (t.parentUid ? `${path(byUid.get(t.parentUid)!)} > ${t.name}` : t.name);
  const out: string[] = [];
  const walk = (parent: string | null) => {
    for (const t of list.filter((x) => x.parentUid === parent).sort((a, b) => a.position - b.position)) {
      out.push(path(t));
      walk(t.uid);
    }
  };
  walk(null);
  return out;
}

async function codebook(s: Session) {
  const t = async (name: string, parent?: Theme) => ok(s, 'themes.create', { name, parent: parent?.uid });
  const security = await t('Security');
  const defence = await t('Defence industry', security);
  const uavs = await t('UAVs', defence);
  const exercises = await t('Exercises', defence);
  const economy = await t('Economy');
  const corridors = await t('Corridors', economy);
  return { security, defence, uavs, exercises, economy, corridors };
}

async function tagged(s: Session, quote: string, themes: Theme[]) {
  const doc = (await ok(s, 'documents.list', {}))[0]!;
  return ok(s, 'annotations.create', { document: doc.uid, quote, themes: themes.map((t) => t.uid) });
}

describe('themes.update and themes.findOrCreate', () => {
  it('renames, recolours, describes and pins; annotations keep the theme', async () => {
    const s = tempSession();
    await importText(s, TEXT);
    const { uavs, defence } = await codebook(s);
    const a = await tagged(s, 'Drones patrol', [uavs]);
    const u = await ok(s, 'themes.update', { uid: uavs.uid, name: 'Drones', color: '#123abc', description: 'UAV programmes', pinned: true });
    expect(u).toMatchObject({ name: 'Drones', color: '#123abc', description: 'UAV programmes', pinned: true, parentUid: defence.uid, annotationCount: 1 });
    expect((await ok(s, 'annotations.get', { uid: a.uid })).themes).toEqual([{ uid: uavs.uid, name: 'Drones', color: '#123abc' }]);
    expect((await fails(s, 'themes.update', { uid: uavs.uid, name: 'exercises' })).code).toBe('conflict');
    expect((await fails(s, 'themes.update', { uid: uavs.uid, color: 'red' })).code).toBe('invalid-input');
  });

  it('finds a theme by name case-insensitively, else creates it', async () => {
    const s = tempSession();
    const { uavs, security } = await codebook(s);
    expect(await ok(s, 'themes.findOrCreate', { name: 'uavs' })).toEqual({ theme: uavs, created: false });
    const made = await ok(s, 'themes.findOrCreate', { name: 'Cyber', parent: security.uid });
    expect(made).toMatchObject({ created: true, theme: { name: 'Cyber', parentUid: security.uid } });
    expect((await ok(s, 'themes.findOrCreate', { name: 'UAVs', parent: null })).created).toBe(true);
    const turkiye = await ok(s, 'themes.create', { name: 'Türkiye–Azərbaycan' });
    expect(await ok(s, 'themes.findOrCreate', { name: ' turkiye–azarbaycan ' })).toEqual({ theme: turkiye, created: false });
  });
});

describe('themes.move', () => {
  it('re-parents and reorders among siblings, and refuses cycles and clashes', async () => {
    const s = tempSession();
    const { security, defence, uavs, exercises, economy, corridors } = await codebook(s);
    let list = await ok(s, 'themes.move', { uid: exercises.uid, parent: defence.uid, position: 0 });
    expect(paths(list)).toEqual(['Security', 'Security > Defence industry', 'Security > Defence industry > Exercises',
      'Security > Defence industry > UAVs', 'Economy', 'Economy > Corridors']);
    list = await ok(s, 'themes.move', { uid: corridors.uid, parent: null, position: 0 });
    expect(paths(list).slice(0, 2)).toEqual(['Corridors', 'Security']);
    expect(list.filter((t) => t.parentUid === null).map((t) => [t.name, t.position])).toEqual([['Corridors', 0], ['Security', 1], ['Economy', 2]]);
    list = await ok(s, 'themes.move', { uid: uavs.uid, parent: economy.uid });
    expect(paths(list)).toContain('Economy > UAVs');

    const before = dump(s.project);
    expect((await fails(s, 'themes.move', { uid: security.uid, parent: defence.uid })).code).toBe('conflict');
    expect((await fails(s, 'themes.move', { uid: security.uid, parent: security.uid })).code).toBe('conflict');
    await ok(s, 'themes.create', { name: 'Exercises' });
    const clashBefore = dump(s.project);
    expect((await fails(s, 'themes.move', { uid: exercises.uid, parent: null })).message).toMatch(/exists already/);
    expect(dump(s.project)).toEqual(clashBefore);
    expect((await fails(s, 'themes.move', { uid: 'nope', parent: null })).code).toBe('not-found');
    expect((await fails(s, 'themes.move', { uid: uavs.uid, parent: null, position: -1 })).code).toBe('invalid-input');
    expect(before.themes).toEqual(dump(s.project).themes!.slice(0, before.themes!.length));
  });
});

describe('themes.merge', () => {
  it('moves annotations to the target, keeps one link where both were, and folds sub-themes in', async () => {
    const s = tempSession();
    await importText(s, TEXT);
    const { security, defence, uavs, economy, corridors } = await codebook(s);
    const econUavs = await ok(s, 'themes.create', { name: 'uavs', parent: economy.uid });
    const a1 = await tagged(s, 'Drones patrol', [defence]);
    const a2 = await tagged(s, 'the border', [defence, economy]);
    const a3 = await tagged(s, 'Corridors carry', [uavs, econUavs]);
    const r = await ok(s, 'themes.merge', { source: defence.uid, target: economy.uid });
    expect(r).toMatchObject({ annotationsMoved: 2, alreadyTagged: 1, target: { uid: economy.uid, annotationCount: 2 } });
    const list = await ok(s, 'themes.list', {});
    expect(paths(list)).toEqual(['Security', 'Economy', 'Economy > Corridors', 'Economy > uavs', 'Economy > Exercises']);
    expect((await ok(s, 'annotations.get', { uid: a1.uid })).themes.map((t) => t.name)).toEqual(['Economy']);
    expect((await ok(s, 'annotations.get', { uid: a2.uid })).themes.map((t) => t.name)).toEqual(['Economy']);
    expect((await ok(s, 'annotations.get', { uid: a3.uid })).themes.map((t) => t.uid)).toEqual([econUavs.uid]);
    expect(list.find((t) => t.uid === corridors.uid)!.annotationCount).toBe(0);

    const before = dump(s.project);
    expect((await fails(s, 'themes.merge', { source: security.uid, target: security.uid })).code).toBe('conflict');
    expect((await fails(s, 'themes.merge', { source: economy.uid, target: corridors.uid })).code).toBe('conflict');
    expect((await fails(s, 'themes.merge', { source: defence.uid, target: economy.uid })).code).toBe('not-found');
    expect(dump(s.project)).toEqual(before);
  });
});

describe('themes.delete', () => {
  it('says what it touches, removes only this theme from annotations, and moves sub-themes up in its place', async () => {
    const s = tempSession();
    await importText(s, TEXT);
    const { security, defence, uavs } = await codebook(s);
    await ok(s, 'themes.create', { name: 'Cyber', parent: security.uid });
    const onlyHere = await tagged(s, 'Ankara builds', [defence]);
    const alsoElsewhere = await tagged(s, 'Drones patrol', [defence, uavs]);
    const preview = await ok(s, 'themes.deletePreview', { uid: defence.uid });
    expect(preview).toEqual({ uid: defence.uid, name: 'Defence industry', annotations: 2, untagged: 1, children: 2 });
    const before = dump(s.project);
    expect(await ok(s, 'themes.deletePreview', { uid: defence.uid })).toEqual(preview);
    expect(dump(s.project)).toEqual(before);

    expect(await ok(s, 'themes.delete', { uid: defence.uid })).toEqual(preview);
    expect(paths(await ok(s, 'themes.list', {}))).toEqual(['Security', 'Security > UAVs', 'Security > Exercises', 'Security > Cyber', 'Economy', 'Economy > Corridors']);
    expect((await ok(s, 'annotations.get', { uid: onlyHere.uid })).themes).toEqual([]);
    expect((await ok(s, 'annotations.get', { uid: alsoElsewhere.uid })).themes.map((t) => t.name)).toEqual(['UAVs']);
    expect((await ok(s, 'annotations.list', {})).total).toBe(2);
  });

  it('merges a sub-theme into a same-named theme at the parent level, even one named like the deleted theme', async () => {
    const s = tempSession();
    await importText(s, TEXT);
    const energy = await ok(s, 'themes.create', { name: 'Energy' });
    const gas = await ok(s, 'themes.create', { name: 'Gas' });
    const innerGas = await ok(s, 'themes.create', { name: 'Gas', parent: energy.uid });
    const innerEnergy = await ok(s, 'themes.create', { name: 'Energy', parent: energy.uid });
    const a = await tagged(s, 'Corridors carry', [innerGas]);
    await ok(s, 'themes.delete', { uid: energy.uid });
    const list = await ok(s, 'themes.list', {});
    expect(paths(list)).toEqual(['Energy', 'Gas']);
    expect(list.map((t) => t.uid).sort()).toEqual([gas.uid, innerEnergy.uid].sort());
    expect((await ok(s, 'annotations.get', { uid: a.uid })).themes.map((t) => t.uid)).toEqual([gas.uid]);
    expect((await fails(s, 'themes.delete', { uid: energy.uid })).code).toBe('not-found');
  });
});
