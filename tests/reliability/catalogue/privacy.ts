// Duplicates, retention and erasure requests that do not fit: ids that are not uuids, unknown arguments.
import { ACME, USERS } from '../../app/db/seed.ts';
import { send, type Case } from '../support/catalogue.ts';
import { accessToken } from '../support/tokens.ts';

const rpc = async (name: string, body: unknown, who: { email: string; password: string } = USERS.acmeRecruiter) =>
  send(`/rest/v1/rpc/${name}`, { method: 'POST', token: await accessToken(who), body });

export const privacyCases: Case[] = [
  {
    name: 'duplicates: an application id that is not a uuid',
    send: () => rpc('application_duplicates', { application: 'ABCD1234' }),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: 'duplicates: an unknown argument',
    send: () => rpc('application_duplicates', { application_id: '00000000-0000-4000-8000-000000000000' }),
    expect: { status: 404, code: 'PGRST202' },
  },
  {
    name: 'hold: an application id that is not a uuid',
    send: () => rpc('set_erasure_hold', { application: 'x', hold: true }, USERS.acmeOwner),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: 'hold: a hold that is not a boolean',
    send: () => rpc('set_erasure_hold', { application: '00000000-0000-4000-8000-000000000000', hold: 'soon' }, USERS.acmeOwner),
    expect: { status: 400, code: '22P02' },
  },
  {
    name: 'retention: a period of 5 days',
    send: async () =>
      send(`/rest/v1/retention_settings?org_id=eq.${ACME}`, {
        method: 'PATCH',
        token: await accessToken(USERS.acmeOwner),
        headers: { prefer: 'return=minimal' },
        body: { retention_days: 5 },
      }),
    expect: { status: 400, code: '23514' },
  },
  {
    name: 'erasure: an applicationId that is not a uuid',
    send: async () =>
      send('/functions/v1/erase-applications', { method: 'POST', token: await accessToken(USERS.acmeOwner), body: { applicationId: 'ABCD1234' } }),
    expect: { status: 400, code: 'bad_request' },
  },
];
