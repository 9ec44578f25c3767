// Conformance of the local /rest/v1 service with supabase-js (postgrest-js) and PostgREST's wire
// behaviour for reads: columns, filters, ordering, ranges and counts, singular responses, embedding
// and the errors PostgREST answers with. Roles, writes and RPC are in the other tests/stack/rest/*.test.ts files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, sql } from '../../support/clients.ts';
import { createFixtures, dropFixtures, rest } from './fixtures.ts';

beforeAll(createFixtures);
afterAll(dropFixtures);

const anon = () => anonClient();

describe('rest: select', () => {
  it('returns every row and column as a JSON array', async () => {
    const { data, error, status } = await anon().from('conf_authors').select().order('id');
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(data).toHaveLength(4);
    expect(data![0]).toEqual({ id: 1, name: 'Ursula K. Le Guin', country: 'US', meta: { awards: ['Hugo', 'Nebula'], born: 1929 } });
  });

  it('picks columns, renames them, casts them and follows JSON arrows', async () => {
    const { data, error } = await anon()
      .from('conf_books')
      .select('id, name:title, year::text, genre:data->>genre, pages:data->pages, data->>genre')
      .eq('id', 1)
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({ id: 1, name: 'A Wizard of Earthsea', year: '1968', genre: 'fantasy', pages: 183 });
  });

  it('answers [] when nothing matches', async () => {
    const { data, error } = await anon().from('conf_books').select('id').eq('title', 'nope');
    expect(error).toBeNull();
    expect(data).toEqual([]);
  });

  it('strips nulls when asked', async () => {
    const { data } = await anon().from('conf_authors').select('id, country').eq('id', 4).stripNulls();
    expect(data).toEqual([{ id: 4 }]);
  });
});

describe('rest: filters', () => {
  const books = () => anon().from('conf_books').select('title').order('id');
  const titles = async (build: (q: ReturnType<typeof books>) => PromiseLike<{ data: unknown; error: unknown }>) => {
    const { data, error } = await build(books());
    expect(error).toBeNull();
    return (data as { title: string }[]).map((r) => r.title);
  };

  it('compares with eq, neq, gt, gte, lt and lte', async () => {
    expect(await titles((q) => q.eq('year', 1969))).toEqual(['The Left Hand of Darkness']);
    expect(await titles((q) => q.gt('year', 1968).lt('year', 1974))).toEqual(['The Left Hand of Darkness']);
    expect(await titles((q) => q.gte('year', 1968).lte('year', 1969))).toEqual(['A Wizard of Earthsea', 'The Left Hand of Darkness']);
    expect(await titles((q) => q.neq('author_id', 1))).toEqual(['Dune', 'Solaris']);
  });

  it('matches patterns with like and ilike, `*` standing for `%`', async () => {
    expect(await titles((q) => q.like('title', '%Dark%'))).toEqual(['The Left Hand of Darkness']);
    expect(await titles((q) => q.ilike('title', 'the *'))).toEqual(['The Left Hand of Darkness', 'The Dispossessed']);
    expect(await titles((q) => q.filter('title', 'like', '*ol*'))).toEqual(['Solaris']);
    expect(await titles((q) => q.likeAnyOf('title', ['Dune', 'Sol*']))).toEqual(['Dune', 'Solaris']);
  });

  it('takes lists with in, quoting values that hold commas', async () => {
    const { data } = await anon().from('conf_authors').select('id').in('name', ['Frank Herbert', 'Ursula K. Le Guin', 'Lem, Stanisław']).order('id');
    expect(data).toEqual([{ id: 1 }, { id: 2 }]);
    await sql(`update public.conf_authors set name = 'Lem, Stanisław' where id = 3`);
    const quoted = await anon().from('conf_authors').select('id').in('name', ['Lem, Stanisław', 'x)"y']);
    await sql(`update public.conf_authors set name = 'Stanisław Lem' where id = 3`);
    expect(quoted.data).toEqual([{ id: 3 }]);
    expect(await titles((q) => q.in('id', []))).toEqual([]);
    expect(await titles((q) => q.not('id', 'in', '(1,2,3,4,5)'))).toEqual(['Untitled']);
  });

  it('tests null and booleans with is, and negates with not', async () => {
    expect(await titles((q) => q.is('year', null))).toEqual(['Untitled']);
    expect(await titles((q) => q.not('isbn', 'is', null))).toEqual(['A Wizard of Earthsea', 'The Left Hand of Darkness', 'Dune']);
    const { data } = await anon().from('conf_notes').select('body').is('shared', true);
    expect(data).toEqual([{ body: 'alice shared' }]);
    expect(await titles((q) => q.not('title', 'ilike', '*the*').not('year', 'is', null))).toEqual(['A Wizard of Earthsea', 'Dune', 'Solaris']);
  });

  it('combines with or and and, nested', async () => {
    expect(await titles((q) => q.or('year.lt.1962,and(author_id.eq.1,year.gt.1970)'))).toEqual(['The Dispossessed', 'Solaris']);
    expect(await titles((q) => q.or('title.eq.Dune,title.eq."Solaris"').or('year.is.null,year.gt.1964'))).toEqual(['Dune']);
    const { data } = await anon().from('conf_books').select('id').filter('not.or', '', '').limit(0);
    expect(data).toBeNull();
    const negated = await rest('/conf_books?select=title&not.or=(year.lt.1970,year.is.null)&order=id');
    expect(negated.json).toEqual([{ title: 'The Dispossessed' }]);
  });

  it('tests arrays and jsonb with contains and containedBy, and filters on JSON paths', async () => {
    expect(await titles((q) => q.contains('tags', ['sf', 'classic']))).toEqual(['The Left Hand of Darkness', 'Dune']);
    expect(await titles((q) => q.containedBy('tags', ['sf']))).toEqual(['The Dispossessed', 'Solaris', 'Untitled']);
    expect(await titles((q) => q.contains('data', { genre: 'fantasy' }))).toEqual(['A Wizard of Earthsea']);
    expect(await titles((q) => q.eq('data->>genre', 'fantasy'))).toEqual(['A Wizard of Earthsea']);
    expect(await titles((q) => q.gt('data->pages', 400))).toEqual(['Dune']);
    expect(await titles((q) => q.overlaps('tags', ['fantasy', 'nothing']))).toEqual(['A Wizard of Earthsea']);
  });

  it('searches text with fts operators', async () => {
    expect(await titles((q) => q.textSearch('title', 'wizard', { type: 'plain', config: 'english' }))).toEqual(['A Wizard of Earthsea']);
    expect(await titles((q) => q.textSearch('title', "'left' & 'darkness'"))).toEqual(['The Left Hand of Darkness']);
  });

  it('passes every value as a bind parameter', async () => {
    const { data, error } = await anon().from('conf_books').select('id').eq('title', "x'; drop table public.conf_books; --");
    expect(error).toBeNull();
    expect(data).toEqual([]);
    const { data: weird, error: weirdError } = await anon().from('conf_books').select('id').eq('data->>x"y', 'z');
    expect(weirdError).toBeNull();
    expect(weird).toEqual([]);
  });
});

describe('rest: order, ranges and counts', () => {
  it('orders by several columns with nulls first or last', async () => {
    const { data } = await anon()
      .from('conf_books')
      .select('id')
      .order('author_id', { ascending: false, nullsFirst: true })
      .order('year', { ascending: true });
    expect(data!.map((r) => r.id)).toEqual([6, 5, 4, 1, 2, 3]);
    const last = await anon().from('conf_books').select('id').order('year', { nullsFirst: false }).limit(2);
    expect(last.data).toEqual([{ id: 5 }, { id: 4 }]);
  });

  it('limits and offsets with range(), reporting Content-Range', async () => {
    const { data, count, status } = await anon().from('conf_books').select('id').order('id').range(1, 2);
    expect(data).toEqual([{ id: 2 }, { id: 3 }]);
    expect(count).toBeNull();
    expect(status).toBe(200);
    const res = await rest('/conf_books?select=id&order=id&offset=1&limit=2');
    expect(res.headers.get('content-range')).toBe('1-2/*');
  });

  it('counts exactly, answering 206 for a partial page', async () => {
    const { data, count, status } = await anon().from('conf_books').select('id', { count: 'exact' }).order('id').range(0, 1);
    expect(data).toHaveLength(2);
    expect(count).toBe(6);
    expect(status).toBe(206);
    const all = await anon().from('conf_books').select('id', { count: 'exact' }).eq('author_id', 1);
    expect([all.count, all.status]).toEqual([3, 200]);
    const res = await rest('/conf_books?select=id&order=id&limit=2', { headers: { prefer: 'count=exact' } });
    expect(res.headers.get('content-range')).toBe('0-1/6');
    const none = await rest('/conf_books?select=id&id=eq.0', { headers: { prefer: 'count=exact' } });
    expect(none.headers.get('content-range')).toBe('*/0');
  });

  it('counts without rows with head: true', async () => {
    const { data, count, status, error } = await anon().from('conf_books').select('*', { count: 'exact', head: true }).eq('status', 'published');
    expect(error).toBeNull();
    expect([data, count, status]).toEqual([null, 4, 200]);
  });

  it('honours a Range header and refuses an offset past the end (416 PGRST103)', async () => {
    const res = await rest('/conf_books?select=id&order=id', { headers: { range: '2-3', 'range-unit': 'items' } });
    expect(res.json).toEqual([{ id: 3 }, { id: 4 }]);
    expect(res.headers.get('content-range')).toBe('2-3/*');
    const { error, status } = await anon().from('conf_books').select('id', { count: 'exact' }).range(10, 12);
    expect(status).toBe(416);
    expect(error?.code).toBe('PGRST103');
    expect(error?.details).toBe('An offset of 10 was requested, but there are only 6 rows.');
    const negative = await rest('/conf_books?limit=-1');
    expect([negative.status, negative.json?.code]).toEqual([416, 'PGRST103']);
  });
});

describe('rest: single and maybeSingle', () => {
  it('single returns the one row as an object', async () => {
    const { data, error } = await anon().from('conf_authors').select('name').eq('id', 2).single();
    expect(error).toBeNull();
    expect(data).toEqual({ name: 'Frank Herbert' });
  });

  it('single refuses zero or several rows with 406 PGRST116', async () => {
    const none = await anon().from('conf_authors').select('name').eq('id', 99).single();
    expect(none.status).toBe(406);
    expect(none.error).toMatchObject({
      code: 'PGRST116',
      details: 'The result contains 0 rows',
      message: 'Cannot coerce the result to a single JSON object',
    });
    const many = await anon().from('conf_authors').select('name').single();
    expect(many.error).toMatchObject({ code: 'PGRST116', details: 'The result contains 4 rows' });
  });

  it('maybeSingle gives null for no row and an error for several', async () => {
    const none = await anon().from('conf_authors').select('name').eq('id', 99).maybeSingle();
    expect([none.data, none.error]).toEqual([null, null]);
    const one = await anon().from('conf_authors').select('name').eq('id', 3).maybeSingle();
    expect(one.data).toEqual({ name: 'Stanisław Lem' });
    const many = await anon().from('conf_authors').select('name').maybeSingle();
    expect(many.error?.code).toBe('PGRST116');
  });
});

describe('rest: embedding', () => {
  it('embeds many-to-one as an object or null', async () => {
    const { data, error } = await anon().from('conf_books').select('title, conf_authors(name)').in('id', [4, 6]).order('id');
    expect(error).toBeNull();
    expect(data).toEqual([
      { title: 'Dune', conf_authors: { name: 'Frank Herbert' } },
      { title: 'Untitled', conf_authors: null },
    ]);
  });

  it('embeds one-to-many as an array, with embedded filters, order and limit', async () => {
    const { data, error } = await anon()
      .from('conf_authors')
      .select('name, books:conf_books(title, year)')
      .in('id', [1, 4])
      .gt('books.year', 1968)
      .order('year', { referencedTable: 'books', ascending: false })
      .limit(1, { referencedTable: 'books' })
      .order('id');
    expect(error).toBeNull();
    expect(data).toEqual([
      { name: 'Ursula K. Le Guin', books: [{ title: 'The Dispossessed', year: 1974 }] },
      { name: 'Anonymous', books: [] },
    ]);
  });

  it('keeps only parents with a match with !inner, and counts them', async () => {
    const { data, count } = await anon()
      .from('conf_authors')
      .select('name, conf_books!inner(title)', { count: 'exact' })
      .eq('conf_books.status', 'draft');
    expect(data).toEqual([{ name: 'Stanisław Lem', conf_books: [{ title: 'Solaris' }] }]);
    expect(count).toBe(1);
    const books = await anon().from('conf_books').select('title, author:conf_authors!inner(country)').eq('author.country', 'PL');
    expect(books.data).toEqual([{ title: 'Solaris', author: { country: 'PL' } }]);
  });

  it('filters parents on whether an embed is null', async () => {
    const { data } = await anon().from('conf_authors').select('id, conf_profiles(bio)').is('conf_profiles', null).order('id');
    expect(data).toEqual([
      { id: 2, conf_profiles: null },
      { id: 4, conf_profiles: null },
    ]);
  });

  it('embeds one-to-one as an object both ways', async () => {
    const { data } = await anon().from('conf_authors').select('id, conf_profiles(bio)').eq('id', 1).single();
    expect(data).toEqual({ id: 1, conf_profiles: { bio: 'Wrote Earthsea' } });
    const back = await anon().from('conf_profiles').select('bio, conf_authors(name)').eq('author_id', 3).single();
    expect(back.data).toEqual({ bio: 'Wrote Solaris', conf_authors: { name: 'Stanisław Lem' } });
  });

  it('disambiguates with !constraint and !column hints, and embeds by column name', async () => {
    const byConstraint = await anon()
      .from('conf_reviews')
      .select('stars, reviewer:conf_authors!conf_reviews_reviewer_id_fkey(name), editor:conf_authors!editor_id(name)')
      .eq('id', 1)
      .single();
    expect(byConstraint.error).toBeNull();
    expect(byConstraint.data).toEqual({ stars: 5, reviewer: { name: 'Ursula K. Le Guin' }, editor: { name: 'Stanisław Lem' } });
    const byColumn = await anon().from('conf_reviews').select('id, reviewer_id(name)').eq('id', 2).single();
    expect(byColumn.data).toEqual({ id: 2, reviewer_id: { name: 'Stanisław Lem' } });
  });

  it('refuses an ambiguous embed (300 PGRST201) and an unknown one (400 PGRST200)', async () => {
    const ambiguous = await anon().from('conf_reviews').select('id, conf_authors(name)');
    expect(ambiguous.status).toBe(300);
    expect(ambiguous.error?.code).toBe('PGRST201');
    expect(ambiguous.error?.hint).toContain("'conf_authors!conf_reviews_editor_id_fkey'");
    expect(ambiguous.error?.details).toHaveLength(2);
    const unknown = await anon().from('conf_books').select('id, conf_nothing(*)');
    expect(unknown.status).toBe(400);
    expect(unknown.error?.code).toBe('PGRST200');
    expect(unknown.error?.message).toBe("Could not find a relationship between 'conf_books' and 'conf_nothing' in the schema cache");
  });

  it('nests embeds, spreads a to-one embed and orders by a to-one column', async () => {
    const { data, error } = await anon().from('conf_reviews').select('stars, conf_books(title, conf_authors(name))').eq('id', 3).single();
    expect(error).toBeNull();
    expect(data).toEqual({ stars: 5, conf_books: { title: 'A Wizard of Earthsea', conf_authors: { name: 'Ursula K. Le Guin' } } });
    const spread = await anon().from('conf_books').select('title, ...conf_authors(author:name)').eq('id', 5).single();
    expect(spread.data).toEqual({ title: 'Solaris', author: 'Stanisław Lem' });
    const ordered = await anon()
      .from('conf_books')
      .select('id, conf_authors(name)')
      .not('author_id', 'is', null)
      .order('conf_authors(name)')
      .order('id');
    expect(ordered.data!.map((r) => r.id)).toEqual([4, 5, 1, 2, 3]);
  });

  it('refuses a filter on an embed that is not selected (400 PGRST108)', async () => {
    const { error, status } = await anon().from('conf_books').select('id').eq('conf_authors.name', 'x');
    expect(status).toBe(400);
    expect(error?.code).toBe('PGRST108');
  });
});

describe('rest: errors', () => {
  it('unknown column is 400 42703', async () => {
    const { error, status } = await anon().from('conf_books').select('nope');
    expect(status).toBe(400);
    expect(error?.code).toBe('42703');
    expect(error?.message).toBe('column conf_books.nope does not exist');
    const filter = await anon().from('conf_books').select('id').eq('nope', 1);
    expect([filter.status, filter.error?.code]).toEqual([400, '42703']);
  });

  it('malformed select, filter or order is 400 PGRST100', async () => {
    for (const path of [
      '/conf_books?select=id,(',
      '/conf_books?id=nope.1',
      '/conf_books?id=in.1,2',
      '/conf_books?order=id.sideways',
      '/conf_books?or=(id.eq.1',
      '/conf_books?id=is.maybe',
    ]) {
      const res = await rest(path);
      expect(res.status, path).toBe(400);
      expect(res.json?.code, path).toBe('PGRST100');
      expect(Object.keys(res.json!).sort(), path).toEqual(['code', 'details', 'hint', 'message']);
    }
  });

  it('unknown table is 404 PGRST205 with a hint', async () => {
    const { error, status } = await anon().from('conf_book').select();
    expect(status).toBe(404);
    expect(error).toMatchObject({
      code: 'PGRST205',
      message: "Could not find the table 'public.conf_book' in the schema cache",
      hint: "Perhaps you meant the table 'public.conf_books'",
    });
  });

  it('aggregates are refused (PGRST123) and another schema is 406 PGRST106', async () => {
    const agg = await anon().from('conf_books').select('year.sum()');
    expect(agg.error?.code).toBe('PGRST123');
    const other = await anon().schema('private').from('conf_books').select();
    expect(other.status).toBe(406);
    expect(other.error).toMatchObject({ code: 'PGRST106', message: 'Invalid schema: private' });
    const pub = await rest('/conf_books?select=id&limit=1', { headers: { 'accept-profile': 'public' } });
    expect(pub.headers.get('content-profile')).toBe('public');
  });

  it('a media type it cannot produce is 406 PGRST107', async () => {
    const res = await rest('/conf_books', { headers: { accept: 'application/xml' } });
    expect([res.status, res.json?.code]).toEqual([406, 'PGRST107']);
  });
});
