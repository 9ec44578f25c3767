// The slice of pdf.js this module uses. Each environment passes its own pdf.js namespace in (Deno: npm:pdfjs-dist,
// Node: pdfjs-dist/legacy, browser: react-pdf's), so the module never imports pdf.js by specifier.

/** Text items carry `str`, `transform`, `width` and `height`; marked-content entries (no `str`) are skipped. */
export type PdfjsTextContent = { items: ReadonlyArray<object> };
export type PdfjsTextItem = { str: string; transform: number[]; width: number; height: number };

export interface PdfjsPage {
  view: number[];
  getTextContent(params?: { disableNormalization?: boolean; includeMarkedContent?: boolean }): Promise<PdfjsTextContent>;
  cleanup(): boolean;
}

export interface PdfjsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfjsPage>;
}

export interface PdfjsLoadingTask {
  promise: Promise<PdfjsDocument>;
  destroy(): Promise<void>;
}

export type PdfjsSource = {
  data: Uint8Array;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  stopAtErrors: boolean;
  verbosity: number;
};

export interface PdfjsLike {
  getDocument(src: PdfjsSource): PdfjsLoadingTask;
}
