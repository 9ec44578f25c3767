import { describe, expect, it } from 'vitest';
import { RestError } from './errors.ts';
import { parseSelect, type SelectItem } from './parse-select.ts';

const field = (name: string, extra: object = {}) => ({ type: 'field', field: { name, json: [] }, ...extra });

describe('parseSelect', () => {
  it('defaults to * and reads an empty select as no columns', () => {
    expect(parseSelect(null)).toEqual([field('*')]);
    expect(parseSelect('')).toEqual([]);
  });

  it('reads columns, aliases, casts and JSON paths', () => {
    expect(parseSelect('id,name:title,year::text,data->a->>b,n:data->0,"odd, name"')).toEqual([
      field('id'),
      field('title', { alias: 'name' }),
      field('year', { cast: 'text' }),
      {
        type: 'field',
        field: {
          name: 'data',
          json: [
            { arrow: '->', key: 'a', index: false },
            { arrow: '->>', key: 'b', index: false },
          ],
        },
      },
      { type: 'field', field: { name: 'data', json: [{ arrow: '->', key: '0', index: true }] }, alias: 'n' },
      field('odd, name'),
    ]);
  });

  it('keeps dashes and spaces in names but not an arrow', () => {
    expect(parseSelect('first-name, x->some-key, double precision::double precision')).toEqual([
      field('first-name'),
      { type: 'field', field: { name: 'x', json: [{ arrow: '->', key: 'some-key', index: false }] } },
      field('double precision', { cast: 'double precision' }),
    ]);
  });

  it('reads embeds with aliases, hints, !inner, spreads and nesting', () => {
    const items = parseSelect('id,author:authors!books_author_id_fkey!inner(name,country:countries(code)),...publisher(name),reviews()');
    expect(items).toEqual<SelectItem[]>([
      field('id') as SelectItem,
      {
        type: 'embed',
        relation: 'authors',
        alias: 'author',
        hint: 'books_author_id_fkey',
        inner: true,
        spread: false,
        children: [
          field('name') as SelectItem,
          {
            type: 'embed',
            relation: 'countries',
            alias: 'country',
            hint: undefined,
            inner: false,
            spread: false,
            children: [field('code') as SelectItem],
          },
        ],
      },
      {
        type: 'embed',
        relation: 'publisher',
        alias: undefined,
        hint: undefined,
        inner: false,
        spread: true,
        children: [field('name') as SelectItem],
      },
      { type: 'embed', relation: 'reviews', alias: undefined, hint: undefined, inner: false, spread: false, children: [] },
    ]);
    expect(parseSelect('a!left(*)')[0]).toMatchObject({ relation: 'a', inner: false, hint: undefined });
  });

  it('refuses malformed input with PGRST100 and aggregates with PGRST123', () => {
    for (const bad of ['id,(', 'a(b', 'id::', 'a!(x)', 'name!hint', '*!x', 'x->']) {
      const err = (() => {
        try {
          parseSelect(bad);
        } catch (e) {
          return e;
        }
      })();
      expect(err, bad).toBeInstanceOf(RestError);
      expect((err as RestError).body, bad).toMatchObject({ code: 'PGRST100' });
    }
    expect(() => parseSelect('count()')).toThrow(/aggregate/);
    expect(() => parseSelect('year.sum()')).toThrow(/aggregate/);
  });

  it('words parse errors like PostgREST', () => {
    try {
      parseSelect('id,(');
    } catch (e) {
      expect((e as RestError).body).toMatchObject({ message: '"failed to parse select parameter (id,()" (line 1, column 4)' });
    }
  });
});
