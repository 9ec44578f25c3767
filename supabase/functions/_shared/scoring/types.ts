// Shapes shared by every piece of the scoring module; the job's skills and the stored score use these names.

export type Skill = { name: string; weight: number; required: boolean; aliases: string[] };
/** Evidence from a page read by OCR says so, with that page's mean word confidence (0–100). */
export type Evidence = { page: number; snippet: string; source?: 'ocr'; confidence?: number };
/** How much of the resume came from OCR: which pages, and the mean word confidence over them (0–100). */
export type OcrSummary = { engine: string; pages: number[]; confidence: number };
export type MatchedSkill = { skill: string; weight: number; required: boolean; evidence: Evidence[] };
export type MissingSkill = { skill: string; weight: number; required: boolean };
export type ScoreDetails = { matched: MatchedSkill[]; missing: MissingSkill[]; capped: boolean; ocr?: OcrSummary };

export type Links = { linkedin?: string; github?: string; portfolio?: string; other?: string[] };
export type Parsed = {
  name: string | null;
  email: string | null;
  phone: string | null;
  links: Links;
  sections: string[];
  yearsExperience: number | null;
  pages: number;
  ocr?: OcrSummary;
};

/** One pdf.js text item, in PDF user space (y grows upwards). */
export type TextItem = { str: string; x: number; y: number; width: number; height: number };

/** A line in reading order; `column` is 0 unless the line sits in a detected column of a multi-column block. */
/** A cell is one run of text between wide gaps; its height is its largest glyph's, not the row's. */
export type TextCell = { text: string; x: number; height: number };
export type TextLine = { text: string; x: number; y: number; height: number; column: number; items: TextItem[]; cells?: TextCell[] };
/** `ocrConfidence` is set on a page whose text came from OCR. */
export type ExtractedPage = { number: number; width: number; height: number; lines: TextLine[]; ocrConfidence?: number };
/** `pageCount` is the PDF's page count; `pages` may hold fewer when maxPages cut the extraction short. */
export type ExtractedDoc = { pages: ExtractedPage[]; pageCount: number; ocr?: OcrSummary };

/** One word OCR read, in PDF points with y growing upwards (as pdf.js text items). */
export type OcrWord = { text: string; confidence: number; x: number; y: number; width: number; height: number };
export type OcrPage = { number: number; width: number; height: number; words: OcrWord[]; confidence: number };
/**
 * Reads pages of a PDF with no text layer as images. The runtime supplies it (tesseract.js on pages rendered by
 * pdf.js onto a canvas, see ../ocr/), so this module never loads an OCR engine itself.
 */
export interface OcrEngine {
  readonly name: string;
  readPages(bytes: Uint8Array, opts: { maxPages: number; checkClock: () => void }): Promise<OcrPage[]>;
}

/** `ocr`: read a document without a text layer with this engine, at most `ocrMaxPages` pages (default 3). */
export type ExtractOptions = {
  maxBytes?: number;
  timeoutMs?: number;
  maxPages?: number;
  ocr?: OcrEngine;
  ocrMaxPages?: number;
  /** Called once pdf.js has opened the file (no password), before any page is read: the apply page uploads from here. */
  onOpen?: (pageCount: number) => void;
};
