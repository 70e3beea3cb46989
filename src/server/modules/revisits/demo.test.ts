// What a person trying the demo finds of 回头看: 柳塘村's agreement, carried out three months ago.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp } from '../../testing/demo-app';
import { json } from '../../testing/harness';
import type { DueRevisits, OutcomeRevisits } from './testing';

let demo: Awaited<ReturnType<typeof startDemoApp>>;
beforeAll(async () => {
  demo = await startDemoApp();
});
afterAll(() => demo?.close());

describe('the demo’s revisits', () => {
  it('南岭镇’s board has 柳塘村’s agreement due for its revisit; its liaison may record it', async () => {
    const liaison = await demo.signIn('liaison.nanling');
    const list = json<DueRevisits>(await liaison.get('/api/revisits/due'));
    expect(list.items.map((i) => [i.outcome.title, i.place.name, i.reviewState])).toEqual([
      ['柳塘村灌溉水渠管护协议', '柳塘村', 'overdue'],
    ]);
    const r = json<OutcomeRevisits>(await liaison.get(`/api/outcomes/${list.items[0]?.outcome.id}/revisits`));
    expect(r).toMatchObject({ reviewState: 'overdue', items: [], abilities: { record: true, setReviewDate: true } });
    expect(r.reopenableTasks.map((x) => x.owner.displayName)).toEqual(['区农业农村局']);
  });
});
