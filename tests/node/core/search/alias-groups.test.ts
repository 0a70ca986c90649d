import { describe, expect, it } from 'vitest';
import { dump, tempSession } from '../../../helpers/temp-project';
import { fails, importText, ok } from '../annotate/helpers';
import type { Session } from '../../../../src-main/core/session';

// The alias view's calls through the real dispatch on a real project file: a new group, a
// group's names set as a whole (add, remove, correct; undo), delete with the old names back.

const found = async (s: Session, query: string): Promise<number> => (await ok(s, 'search.query', { query, kinds: ['document'] })).total;
const group = async (s: Session, name: string): Promise<{ uid: string; names: string[] } | undefined> =>
  (await ok(s, 'aliases.list', {})).find((g) => g.names.includes(name));

describe('alias groups from the view', () => {
  it('a new group searches as one; names added and removed change what a search finds', async () => {
    const s = tempSession();
    await importText(s, 'Title: Steppe\n\nThe Dasht-i Qipchaq stretched from the Danube to the Irtysh.', 'a.txt');
    expect(await found(s, 'Cumania')).toBe(0);
    const g = await ok(s, 'aliases.createGroup', { names: ['Cumania', ' Desht-i Kipchak '] });
    expect(g.names).toEqual(['Cumania', 'Desht-i Kipchak']);
    expect(await found(s, 'Cumania')).toBe(0);
    const set = await ok(s, 'aliases.setGroup', { uid: g.uid, names: [...g.names, 'Dasht-i Qipchaq'] });
    expect(set).toEqual({ uid: g.uid, names: ['Cumania', 'Desht-i Kipchak', 'Dasht-i Qipchaq'] });
    expect(await found(s, 'Cumania')).toBeGreaterThan(0);
    await ok(s, 'aliases.setGroup', { uid: g.uid, names: g.names });
    expect(await found(s, 'Cumania')).toBe(0);
  });

  it('delete returns the group as it was; creating it again is the undo', async () => {
    const s = tempSession();
    const g = await ok(s, 'aliases.createGroup', { names: ['Great Steppe', 'Ұлы Дала'] });
    const gone = await ok(s, 'aliases.deleteGroup', { uid: g.uid });
    expect(gone).toEqual(g);
    expect(await group(s, 'Great Steppe')).toBeUndefined();
    const back = await ok(s, 'aliases.createGroup', { names: gone.names });
    expect(back.names).toEqual(g.names);
  });

  it('bad input gets a clear error and changes nothing', async () => {
    const s = tempSession();
    const turkey = (await group(s, 'Turkey'))!;
    const mine = await ok(s, 'aliases.createGroup', { names: ['Cumania', 'Desht-i Kipchak'] });
    const before = dump(s.project);
    const cases: [Parameters<typeof fails>[1], unknown, RegExp][] = [
      ['aliases.createGroup', { names: ['Türkei', 'Almanya'] }, /“Türkei” is already in the group Turkey = Türkiye = Türkei/],
      // Same name folded (case, accents, ı): still the other group's.
      ['aliases.createGroup', { names: ['TURKIYE', 'Almanya'] }, /already in the group Turkey/],
      ['aliases.setGroup', { uid: mine.uid, names: ['Cumania', 'Турция'] }, /“Турция” is already in the group Turkey/],
      ['aliases.createGroup', { names: ['Cumania', '   '] }, /an alias is a word or a name/],
      ['aliases.createGroup', { names: ['Alone'] }, /at least two names/],
      ['aliases.createGroup', { names: ['Kipchak', 'KIPCHAK'] }, /at least two different names/],
      ['aliases.createGroup', { names: ['!!!', 'Kipchak'] }, /at least two different names with letters or digits/],
      ['aliases.setGroup', { uid: mine.uid, names: ['Cumania'] }, /at least two names/],
      ['aliases.setGroup', { uid: 'no-such-group', names: ['A1', 'B1'] }, /no alias group matches "no-such-group"/],
      ['aliases.deleteGroup', { uid: 'no-such-group' }, /no alias group matches/],
      ['aliases.createGroup', { names: ['A', 'B'], extra: 1 }, /extra|unrecognized/i],
    ];
    for (const [call, input, message] of cases) expect((await fails(s, call, input)).message).toMatch(message);
    expect(dump(s.project)).toEqual(before);
    expect(await group(s, 'Turkey')).toEqual(turkey);
  });
});
