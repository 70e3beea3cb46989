import { beforeAll, describe, expect, it } from 'vitest';
import { json, startTestApp, type TestApp } from '../../testing/harness';
import { seedDemoProposals } from './demo';
import { type HandlingDetail, proposalScene } from './testing';

let t: TestApp;
let s: Awaited<ReturnType<typeof proposalScene>>;

beforeAll(async () => {
  t = await startTestApp();
  s = await proposalScene(t);
});

describe('seedDemoProposals', () => {
  it('leaves one handling rated 满意 and one replied, each with its steps', async () => {
    const outcomeId = await s.proposal();
    const [rated, replied] = await t.db.transaction((tx) =>
      seedDemoProposals(tx, {
        outcomeId,
        placePath: s.tree.townA.path,
        liaisonId: s.liaison.id,
        unitIds: [s.department.id, s.department2.id],
        proposerId: s.member.id,
      }),
    );
    const first = json<HandlingDetail>(await s.liaison.agent.get(`/api/proposals/handlings/${rated}`));
    expect(first).toMatchObject({ status: 'rated', satisfaction: 'satisfied', replyCategory: 'adopted' });
    expect(first.steps.map((x) => x.kind)).toEqual(['assigned', 'replied', 'met', 'rated']);
    expect(first.steps[1]?.at).toBe(first.repliedAt);
    const second = json<HandlingDetail>(await s.department2.agent.get(`/api/proposals/handlings/${replied}`));
    expect(second).toMatchObject({ status: 'replied', replyCategory: 'planned' });
    expect(second.abilities.meet).toBe(true);
  });
});
