import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openDemoApp, type DemoApp } from '../../../test/helpers/demo.ts';
import { DEMO_PASSWORD } from './index.ts';

describe('demo logins', () => {
  let demo: DemoApp;
  before(async () => {
    demo = await openDemoApp();
  });
  after(() => demo.close());

  it('let the demo councillor see the non-public items of their committee’s next session', async () => {
    const browser = new Browser(demo.app);
    await browser.login('ratsmitglied@nordheide.example', DEMO_PASSWORD);
    const area = await browser.get('/mein-bereich');
    assert.equal(area.statusCode, 200);
    const hidden = await queryRows(
      demo.database.db,
      z.object({ name: z.string(), meeting_id: z.number() }),
      sql`select a.name, a.meeting_id from agenda_items a join users u on u.email = 'ratsmitglied@nordheide.example'
          join memberships ms on ms.person_id = u.person_id
          join meeting_organizations mo on mo.organization_id = ms.organization_id and mo.meeting_id = a.meeting_id
          join meetings m on m.id = a.meeting_id
          where not a.public and m.start >= now() order by m.start limit 1`,
    );
    const [item] = hidden;
    assert.ok(item, 'the demo has a non-public item in a coming session of the councillor’s committee');
    const meeting = await browser.get(`/sitzungen/${item.meeting_id}`);
    assert.ok(meeting.body.includes(item.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;')), 'the councillor sees the non-public item');
    const anonymous = await demo.app.inject(`/sitzungen/${item.meeting_id}`);
    assert.ok(!anonymous.body.includes(item.name.replace(/&/g, '&amp;')), 'the public does not');
  });

  it('let the demo administrator into /verwaltung', async () => {
    const browser = new Browser(demo.app);
    await browser.login('admin@nordheide.example', DEMO_PASSWORD);
    assert.equal((await browser.get('/verwaltung/konten')).statusCode, 200);
  });
});
