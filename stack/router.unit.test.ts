// The route table's matching rules, which every service's behaviour rests on.
import { expect, it } from 'vitest';
import { createRouter, type RouteHandler } from './router.ts';

const h = (name: string): RouteHandler => Object.assign(() => undefined, { label: name });
const label = (m: ReturnType<ReturnType<typeof createRouter>>) =>
  m ? `${(m.handler as unknown as { label: string }).label} ${JSON.stringify(m.params)}` : null;

const route = createRouter([
  ['GET HEAD', '/bucket', h('list')],
  ['*', '/bucket/', h('slash')],
  ['DELETE', '/bucket/:id', h('delete')],
  ['GET', '/object/sign/*', h('signed')],
  ['*', '/a.b', h('dot')],
]);

it('matches method and pattern in order; `:name` is one segment, `*` the rest', () => {
  expect(label(route('GET', '/bucket'))).toBe('list {}');
  expect(label(route('HEAD', '/bucket'))).toBe('list {}');
  expect(label(route('POST', '/bucket'))).toBeNull();
  expect(label(route('DELETE', '/bucket/'))).toBe('slash {}');
  expect(label(route('DELETE', '/bucket/x%20y'))).toBe('delete {"id":"x%20y"}');
  expect(label(route('DELETE', '/bucket/x/y'))).toBeNull();
  expect(label(route('GET', '/object/sign/b/k/l.pdf'))).toBe('signed {"rest":"b/k/l.pdf"}');
  expect(label(route('GET', '/object/sign'))).toBeNull();
  expect(label(route('PUT', '/a.b'))).toBe('dot {}');
  expect(label(route('PUT', '/axb'))).toBeNull();
});
