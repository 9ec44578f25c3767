// Section headings (Experience, EDUCATION, S K I L L S…) and which lines each section covers.

export type SectionKey =
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'languages'
  | 'awards'
  | 'publications'
  | 'volunteering'
  | 'interests';
export type DocLine = { page: number; text: string };
export type Section = { key: SectionKey; heading: DocLine; lines: DocLine[] };

const HEADINGS: [SectionKey, RegExp][] = [
  ['summary', /^(?:(?:professional|career|executive|personal) )?(?:summary|profile|objective|about(?: me)?)$/],
  [
    'experience',
    /^(?:(?:professional|work|relevant|employment|career|industry|technical) )?(?:experience|history)$|^(?:employment|work history|career history|positions held)$/,
  ],
  ['education', /^(?:education(?:al background)?|academic (?:background|history)|education (?:&|and) (?:training|certifications?)|qualifications)$/],
  [
    'skills',
    /^(?:(?:technical|core|key|professional|relevant|it) )?(?:skills|competencies|proficiencies)(?: (?:&|and) (?:tools|technologies|expertise|interests))?$|^(?:technologies|tech stack|tools(?: (?:&|and) technologies)?|expertise|skill set|skillset)$/,
  ],
  ['projects', /^(?:(?:selected|personal|key|side|open source) )?projects$/],
  ['certifications', /^(?:certifications?|certificates|licen[cs]es?(?: (?:&|and) certifications?)?)$/],
  ['languages', /^languages$/],
  ['awards', /^(?:awards|honou?rs|achievements)(?: (?:&|and) (?:awards|honou?rs|achievements))?$/],
  ['publications', /^publications$/],
  ['volunteering', /^volunteer(?:ing| experience| work)?$/],
  ['interests', /^(?:interests|hobbies)(?: (?:&|and) (?:interests|hobbies))?$/],
  // Spanish, French and Chinese resumes' usual headings.
  ['experience', /^(?:experiencia(?: laboral| profesional)?|exp[ée]riences?(?: professionnelles?)?|工作经历|工作经验|工作經歷)$/u],
  ['education', /^(?:formaci[óo]n(?: acad[ée]mica)?|educaci[óo]n|formation|[ée]ducation|教育背景|教育经历|教育經歷)$/u],
  ['skills', /^(?:habilidades|competencias|aptitudes|comp[ée]tences(?: techniques)?|专业技能|技能|技能特长|專業技能)$/u],
  ['projects', /^(?:proyectos|projets|项目经历|项目经验|項目經歷)$/u],
];

/** The section a line opens, if the whole line is a heading; letter-spaced headings ("S K I L L S") count. */
export function headingKey(line: string): SectionKey | null {
  let text = line.trim().replace(/[:.]$/, '').trim();
  if (/^(?:\p{L} ){2,}\p{L}$/u.test(text)) text = text.replace(/ /g, '');
  text = text.toLowerCase().replace(/\s+/g, ' ');
  if (!text || text.length > 40) return null;
  for (const [key, re] of HEADINGS) if (re.test(text)) return key;
  return null;
}

/** Splits the document's lines at headings; lines before the first heading belong to no section. */
export function splitSections(lines: DocLine[]): Section[] {
  const sections: Section[] = [];
  for (const line of lines) {
    const key = headingKey(line.text);
    if (key) sections.push({ key, heading: line, lines: [] });
    else sections[sections.length - 1]?.lines.push(line);
  }
  return sections;
}
