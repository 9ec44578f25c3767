// What the matcher knows about tech names that plain word boundaries get wrong: symbols (C++, C#, .NET),
// spellings (Node.js/NodeJS, Golang), and names that are also English words or letters (Go, R, C, React).

/** One way of writing a skill: a regex over the normalised text, a lower-case literal it must contain, an optional veto. */
export type Alternative = { re: RegExp; needle: string; accept?: (text: string, start: number, end: number) => boolean };

const W = '\\p{L}\\p{N}_';
const LEXICON = [
  'python',
  'java',
  'javascript',
  'typescript',
  'rust',
  'ruby',
  'php',
  'kotlin',
  'swift',
  'scala',
  'perl',
  'bash',
  'elixir',
  'erlang',
  'haskell',
  'c\\+\\+',
  'c#',
  '\\.net',
  'node\\.?js',
  'react',
  'angular',
  'vue',
  'django',
  'flask',
  'spring',
  'rails',
  'docker',
  'kubernetes',
  'k8s',
  'aws',
  'gcp',
  'azure',
  'sql',
  'postgres(?:ql)?',
  'mysql',
  'sqlite',
  'mongodb',
  'redis',
  'kafka',
  'grpc',
  'graphql',
  'restful',
  'rest apis?',
  'linux',
  'terraform',
  'html',
  'css',
  'git',
  'microservices?',
  'golang',
  'matlab',
  'julia',
  'sas',
  'spss',
  'stata',
  'excel',
  'tableau',
  'pandas',
  'numpy',
  'tidyverse',
  'ggplot2?',
  'fortran',
  'cobol',
  'lua',
  'dart',
  'objective-c',
  'assembly',
];
const LEXICON_RE = new RegExp(`(?<![a-z0-9])(?:${LEXICON.join('|')})(?![a-z0-9])`, 'u');
// A list position: a separator before the term, or a separator (or the end of the line) after it; 、，和 are Chinese ones.
const LIST_BEFORE_RE = /(?:[,;/|•·(:&+、，；：（]|\band|\bor|[和与及])\s*$/u;
const LIST_AFTER_RE = /^\s*(?:[,;/|•·)&+、，；）]|\band\b|\bor\b|[和与及]|[.。]?\s*$)/u;

function lineAround(text: string, start: number, end: number) {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const to = newline < 0 ? text.length : newline;
  const previous = from > 0 ? text.slice(text.lastIndexOf('\n', from - 2) + 1, from - 1) : '';
  const nextEnd = newline < 0 ? -1 : text.indexOf('\n', newline + 1);
  const next = newline < 0 ? '' : text.slice(newline + 1, nextEnd < 0 ? text.length : nextEnd);
  return { before: text.slice(from, start), after: text.slice(end, to), neighbours: `${previous} ${next}` };
}

/** The term sits in a list of technologies: others on its line, or on the lines around it in a one-per-line list or table. */
function inTechList(text: string, start: number, end: number): boolean {
  const { before, after, neighbours } = lineAround(text, start, end);
  if (!LIST_BEFORE_RE.test(before) && !LIST_AFTER_RE.test(after)) return false;
  if (LEXICON_RE.test(`${before} ${after}`.toLowerCase())) return true;
  const aloneInCell = !(before.split('|').pop() ?? '').trim() && !/[\p{L}\p{N}]/u.test(after.split('|')[0]);
  return aloneInCell && LEXICON_RE.test(neighbours.toLowerCase());
}

const GO_AFTER =
  /^\s*(?:\(golang\)|\d+(?:\.\d+)+|programming|developer|engineer|language|code|services?|microservices?|modules?|routines?|backend|apis?|servers?|stack|toolchain|generics)\b/iu;
const GO_BEFORE = /(?:\b(?:in|with|using|written in|wrote|rewrote|ported to|migrated to|learning)|使用|采用)\s+$/iu;

/** "Go" the language: capitalised (or GO in ALL-CAPS text), not "go-to", and with a language cue or in a list of technologies. */
const goLanguage: Alternative = {
  re: new RegExp(`(?<![${W}\\-.])G[oO](?![${W}\\-])`, 'gu'),
  needle: 'go',
  accept(text, start, end) {
    const { before, after } = lineAround(text, start, end);
    return GO_AFTER.test(after) || GO_BEFORE.test(before) || inTechList(text, start, end);
  },
};

const SINGLE_AFTER = /^\s*(?:programming|language|studio|shiny|markdown|packages?|scripts?|code|libraries|tidyverse|compilers?|standard library)\b/iu;
const SINGLE_BEFORE = /\b(?:in|with|using|written in|languages?:?|skills?:?)\s+$/iu;

/** A one-letter language (R, C): standalone capital, not R&D or C-suite, not an initial, with a cue or in a tech list. */
function singleLetterLanguage(letter: string): Alternative {
  return {
    re: new RegExp(`(?<![${W}&.'’/\\-+#@])${letter}(?![${W}&'’+#@]|\\.\\p{L}|-\\p{L})`, 'gu'),
    needle: letter.toLowerCase(),
    accept(text, start, end) {
      const { before, after } = lineAround(text, start, end);
      // "John R. Smith": a capitalised word, the letter, a full stop and another name.
      if (/^\.\s*\p{Lu}\p{Ll}/u.test(after) && /\p{Lu}\p{Ll}+\s$/u.test(before)) return false;
      return SINGLE_AFTER.test(after) || SINGLE_BEFORE.test(before) || inTechList(text, start, end);
    },
  };
}

/** Drops a hit followed by a longer name that is a different technology (Java → JavaScript, React → React Native). */
function unless(alternative: Alternative, following: RegExp): Alternative {
  return {
    ...alternative,
    accept: (text, start, end) => !following.test(text.slice(end, end + 16)) && (alternative.accept?.(text, start, end) ?? true),
  };
}

function pattern(source: string, needle: string, caseSensitive = false): Alternative {
  return { re: new RegExp(source, caseSensitive ? 'gu' : 'giu'), needle };
}

const L = `(?<![${W}])`;
const R = `(?![${W}])`;
const SYMBOL_L = `(?<![${W}+#])`;
const SYMBOL_R = `(?![${W}+#])`;

const go = [pattern(`${L}golang${R}`, 'golang'), goLanguage];
const javascript = [pattern(`${L}(?:javascript|java script|ecmascript|es20\\d\\d|es6)${R}`, 'script'), pattern(`${L}JS${R}`, 'js', true)];
const react = [unless(pattern(`${L}(?:React(?:\\.?[jJ][sS])?|REACT|react\\.?js)${R}`, 'react', true), /^[\s-]*native/iu)];
const reactNative = [pattern(`${L}react[\\s-]*native${R}`, 'react')];
const node = [pattern(`${L}node(?:\\.?js| js)${R}`, 'node'), { ...pattern(`${L}Node${R}`, 'node', true), accept: inTechList }];
const cpp = [pattern(`${SYMBOL_L}c\\+\\+${SYMBOL_R}`, 'c++'), pattern(`${L}CPP${R}`, 'cpp', true), pattern(`${L}c plus plus${R}`, 'plus')];
const csharp = [pattern(`${SYMBOL_L}c[#♯]${SYMBOL_R}`, 'c'), pattern(`${L}c[\\s-]?sharp${R}`, 'sharp')];
const dotnet = [pattern(`(?:${L}[A-Z]{2,3}|(?<![${W}.]))\\.(?:NET|Net)${R}`, '.net', true), pattern(`${L}dot[\\s-]?net${R}`, 'net')];
const java = [unless(pattern(`${L}java(?:\\s?(?:se|ee)|\\s?\\d{1,2})?${R}`, 'java'), /^[\s-]*script/iu)];

/** Known names by their folded spelling; every alias of a job skill is looked up here too. */
export const KNOWN_TERMS: Record<string, Alternative[]> = {
  go: go,
  golang: go,
  java: java,
  javascript: javascript,
  js: javascript,
  react: react,
  'react.js': react,
  reactjs: react,
  'react native': reactNative,
  'react-native': reactNative,
  'node.js': node,
  nodejs: node,
  node: node,
  'node js': node,
  'c++': cpp,
  cpp: cpp,
  'c#': csharp,
  csharp: csharp,
  '.net': dotnet,
  dotnet: dotnet,
  r: [singleLetterLanguage('R')],
  c: [singleLetterLanguage('C')],
};
