// The bad-input catalogue (issue 6): every case through the real HTTP API of the local stack, each with the
// status and stable code it must get, never a 5xx, nothing stored unless the case is meant to store, and
// nothing leaked (no stack trace, file path, SQL text or secret in the body).
import { beforeAll, describe, expect, it } from 'vitest';
import { sql, stack } from '../support/clients.ts';
import { CASES } from './catalogue/index.ts';
import { send, type Given } from './support/catalogue.ts';
import { footprint } from './support/footprint.ts';
import { codeOf, leaksIn } from './support/reply.ts';
import { tally } from './support/tally.ts';

const figures = tally('bad-input');
figures.cases = CASES.length;

beforeAll(async () => {
  // Sweep once now, so the scheduler's own sweeps find nothing to remove while a case counts rows and files.
  const swept = await send('/functions/v1/sweep-orphans', { method: 'POST', token: stack.serviceRoleKey, apikey: stack.serviceRoleKey, body: {} });
  expect(swept.status).toBe(200);
});

describe('bad-input catalogue', () => {
  it('has at least 40 cases, each named once', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const given = (c.given ? await c.given() : undefined) as Given;
    const before = await footprint(sql, stack.dataDir);
    const reply = await c.send(given);
    // A refused or cut-off upload may still be removing its temp file when the answer arrives: nothing stored
    // means nothing left once the server is done with the request (a second at most).
    let after = await footprint(sql, stack.dataDir);
    for (let waited = 0; !c.stores && waited < 3_000 && JSON.stringify(after) !== JSON.stringify(before); waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      after = await footprint(sql, stack.dataDir);
    }

    const outcome = c.orHangUp && reply.status === 0 ? c.expect : { status: reply.status, code: codeOf(reply.json) };
    expect(outcome, reply.text.slice(0, 300)).toEqual(c.expect);
    expect(leaksIn(reply.text)).toEqual([]);
    if (!c.stores) expect(after, 'nothing stored').toEqual(before);
    await c.check?.(given, reply);
  });
});
