import { describe, expect, it } from 'vitest';
import type { Table } from './catalog.ts';
import { parseFilterKey, parseFilterValue, parseLogic, parseOrder } from './parse-filters.ts';
import { parseSelect } from './parse-select.ts';
import type { ReadNode } from './plan.ts';
import { ALL_ROWS } from './request.ts';
import { matchRelationships, type Relationship } from './schema-cache.ts';
import { arrayLiteral, countSql, ident, Params, readSql } from './sql.ts';

const books: Table = {
  name: 'books',
  columns: new Map([['title', { name: 'title', type: 'text', default: null, generated: false }]]),
  pk: ['id'],
  uniqueKeys: [['id']],
};

function node(over: Partial<ReadNode> = {}): ReadNode {
  return {
    name: 'books',
    table: books,
    from: '"public"."books"',
    alias: '"books"',
    fields: [],
    embeds: [],
    filters: [],
    logic: [],
    order: [],
    range: ALL_ROWS,
    ...over,
  };
}
const filter = (key: string, value: string) => ({ field: parseFilterKey(key).field, expr: parseFilterValue(value) });
const fields = (select: string) => parseSelect(select).filter((i) => i.type === 'field') as ReadNode['fields'];

describe('quoting', () => {
  it('double-quotes identifiers and builds quoted array literals', () => {
    expect(ident('a"b')).toBe('"a""b"');
    expect(ident('x\0y')).toBe('"x"');
    expect(arrayLiteral(['a,b', 'say "hi"', 'back\\slash'])).toBe('{"a,b","say \\"hi\\"","back\\\\slash"}');
  });
});

describe('readSql', () => {
  it('binds every value and quotes every name', () => {
    const p = new Params();
    const sql = readSql(
      node({
        fields: fields('id,t:title,year::text,data->>k'),
        filters: [filter('title', 'like.*Dune*'), filter('id', 'in.(1,"2,3")'), filter('year', 'not.is.null'), filter('data->a', 'eq.1')],
        logic: [parseLogic('or', '(id.eq.1,title.fts(english).x)').tree],
        order: parseOrder('title.desc.nullslast'),
        range: { offset: 5, limit: 10 },
      }),
      p,
    );
    expect(sql).toBe(
      'SELECT "books"."id", "books"."title" AS "t", CAST("books"."year" AS text) AS "year", "books"."data"->>$1 AS "k" FROM "public"."books"' +
        ` WHERE "books"."title" like $2 AND "books"."id" = ANY($3) AND NOT ("books"."year" IS NULL) AND "books"."data"->$4 = $5` +
        ' AND ("books"."id" = $6 OR to_tsvector($7::regconfig, "books"."title") @@ to_tsquery($7::regconfig, $8))' +
        ' ORDER BY "books"."title" DESC NULLS LAST LIMIT $9 OFFSET $10',
    );
    expect(p.values).toEqual(['k', '%Dune%', '{"1","2,3"}', 'a', '1', '1', 'english', 'x', 10, 5]);
  });

  it('embeds to-one as row_to_json and to-many as json_agg subqueries, and !inner as EXISTS', () => {
    const rel: Relationship = {
      table: 'books',
      foreignTable: 'authors',
      cardinality: 'm2o',
      constraint: 'fk',
      columns: [['author_id', 'id']],
      isSelf: false,
    };
    const back: Relationship = {
      table: 'books',
      foreignTable: 'reviews',
      cardinality: 'o2m',
      constraint: 'fk2',
      columns: [['id', 'book_id']],
      isSelf: false,
    };
    const child = (name: string, alias: string) =>
      node({ name, table: null, from: `"public"."${name}" AS "${alias}"`, alias: `"${alias}"`, fields: fields('name') });
    const p = new Params();
    const root = node({
      fields: fields('id'),
      embeds: [
        { key: 'author', rel, inner: true, spread: false, empty: false, lateral: '"pgrst_0_0"', node: child('authors', 'authors_1') },
        { key: 'reviews', rel: back, inner: false, spread: false, empty: false, lateral: '"pgrst_0_1"', node: child('reviews', 'reviews_1') },
      ],
    });
    expect(readSql(root, p)).toBe(
      'SELECT "books"."id",' +
        ' (SELECT row_to_json(pgrst_row) FROM (SELECT "authors_1"."name" FROM "public"."authors" AS "authors_1" WHERE "authors_1"."id" = "books"."author_id") pgrst_row) AS "author",' +
        ' COALESCE((SELECT json_agg(pgrst_rows) FROM (SELECT "reviews_1"."name" FROM "public"."reviews" AS "reviews_1" WHERE "reviews_1"."book_id" = "books"."id") pgrst_rows), \'[]\') AS "reviews"' +
        ' FROM "public"."books"' +
        ' WHERE EXISTS (SELECT 1 FROM "public"."authors" AS "authors_1" WHERE "authors_1"."id" = "books"."author_id")',
    );
    expect(countSql(root, p)).toBe(
      'SELECT pg_catalog.count(*) FROM "public"."books" WHERE EXISTS (SELECT 1 FROM "public"."authors" AS "authors_1" WHERE "authors_1"."id" = "books"."author_id")',
    );
  });

  it('joins an embed LATERAL when it is spread or the parent orders by it', () => {
    const rel: Relationship = {
      table: 'books',
      foreignTable: 'authors',
      cardinality: 'm2o',
      constraint: 'fk',
      columns: [['author_id', 'id']],
      isSelf: false,
    };
    const child = node({ name: 'authors', table: null, from: '"public"."authors" AS "authors_1"', alias: '"authors_1"', fields: fields('name') });
    const embed = { key: 'authors', rel, inner: false, spread: false, empty: false, lateral: '"pgrst_0_0"', node: child };
    const ordered = readSql(node({ fields: fields('id'), embeds: [embed], order: parseOrder('authors(name).desc') }), new Params());
    expect(ordered).toBe(
      'SELECT "books"."id", row_to_json("pgrst_0_0".*) AS "authors" FROM "public"."books"' +
        ' LEFT JOIN LATERAL (SELECT "authors_1"."name" FROM "public"."authors" AS "authors_1" WHERE "authors_1"."id" = "books"."author_id") AS "pgrst_0_0" ON TRUE' +
        ' ORDER BY "pgrst_0_0"."name" DESC',
    );
    const spread = readSql(node({ fields: fields('id'), embeds: [{ ...embed, spread: true }] }), new Params());
    expect(spread).toMatch(/^SELECT "books"."id", "pgrst_0_0".\* FROM "public"."books" LEFT JOIN LATERAL/);
  });
});

describe('matchRelationships', () => {
  const m2o = (constraint: string, col: string): Relationship => ({
    table: 'reviews',
    foreignTable: 'authors',
    cardinality: 'm2o',
    constraint,
    columns: [[col, 'id']],
    isSelf: false,
  });
  const rels = [m2o('reviews_reviewer_fkey', 'reviewer_id'), m2o('reviews_editor_fkey', 'editor_id')];

  it('matches by table, constraint or column, and narrows with a hint', () => {
    expect(matchRelationships(rels, 'authors')).toHaveLength(2);
    expect(matchRelationships(rels, 'authors', 'editor_id').map((r) => r.constraint)).toEqual(['reviews_editor_fkey']);
    expect(matchRelationships(rels, 'authors', 'reviews_reviewer_fkey').map((r) => r.constraint)).toEqual(['reviews_reviewer_fkey']);
    expect(matchRelationships(rels, 'reviewer_id').map((r) => r.constraint)).toEqual(['reviews_reviewer_fkey']);
    expect(matchRelationships(rels, 'reviews_editor_fkey').map((r) => r.constraint)).toEqual(['reviews_editor_fkey']);
    expect(matchRelationships(rels, 'nothing')).toEqual([]);
  });

  it('resolves a self-relationship: the table name gives children, the column the parent', () => {
    const up: Relationship = {
      table: 'people',
      foreignTable: 'people',
      cardinality: 'm2o',
      constraint: 'people_boss_fkey',
      columns: [['boss_id', 'id']],
      isSelf: true,
    };
    const down: Relationship = { ...up, cardinality: 'o2m', columns: [['id', 'boss_id']] };
    expect(matchRelationships([up, down], 'people')).toEqual([down]);
    expect(matchRelationships([up, down], 'boss_id')).toEqual([up]);
  });
});
