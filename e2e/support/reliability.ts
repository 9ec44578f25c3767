// Set-up and clean-up for the reliability specs: one superuser connection to the e2e stack's database per call.
import pg from 'pg';

// global-setup exports E2E_DB_URL for its throw-away stack; a stack started by hand names its own.
const dbUrl = () => process.env.E2E_DB_URL ?? 'postgresql://postgres:postgres@127.0.0.1:55522/postgres';

export async function asSuperuser<T>(fn: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}
