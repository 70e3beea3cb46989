import { describe, expect, it } from 'vitest';
import { buildAccount, buildTree, TEST_PASSWORD } from '../../testing/factories';
import { Agent, json, startTestApp } from '../../testing/harness';

describe('scratch', async () => {
  const { app, db } = await startTestApp();
  const tree = await buildTree(db);
  it('x', async () => {
    const admin = await buildAccount(app, db, { role: 'admin', place: tree.townA });
    const r = await admin.agent.patch(`/api/accounts/${admin.id}`, { isDisabled: 'yes' });
    console.log(r.statusCode, r.body);
    const r2 = await admin.agent.request(
      'PATCH',
      `/api/accounts/${admin.id}`,
      { isDisabled: 'yes' },
      { 'accept-language': 'en' },
    );
    console.log(r2.statusCode, r2.body);
    const liaison = await buildAccount(app, db, { role: 'liaison', place: tree.townA });
    console.log((await liaison.agent.get('/api/accounts')).body);
    const victim = await buildAccount(app, db, { role: 'member', place: tree.villageA });
    const ip = '10.9.9.9';
    const rs = await Promise.all(
      Array.from({ length: 6 }, () =>
        new Agent(app, {}, ip).post('/api/auth/sign-in', { username: victim.username, password: 'wrongwrong1' }),
      ),
    );
    console.log(rs.map((x) => x.statusCode));
    const ok = await new Agent(app, {}, '10.9.9.8').post('/api/auth/sign-in', {
      username: victim.username,
      password: TEST_PASSWORD,
    });
    console.log('after concurrent', ok.statusCode, ok.body.slice(0, 80));
    const rs2 = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        new Agent(app, {}, '10.7.7.7').post('/api/auth/sign-in', { username: `nobody-${i}`, password: 'x' }),
      ),
    );
    console.log(rs2.map((x) => x.statusCode).join(','));
    const after = await new Agent(app, {}, '10.7.7.7').post('/api/auth/sign-in', { username: 'nobody', password: 'x' });
    console.log('ip after', after.statusCode, json(after));
    const nos = await app.inject({ method: 'POST', url: '/api/accounts', payload: { username: 'a' } });
    console.log(nos.statusCode, nos.body);
  });
});
