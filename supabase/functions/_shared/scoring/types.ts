// Shapes shared by every piece of the scoring module; the job's skills and the stored score use these names.

export type Skill = { name: string; weight: number; required: boolean; aliases: string[] };
export type Evidence = { page: number; snippet: string };
export type MatchedSkill = { skill: string; weight: number; required: boolean; evidence: Evidence[] };
export type MissingSkill = { skill: string; weight: number; required: boolean };
export type ScoreDetails = { matched: MatchedSkill[]; missing: MissingSkill[]; capped: boolean };

export type Links = { linkedin?: string; github?: string; portfolio?: string; other?: string[] };
export type Parsed = {
  name: string | null;
  email: string | null;
  phone: string | null;
  links: Links;
  sections: string[];
  yearsExperience: number | null;
  pages: number;
};

/** One pdf.js text item, in PDF user space (y grows upwards). */
export type TextItem = { str: string; x: number; y: number; width: number; height: number };

/** A line in reading order; `column` is 0 unless the line sits in a detected column of a multi-column block. */
/** A cell is one run of text between wide gaps; its height is its largest glyph's, not the row's. */
export type TextCell = { text: string; x: number; height: number };
export type TextLine = { text: string; x: number; y: number; height: number; column: number; items: TextItem[]; cells?: TextCell[] };
export type ExtractedPage = { number: number; width: number; height: number; lines: TextLine[] };
/** `pageCount` is the PDF's page count; `pages` may hold fewer when maxPages cut the extraction short. */
export type ExtractedDoc = { pages: ExtractedPage[]; pageCount: number };

export type ExtractOptions = { maxBytes?: number; timeoutMs?: number; maxPages?: number };
