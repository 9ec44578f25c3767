// Finds a skill in text on token boundaries: the skill's name and aliases, each compiled once into regexes
// (known tech names get the rules in tech-terms.ts; anything else a generic whole-word pattern).
import { foldCase } from './normalize.ts';
import { KNOWN_TERMS, type Alternative } from './tech-terms.ts';
import type { Skill } from './types.ts';

export type Hit = { start: number; end: number };
export type CompiledSkill = { skill: Skill; alternatives: Alternative[] };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_START = /^[\p{L}\p{N}_]/u;
const WORD_END = /[\p{L}\p{N}_]$/u;

/** Whole-word pattern for a term nobody taught us about; short all-caps acronyms (AWS, SQL) match only in capitals. */
function generic(term: string): Alternative {
  const words = term.split(' ');
  const body = words.map(escapeRegExp).join('[\\s-]+');
  const left = WORD_START.test(term) ? '(?<![\\p{L}\\p{N}_])' : '';
  // A trailing version is part of the name: HTML5, Python 3, Angular 17.
  const right = WORD_END.test(term) ? '(?:\\s?\\d{1,2}(?:\\.\\d+)?)?(?![\\p{L}\\p{N}_])' : /[+#]$/.test(term) ? '(?![\\p{L}\\p{N}_+#])' : '';
  const caseSensitive = /^[A-Z0-9]{2,3}$/.test(term);
  const needle = foldCase(words.reduce((a, b) => (b.length > a.length ? b : a)));
  return { re: new RegExp(left + body + right, caseSensitive ? 'gu' : 'giu'), needle };
}

function alternativesFor(term: string): Alternative[] {
  const clean = term.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  return KNOWN_TERMS[foldCase(clean)] ?? [generic(clean)];
}

const compiled = new Map<string, CompiledSkill>();

/** Compiles a skill's name and aliases once; the cache makes repeated calls for the same job free. */
export function compileSkill(skill: Skill): CompiledSkill {
  const key = JSON.stringify([skill.name, skill.aliases ?? []]);
  const cached = compiled.get(key);
  if (cached) return { ...cached, skill };
  const alternatives = [...new Set([skill.name, ...(skill.aliases ?? [])].flatMap(alternativesFor))];
  const result = { skill, alternatives };
  if (compiled.size > 1000) compiled.clear();
  compiled.set(key, result);
  return result;
}

export function compileSkills(skills: Skill[]): CompiledSkill[] {
  return skills.map(compileSkill);
}

/** Hits of a compiled skill in `text` (`folded` is foldCase(text), passed in when the caller already has it). */
export function findHits(text: string, skill: CompiledSkill, folded = foldCase(text)): Hit[] {
  const hits: Hit[] = [];
  for (const alt of skill.alternatives) {
    if (!folded.includes(alt.needle)) continue;
    for (const m of text.matchAll(alt.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!alt.accept || alt.accept(text, start, end)) hits.push({ start, end });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) if (!kept.length || hit.start >= kept[kept.length - 1].end) kept.push(hit);
  return kept;
}

/** Where a skill occurs in a piece of text, e.g. a span of the rendered PDF's text layer; offsets index into `text`. */
export function findSkillHits(text: string, skill: Skill): Hit[] {
  return findHits(text, compileSkill(skill));
}

/**
 * Hits over a page's text-layer items searched as one text, so a lone "Go" item still sees the list around it and
 * "React" + "Native" in two items is one phrase; each hit comes back as ranges within the items it covers.
 */
export function findSkillHitsInItems(items: readonly string[], skill: Skill): (Hit & { item: number })[] {
  const starts: number[] = [];
  let text = '';
  for (const item of items) {
    starts.push(text.length ? text.length + 1 : 0);
    text += (text.length ? ' ' : '') + item;
  }
  const ranges: (Hit & { item: number })[] = [];
  for (const hit of findSkillHits(text, skill)) {
    items.forEach((item, i) => {
      const start = Math.max(hit.start, starts[i]) - starts[i];
      const end = Math.min(hit.end, starts[i] + item.length) - starts[i];
      if (end > start) ranges.push({ item: i, start, end });
    });
  }
  return ranges;
}
