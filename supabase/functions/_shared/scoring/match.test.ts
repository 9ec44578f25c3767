import { describe, expect, it } from 'vitest';
import { findSkillHits, findSkillHitsInItems } from './match.ts';
import type { Skill } from './types.ts';

const skill = (name: string, aliases: string[] = []): Skill => ({ name, weight: 3, required: false, aliases });
const found = (name: string, text: string, aliases: string[] = []) =>
  findSkillHits(text, skill(name, aliases)).map((h) => text.slice(h.start, h.end));

describe('findSkillHits: tech names on token boundaries', () => {
  it.each([
    ['C++', 'Languages: C++, Python', ['C++']],
    ['C++', 'Modern c++17 and CPP', ['CPP']],
    ['C#', 'Backend in C# and F#', ['C#']],
    ['C#', 'C#.NET services', ['C#']],
    ['.NET', 'Ten years of .NET and ASP.NET Core', ['.NET', 'ASP.NET']],
    ['.NET', 'mail me at jane@acme.net or see acme.net', []],
    ['Node.js', 'Node.js, NodeJS, nodejs and Node JS', ['Node.js', 'NodeJS', 'nodejs', 'Node JS']],
    ['NodeJS', 'APIs in Node.js', ['Node.js']],
    ['Java', 'Java 17 and Spring', ['Java 17']],
    ['Java', 'JavaScript, Java Script and javascript only', []],
    ['JavaScript', 'Java and JavaScript and JS', ['JavaScript', 'JS']],
    ['React', 'React, React.js and ReactJS', ['React', 'React.js', 'ReactJS']],
    ['React', 'Mobile apps in React Native and react-native', []],
    ['React', 'I react quickly to incidents', []],
    ['React Native', 'React Native; also React for the web', ['React Native']],
    ['React Native', 'A React app with a native feel', []],
    ['Python', 'Python3 scripts and Python 3.12', ['Python3', 'Python 3.12']],
    ['AWS', 'AWS and Lambda; raw logs in laws', ['AWS']],
  ])('%s in %j', (name, text, expected) => {
    expect(found(name, text)).toEqual(expected);
  });
});

describe('Go the language, not the verb', () => {
  it.each([
    ['Wrote the ingestion workers in Go and Python.', ['Go']],
    ['Languages: Python, Go, Rust', ['Go']],
    ['Go, Kubernetes, gRPC', ['Go']],
    ['Go developer with 5 years of Go 1.22 experience', ['Go', 'Go']],
    ['Backend services in Golang', ['Golang']],
    ['Always ready to go the extra mile.', []],
    ['My go-to stack is Python and Django.', []],
    ['Go-getter attitude, Python and SQL.', []],
    ['Let’s Go!', []],
    ['READY TO GO', []],
    ['Moved reporting to Google BigQuery.', []],
    ['Go to market plan with Python analytics', []],
    ['LANGUAGES: PYTHON, GO, RUST', ['GO']],
    ['SERVICES WRITTEN IN GO', ['GO']],
    ['LET’S GO!', []],
    ['GO-GETTER, PYTHON AND SQL', []],
    ['ALWAYS READY TO GO THE EXTRA MILE', []],
    ['GO TO MARKET PLAN WITH PYTHON ANALYTICS', []],
    ['GOOGLE, GOLD', []],
  ])('%j', (text, expected) => {
    expect(found('Go', text)).toEqual(expected);
  });

  it('takes a one-per-line skills list into account', () => {
    expect(found('Go', 'SKILLS\nTypeScript\nGo\nKubernetes')).toEqual(['Go']);
    expect(found('Go', 'Contact\nGo\nHome')).toEqual([]);
  });
});

describe('R (and C) as a language, not a letter', () => {
  it.each([
    ['Languages: Python, R, SQL', ['R']],
    ['Statistical modelling in R.', ['R']],
    ['R programming and RStudio', ['R']],
    ['R, Python and SAS', ['R']],
    ['Led the R&D team for six years.', []],
    ['References from Prof. John R. Smith.', []],
    ['J. R. R. Tolkien fan', []],
    ['Grade R for the course', []],
    ["R's ecosystem", []],
  ])('%j', (text, expected) => {
    expect(found('R', text)).toEqual(expected);
  });

  it('C only as the language', () => {
    expect(found('C', 'Languages: C, C++, Python')).toEqual(['C']);
    expect(found('C', 'Embedded firmware in C and assembly')).toEqual(['C']);
    expect(found('C', 'Met with C-level executives; Series C funding')).toEqual([]);
    expect(found('C', 'C++ and C# only')).toEqual([]);
  });
});

describe('aliases and generic terms', () => {
  it('matches every alias and offsets point into the given text', () => {
    const text = 'Ran k8s clusters; Kubernetes operators.';
    const hits = findSkillHits(text, skill('Kubernetes', ['k8s']));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['k8s', 'Kubernetes']);
  });

  it('is case-blind for words but exact for short acronyms', () => {
    expect(found('postgresql', 'PostgreSQL and POSTGRESQL')).toEqual(['PostgreSQL', 'POSTGRESQL']);
    expect(found('ML', 'ML models; 500 ml of water')).toEqual(['ML']);
  });

  it('lets multi-word skills cross a line break', () => {
    expect(found('Machine Learning', 'applied machine\nlearning at scale')).toEqual(['machine\nlearning']);
  });

  it('never matches inside a longer word', () => {
    expect(found('Go', 'Google, Gopher, Django')).toEqual([]);
    expect(found('SQL', 'MySQL and NoSQL')).toEqual([]);
    expect(found('Rust', 'Trust and rusty')).toEqual([]);
  });
});

describe('findSkillHitsInItems (text-layer spans)', () => {
  it('gives a lone item the context of its neighbours and splits phrases over items', () => {
    expect(findSkillHitsInItems(['Python,', 'Go', ', Rust'], skill('Go'))).toEqual([{ item: 1, start: 0, end: 2 }]);
    expect(findSkillHitsInItems(['Ready to', 'Go'], skill('Go'))).toEqual([]);
    expect(findSkillHitsInItems(['apps in React', 'Native today'], skill('React Native'))).toEqual([
      { item: 0, start: 8, end: 13 },
      { item: 1, start: 0, end: 6 },
    ]);
  });
});
