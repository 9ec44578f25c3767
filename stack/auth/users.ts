// auth.users rows in and out: GoTrue's user JSON, bcrypt hashing through pgcrypto (as seed.sql does).
import type pg from 'pg';

export type UserRow = {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: string | null;
  confirmed_at: string | null;
  last_sign_in_at: string | null;
  raw_app_meta_data: Record<string, unknown> | null;
  raw_user_meta_data: Record<string, unknown> | null;
  created_at: string | null;
  updated_at: string | null;
  banned_until: string | null;
  deleted_at: string | null;
  is_anonymous: boolean;
  invited_at: string | null;
  confirmation_sent_at: string | null;
  recovery_sent_at: string | null;
};

const COLUMNS = `id, aud, role, email, encrypted_password, email_confirmed_at, confirmed_at, last_sign_in_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until, deleted_at, is_anonymous,
  invited_at, confirmation_sent_at, recovery_sent_at`;

const iso = (v: string | null) => (v ? new Date(v).toISOString() : undefined);

/** The user object GoTrue returns (GET /user, admin endpoints, sessions). */
export function userJson(u: UserRow) {
  return {
    id: u.id,
    aud: u.aud ?? 'authenticated',
    role: u.role ?? 'authenticated',
    email: u.email ?? '',
    email_confirmed_at: iso(u.email_confirmed_at),
    phone: '',
    confirmed_at: iso(u.confirmed_at),
    invited_at: iso(u.invited_at),
    confirmation_sent_at: iso(u.confirmation_sent_at),
    recovery_sent_at: iso(u.recovery_sent_at),
    last_sign_in_at: iso(u.last_sign_in_at),
    app_metadata: u.raw_app_meta_data ?? {},
    user_metadata: u.raw_user_meta_data ?? {},
    identities: [],
    created_at: iso(u.created_at),
    updated_at: iso(u.updated_at),
    is_anonymous: u.is_anonymous,
  };
}

export async function findByEmail(db: pg.Pool, email: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`select ${COLUMNS} from auth.users where lower(email) = lower($1) and deleted_at is null limit 1`, [
    email,
  ]);
  return rows[0] ?? null;
}

export async function findById(db: pg.Pool, id: string): Promise<UserRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const { rows } = await db.query<UserRow>(`select ${COLUMNS} from auth.users where id = $1 and deleted_at is null`, [id]);
  return rows[0] ?? null;
}

export async function passwordMatches(db: pg.Pool, user: UserRow, password: string): Promise<boolean> {
  if (!user.encrypted_password) return false;
  const { rows } = await db.query<{ ok: boolean }>('select extensions.crypt($1, $2) = $2 as ok', [password, user.encrypted_password]);
  return rows[0]?.ok === true;
}

export type NewUser = {
  email: string;
  password?: string;
  emailConfirm: boolean;
  userMetadata: Record<string, unknown>;
  appMetadata: Record<string, unknown>;
};

export async function createUser(db: pg.Pool, u: NewUser): Promise<UserRow> {
  const client = await db.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<UserRow>(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
         raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
       values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', lower($1),
         case when $2::text is null then null else extensions.crypt($2, extensions.gen_salt('bf', 10)) end,
         case when $3 then now() end, $4, $5, now(), now())
       returning ${COLUMNS}`,
      [u.email, u.password ?? null, u.emailConfirm, { provider: 'email', providers: ['email'], ...u.appMetadata }, u.userMetadata],
    );
    const user = rows[0];
    await client.query(
      `insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
       values ($1::text, $1::uuid, $2, 'email', now(), now())`,
      [user.id, { sub: user.id, email: user.email, email_verified: u.emailConfirm }],
    );
    await client.query('commit');
    return user;
  } catch (e) {
    await client.query('rollback');
    throw e;
  } finally {
    client.release();
  }
}
