import { describe, expect, it } from 'vitest';
import { parseColumns } from './parse-common.ts';
import { parseFilterKey, parseFilterValue, parseLogic, parseOrder } from './parse-filters.ts';

const col = (name: string) => ({ name, json: [] });

describe('parseFilterValue', () => {
  it('reads the comparison operators, keeping the rest of the value as is', () => {
    expect(parseFilterValue('eq.a.b,c)')).toEqual({ not: false, operation: { kind: 'quant', op: 'eq', value: 'a.b,c)' } });
    expect(parseFilterValue('gte.5').operation).toEqual({ kind: 'quant', op: 'gte', value: '5' });
    expect(parseFilterValue('neq.').operation).toEqual({ kind: 'simple', op: 'neq', value: '' });
    expect(parseFilterValue('cs.{a,b}').operation).toEqual({ kind: 'simple', op: 'cs', value: '{a,b}' });
    expect(parseFilterValue('like(any).{a*,b*}').operation).toEqual({ kind: 'quant', op: 'like', quant: 'any', value: '{a*,b*}' });
  });

  it('negates with not.', () => {
    expect(parseFilterValue('not.ilike.*x*')).toEqual({ not: true, operation: { kind: 'quant', op: 'ilike', value: '*x*' } });
  });

  it('reads in lists with quoted elements', () => {
    expect(parseFilterValue('in.(1, 2,"a,b","say \\"hi\\"",)').operation).toEqual({ kind: 'in', values: ['1', ' 2', 'a,b', 'say "hi"', ''] });
    expect(parseFilterValue('in.()').operation).toEqual({ kind: 'in', values: [''] });
  });

  it('reads is values case-insensitively and full-text operators with a language', () => {
    expect(parseFilterValue('is.NULL').operation).toEqual({ kind: 'is', value: 'null' });
    expect(parseFilterValue('not.is.not_null')).toEqual({ not: true, operation: { kind: 'is', value: 'not_null' } });
    expect(parseFilterValue('wfts(english).cat dog').operation).toEqual({ kind: 'fts', op: 'wfts', lang: 'english', value: 'cat dog' });
    expect(parseFilterValue('isdistinct.x').operation).toEqual({ kind: 'isdistinct', value: 'x' });
  });

  it('refuses unknown operators and malformed values with PGRST100', () => {
    for (const bad of ['nope.1', 'eq', 'in.1,2', 'is.maybe', 'fts().x', 'eq(some).x', '']) {
      expect(() => parseFilterValue(bad), bad).toThrow(expect.objectContaining({ body: expect.objectContaining({ code: 'PGRST100' }) }));
    }
  });
});

describe('parseFilterKey', () => {
  it('splits embed paths from the column and its JSON path', () => {
    expect(parseFilterKey('title')).toEqual({ path: [], field: col('title') });
    expect(parseFilterKey('books.authors.name')).toEqual({ path: ['books', 'authors'], field: col('name') });
    expect(parseFilterKey('data->a->>b')).toEqual({
      path: [],
      field: {
        name: 'data',
        json: [
          { arrow: '->', key: 'a', index: false },
          { arrow: '->>', key: 'b', index: false },
        ],
      },
    });
  });
});

describe('parseLogic', () => {
  it('reads nested trees, negation and embed paths', () => {
    expect(parseLogic('or', '(a.eq.1,and(b.gt.2,c.is.null),not.or(d.eq."x,y",e.in.(1,2)))')).toEqual({
      path: [],
      tree: {
        type: 'expr',
        not: false,
        op: 'or',
        children: [
          { type: 'filter', filter: { field: col('a'), expr: { not: false, operation: { kind: 'quant', op: 'eq', value: '1' } } } },
          {
            type: 'expr',
            not: false,
            op: 'and',
            children: [
              { type: 'filter', filter: { field: col('b'), expr: { not: false, operation: { kind: 'quant', op: 'gt', value: '2' } } } },
              { type: 'filter', filter: { field: col('c'), expr: { not: false, operation: { kind: 'is', value: 'null' } } } },
            ],
          },
          {
            type: 'expr',
            not: true,
            op: 'or',
            children: [
              { type: 'filter', filter: { field: col('d'), expr: { not: false, operation: { kind: 'quant', op: 'eq', value: 'x,y' } } } },
              { type: 'filter', filter: { field: col('e'), expr: { not: false, operation: { kind: 'in', values: ['1', '2'] } } } },
            ],
          },
        ],
      },
    });
    expect(parseLogic('books.not.and', '(a.eq.1)')).toMatchObject({ path: ['books'], tree: { type: 'expr', not: true, op: 'and' } });
    expect(parseLogic('or', '(tags.cs.{a,b},x.eq.1)').tree).toMatchObject({
      children: [{ filter: { expr: { operation: { value: '{a,b}' } } } }, {}],
    });
  });

  it('refuses unbalanced or empty trees', () => {
    for (const bad of ['(a.eq.1', '()', 'a.eq.1', '(a.eq.1))'])
      expect(() => parseLogic('or', bad), bad).toThrow(expect.objectContaining({ body: expect.objectContaining({ code: 'PGRST100' }) }));
  });
});

describe('parseOrder and parseColumns', () => {
  it('reads directions, null ordering, JSON paths and related terms', () => {
    expect(parseOrder('a.desc.nullslast,b,data->>k.asc,author(name).desc')).toEqual([
      { field: col('a'), dir: 'desc', nulls: 'last' },
      { field: col('b') },
      { field: { name: 'data', json: [{ arrow: '->>', key: 'k', index: false }] }, dir: 'asc' },
      { relation: 'author', field: col('name'), dir: 'desc' },
    ]);
    expect(parseOrder('a.nullsfirst')).toEqual([{ field: col('a'), nulls: 'first' }]);
    expect(() => parseOrder('a.sideways')).toThrow(expect.objectContaining({ body: expect.objectContaining({ code: 'PGRST100' }) }));
  });

  it('reads quoted and plain column lists', () => {
    expect(parseColumns('"a","b c", d', 'columns')).toEqual(['a', 'b c', 'd']);
    expect(() => parseColumns('a,', 'columns')).toThrow();
  });
});
