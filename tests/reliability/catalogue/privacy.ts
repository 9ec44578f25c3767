// Duplicates, retention and erasure requests that do not fit: ids that are not uuids, unknown arguments.
import { USERS } from '../../app/db/seed.ts';
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
];
