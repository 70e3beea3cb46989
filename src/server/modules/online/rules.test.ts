import { describe, expect, it } from 'vitest';
import type { ConsultationStatus, Vote } from '../../../shared/enums';
import { agreementView, isDuplicateStatement, isOnlineOpen, normalizeStatement, twoMeans, type VoteRow } from './rules';

const V: Record<string, Vote> = { a: 'agree', d: 'disagree', p: 'pass' };

/** A hand-made vote table: one line per voter, one letter per statement (a/d/p, "." for unseen). */
function table(lines: Record<string, string>, statementIds = ['s1', 's2', 's3', 's4']): VoteRow[] {
  const rows: VoteRow[] = [];
  for (const [voterKey, line] of Object.entries(lines))
    [...line].forEach((ch, i) => {
      const vote = V[ch];
      const statementId = statementIds[i];
      if (vote && statementId) rows.push({ statementId, voterKey, vote });
    });
  return rows;
}
const visible = (...ids: string[]) => ids.map((id) => ({ id, isHidden: false }));

describe('the agreement view', () => {
  it('calls a statement everyone agrees with broad agreement, with one group', () => {
    const view = agreementView(visible('s1', 's2'), table({ v1: 'aa', v2: 'aa', v3: 'aa', v4: 'aa', v5: 'ap' }));
    expect(view.participantCount).toBe(5);
    expect(view.groups).toEqual([{ size: 5 }]);
    const s1 = view.statements.get('s1');
    expect(s1).toMatchObject({ agree: 5, disagree: 0, pass: 0, classification: 'consensus' });
    expect(s1?.groups).toEqual([{ agreeShare: 6 / 7, votes: 5 }]);
    expect(view.statements.get('s2')).toMatchObject({ agree: 4, pass: 1, classification: 'consensus' });
  });

  it('splits two camps into two groups: their dividing statements divide, the shared one is consensus', () => {
    const votes = table({
      a1: 'ada',
      a2: 'ada',
      a3: 'adp',
      b1: 'daa',
      b2: 'daa',
      b3: 'd.a',
    });
    const view = agreementView(visible('s1', 's2', 's3'), votes);
    expect(view.groups.map((g) => g.size)).toEqual([3, 3]);
    const s1 = view.statements.get('s1');
    expect(s1?.classification).toBe('divisive');
    const shares = s1?.groups.map((g) => g.agreeShare).sort() ?? [];
    expect(shares).toEqual([1 / 5, 4 / 5]);
    expect(view.statements.get('s2')?.classification).toBe('divisive');
    const s3 = view.statements.get('s3');
    expect(s3).toMatchObject({ agree: 5, pass: 1, classification: 'consensus' });
    expect(s3?.groups.every((g) => g.agreeShare >= 0.6)).toBe(true);
  });

  it('does not read a divide into a statement one group has not seen', () => {
    const votes = table({ a1: 'ada', a2: 'ada', a3: 'ada', b1: 'da.', b2: 'da.', b3: 'da.' });
    const s3 = agreementView(visible('s1', 's2', 's3'), votes).statements.get('s3');
    expect(s3?.groups.map((g) => g.votes).sort()).toEqual([0, 3]);
    expect(s3?.classification).toBe('open'); // agreed by one group, unseen by the other
  });

  it('leaves statements with fewer than three votes open', () => {
    const view = agreementView(visible('s1', 's2'), table({ v1: 'aa', v2: 'a.' }));
    expect(view.statements.get('s1')?.classification).toBe('open'); // two votes
    expect(view.statements.get('s2')?.classification).toBe('open'); // one vote
    expect(view.groups).toEqual([{ size: 2 }]);
  });

  it('keeps one group below four voters with two votes each', () => {
    const view = agreementView(visible('s1', 's2'), table({ v1: 'ad', v2: 'da', v3: 'ad', v4: 'd.', v5: '.a' }));
    expect(view.groups).toEqual([{ size: 5 }]);
  });

  it('finds division without groups when both sides hold 30 % of the decided votes', () => {
    const view = agreementView(visible('s1'), table({ v1: 'a', v2: 'a', v3: 'd', v4: 'p', v5: 'p' }));
    expect(view.statements.get('s1')).toMatchObject({ agree: 2, disagree: 1, pass: 2, classification: 'divisive' });
  });

  it('is open when the room leans but not clearly (passes count as votes seen)', () => {
    const view = agreementView(visible('s1'), table({ v1: 'a', v2: 'p', v3: 'p', v4: 'p' }));
    expect(view.statements.get('s1')?.classification).toBe('open'); // (1+1)/(4+2) = 0.33
  });

  it('leaves hidden statements out: no entry, no effect on groups or participants', () => {
    const statements = [...visible('s1', 's2'), { id: 's3', isHidden: true }];
    const view = agreementView(
      statements,
      table({ v1: 'aad', v2: 'aad', v3: 'aaa', v4: 'aaa', x: '..a' }, ['s1', 's2', 's3']),
    );
    expect(view.statements.has('s3')).toBe(false);
    expect(view.participantCount).toBe(4); // x only voted on the hidden statement
    expect(view.groups).toEqual([{ size: 4 }]); // without s3, everyone voted alike
    expect(view.statements.get('s1')?.classification).toBe('consensus');
  });

  it('puts voters with a single vote in the nearer group', () => {
    const view = agreementView(visible('s1', 's2'), table({ a1: 'ad', a2: 'ad', b1: 'da', b2: 'da', lone: 'a.' }));
    expect(view.participantCount).toBe(5);
    expect(view.groups).toEqual([{ size: 3 }, { size: 2 }]);
    expect(view.statements.get('s1')?.groups).toEqual([
      { agreeShare: 4 / 5, votes: 3 },
      { agreeShare: 1 / 4, votes: 2 },
    ]);
  });

  it('gives the same answer whatever order the votes come in', () => {
    const votes = table({ a1: 'ada', a2: 'adp', b1: 'daa', b2: 'dda', c: 'aaa', d: 'pda' });
    const a = agreementView(visible('s1', 's2', 's3'), votes);
    const b = agreementView(visible('s1', 's2', 's3'), [...votes].reverse());
    expect(b.groups).toEqual(a.groups);
    expect([...b.statements.entries()]).toEqual([...a.statements.entries()]);
  });

  it('shows nothing for a consultation without votes', () => {
    const view = agreementView(visible('s1'), []);
    expect(view.participantCount).toBe(0);
    expect(view.groups).toEqual([{ size: 0 }]);
    expect(view.statements.get('s1')).toMatchObject({ agree: 0, classification: 'open' });
  });
});

describe('two-means', () => {
  it('seeds with the farthest pair and converges on the two camps', () => {
    const c = twoMeans([
      [1, -1],
      [1, -1],
      [-1, 1],
      [-1, 0],
    ]);
    expect(c).toEqual([
      [1, -1],
      [-1, 0.5],
    ]);
  });

  it('makes one group when everyone voted alike', () => {
    expect(
      twoMeans([
        [1, 1],
        [1, 1],
      ]),
    ).toBeUndefined();
  });
});

describe('the opening window', () => {
  const startsAt = new Date('2026-05-01T00:00:00Z');
  const endsAt = new Date('2026-05-08T00:00:00Z');
  const table: [string, ConsultationStatus, Date | null, string, boolean][] = [
    ['before it opens', 'scheduled', endsAt, '2026-04-30T23:59:59Z', false],
    ['at the opening time', 'scheduled', endsAt, '2026-05-01T00:00:00Z', true],
    ['while in progress', 'in_progress', endsAt, '2026-05-03T00:00:00Z', true],
    ['at the closing time', 'in_progress', endsAt, '2026-05-08T00:00:00Z', false],
    ['once concluded', 'concluded', endsAt, '2026-05-03T00:00:00Z', false],
    ['once cancelled', 'cancelled', endsAt, '2026-05-03T00:00:00Z', false],
    ['without a closing time', 'scheduled', null, '2027-01-01T00:00:00Z', true],
  ];
  it.each(table)('%s (%s) → %s', (_, status, end, now, open) => {
    expect(isOnlineOpen({ status, startsAt, endsAt: end }, new Date(now))).toBe(open);
  });
});

describe('duplicate statements', () => {
  const table: [string, string[], boolean][] = [
    ['增设停车位', ['增设停车位'], true],
    ['增设停车位！', ['增设停车位'], true],
    ['  增设 停车位。 ', ['增设停车位'], true],
    ['Add MORE parking.', ['add more parking'], true],
    ['ＡＢＣ停车', ['abc停车'], true], // full-width letters
    ['增設停車位。', ['增设停车位'], true], // 繁體 and 简体 are one statement
    ['在社區裡增設充電樁', ['在社区里增设充电桩'], true],
    ['增设停车位', ['取消停车位'], false],
    ['增设停车位', [], false],
  ];
  it.each(table)('%s vs %j → %s', (text, existing, dup) => {
    expect(isDuplicateStatement(text, existing)).toBe(dup);
  });

  it('drops spacing and punctuation', () => {
    expect(normalizeStatement('  Fix   the  lights! ')).toBe('fixthelights');
  });
});
