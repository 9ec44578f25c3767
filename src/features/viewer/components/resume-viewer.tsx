// The resume inline with react-pdf: page navigation, zoom, a selectable text layer with matched skills marked; a
// search hit's link (?page=…&hl=…) opens it on that page with the searched words marked too.
// Loaded lazily (default export) so pdf.js only reaches browsers that open an applicant.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Document, Page } from 'react-pdf';
import 'react-pdf/dist/Page/TextLayer.css';
import 'react-pdf/dist/Page/AnnotationLayer.css';
import './resume-viewer.css';
import { useResume } from '../api/get-resume.ts';
import { markHits, markItems, type TextItem } from '../highlight.ts';
import { fitHighlightedItems } from '../text-layer-fonts.ts';
import { pdfOptions } from '../pdf.ts';
import { usePdfWorker } from '../pdf-worker.ts';
import type { Skill } from '@scoring';
import { errorMessage } from '@/lib/errors';
import { useSearchParams } from '@/lib/router';
import { highlightWords } from '@/features/search';
import { buttonClass } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3];
const button = buttonClass({ variant: 'secondary', size: 'sm', className: 'min-w-8' });

/** A page to show, asked for from outside (an evidence line's "p. 2"); a new request number asks again for the same page. */
export type PageRequest = { page: number; request: number };
export type ResumeViewerProps = { path: string; fullName: string; skills: readonly Skill[]; openAt?: PageRequest | null };

export default function ResumeViewer({ path, fullName, skills: matchedSkills, openAt }: ResumeViewerProps) {
  const resume = useResume(path);
  const [params] = useSearchParams();
  const askedPage = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const hl = params.get('hl');
  const words = useMemo(() => highlightWords(hl), [hl]);
  // Searched words are marked as skills are: the same matcher, so "React Native" spanning two items is found too.
  const skills = useMemo(
    () => (words.length ? [...matchedSkills, ...words.map((name) => ({ name, weight: 1, required: false, aliases: [] }))] : matchedSkills),
    [matchedSkills, words],
  );
  const [pages, setPages] = useState(0);
  const [page, setPage] = useState(askedPage);
  const [zoom, setZoom] = useState(1);
  const [pageInput, setPageInput] = useState(String(askedPage));
  const [status, setStatus] = useState('');
  // react-pdf would prompt for a password (and wait forever once the prompt is dismissed): a locked file gets a message instead.
  const [locked, setLocked] = useState(false);
  // The text and link layers wait for the first painted page, so pdf.js's worker and the main thread give it all
  // they have; after that they come with every page.
  const [firstPaint, setFirstPaint] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const width = useFrameWidth(frame);

  // pdf.js takes ownership of the bytes it is given, so it gets a copy and the cache keeps the original.
  const file = useMemo(() => (resume.data ? { data: resume.data.slice() } : null), [resume.data]);
  const options = pdfOptions(usePdfWorker());
  // The page's text items arrive (onGetTextSuccess) before react-pdf paints the text layer; marking them together
  // lets a skill span two items. The marks are computed once per page and set of skills.
  const pageItems = useRef<TextItem[] | null>(null);
  const marked = useRef<{ items: TextItem[]; skills: readonly Skill[]; html: string[] } | null>(null);
  const renderText = useCallback(
    ({ str, fontName, width, itemIndex }: Required<TextItem> & { itemIndex: number }) => {
      const items = pageItems.current;
      if (!items || items[itemIndex]?.str !== str) return markHits({ str, fontName, width }, skills);
      if (marked.current?.items !== items || marked.current.skills !== skills) marked.current = { items, skills, html: markItems(items, skills) };
      return marked.current.html[itemIndex];
    },
    [skills],
  );
  // Once the text layer is there, and again once the canvas (and so every font it needs) is: marks sit on their glyphs.
  const fitMarks = () => {
    const layer = frame.current?.querySelector<HTMLElement>('.react-pdf__Page__textContent');
    if (layer) fitHighlightedItems(layer);
  };

  const goTo = (n: number) => {
    const next = Math.min(Math.max(1, n), pages || 1);
    setPage(next);
    setPageInput(String(next));
    setStatus(`Page ${next} of ${pages}`);
  };
  // A page asked for from outside: shown (before the PDF is loaded too, then checked against its page count) and brought into view.
  const [handled, setHandled] = useState<PageRequest | null>(null);
  if (openAt && openAt !== handled) {
    setHandled(openAt);
    const next = pages ? Math.min(Math.max(1, openAt.page), pages) : Math.max(1, openAt.page);
    setPage(next);
    setPageInput(String(next));
    setStatus(`Page ${next}${pages ? ` of ${pages}` : ''}`);
  }
  useEffect(() => {
    if (!openAt) return;
    frame.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    frame.current?.focus({ preventScroll: true });
  }, [openAt]);
  const zoomBy = (step: number) => {
    const index = ZOOMS.indexOf(zoom);
    const next = ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, index + step))];
    setZoom(next);
    setStatus(`Zoom ${Math.round(next * 100)}%`);
  };

  return (
    <section aria-label={`Resume of ${fullName}`} className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-slate-50 px-3 py-2">
        <div className="flex items-center gap-1.5" role="group" aria-label="Pages">
          <button type="button" className={button} onClick={() => goTo(page - 1)} disabled={page <= 1}>
            <span aria-hidden="true">‹</span>
            <span className="sr-only">Previous page</span>
          </button>
          <label className="flex items-center gap-1.5 text-sm text-slate-600">
            <span className="sr-only">Page</span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={pages || 1}
              value={pageInput}
              onChange={(e) => setPageInput(e.target.value)}
              onBlur={() => goTo(Number(pageInput) || page)}
              onKeyDown={(e) => e.key === 'Enter' && goTo(Number(pageInput) || page)}
              className="w-14 rounded-md border border-slate-300 px-2 py-1 text-center text-sm"
              disabled={!pages}
            />
            <span>of {pages || '–'}</span>
          </label>
          <button type="button" className={button} onClick={() => goTo(page + 1)} disabled={!pages || page >= pages}>
            <span aria-hidden="true">›</span>
            <span className="sr-only">Next page</span>
          </button>
        </div>
        <div className="flex items-center gap-1.5" role="group" aria-label="Zoom">
          <button type="button" className={button} onClick={() => zoomBy(-1)} disabled={zoom <= ZOOMS[0]}>
            <span aria-hidden="true">−</span>
            <span className="sr-only">Zoom out</span>
          </button>
          <button type="button" className={`${button} w-16`} onClick={() => setZoom(1)} title="Fit to width">
            {Math.round(zoom * 100)}%<span className="sr-only"> (reset to fit width)</span>
          </button>
          <button type="button" className={button} onClick={() => zoomBy(1)} disabled={zoom >= ZOOMS[ZOOMS.length - 1]}>
            <span aria-hidden="true">+</span>
            <span className="sr-only">Zoom in</span>
          </button>
        </div>
        {matchedSkills.length > 0 && (
          <p className="flex items-center gap-1.5 text-xs text-slate-600">
            <mark className="rounded-sm bg-yellow-300/60 px-1 text-slate-700">skill</mark> matched skills
            {words.length > 0 && <> and searched words ({words.join(', ')})</>}
          </p>
        )}
        {matchedSkills.length === 0 && words.length > 0 && (
          <p className="flex items-center gap-1.5 text-xs text-slate-600">
            <mark className="rounded-sm bg-yellow-300/60 px-1 text-slate-700">{words[0]}</mark> searched words
          </p>
        )}
      </div>
      <p role="status" className="sr-only">
        {status}
      </p>
      <div
        ref={frame}
        role="group"
        tabIndex={0}
        aria-label={`Page ${page} of the resume`}
        className="max-h-[calc(100vh-12rem)] min-h-[24rem] overflow-auto bg-slate-100 p-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
      >
        {resume.isPending ? (
          <Centered>Loading the resume…</Centered>
        ) : resume.isError ? (
          <Centered alert>
            The resume could not be loaded: {errorMessage(resume.error)}{' '}
            <button type="button" className="font-medium underline" onClick={() => resume.refetch()}>
              Try again
            </button>
          </Centered>
        ) : locked ? (
          <Centered alert>
            This PDF is locked with a password, so it cannot be shown here. Download it and open it with the password, or ask the candidate for a copy
            without one.
          </Centered>
        ) : !options ? (
          <Centered>Rendering the resume…</Centered>
        ) : (
          <Document
            file={file}
            options={options}
            onPassword={() => {
              setLocked(true);
              setStatus('The resume is locked with a password.');
            }}
            onLoadSuccess={({ numPages }) => {
              setPages(numPages);
              const start = Math.min(page, numPages);
              if (start !== page) {
                setPage(start);
                setPageInput(String(start));
              }
              setStatus(
                `Resume loaded, ${numPages} ${numPages === 1 ? 'page' : 'pages'}.${start > 1 ? ` Showing page ${start}, where the search found it.` : ''}`,
              );
            }}
            loading={<Centered>Rendering the resume…</Centered>}
            error={<Centered alert>This file could not be shown as a PDF. Download it to look at it.</Centered>}
            className="flex justify-center"
          >
            {width > 0 && (
              <Page
                pageNumber={page}
                width={width}
                scale={zoom}
                className="resume-page shadow-md"
                customTextRenderer={renderText}
                onGetTextSuccess={({ items }) => {
                  pageItems.current = items.map((item) =>
                    'str' in item ? { str: item.str, fontName: item.fontName, width: item.width } : { str: '' },
                  );
                }}
                onRenderTextLayerSuccess={fitMarks}
                onRenderSuccess={() => {
                  setFirstPaint(true);
                  fitMarks();
                }}
                renderAnnotationLayer={firstPaint}
                renderTextLayer={firstPaint}
                loading={<Centered>Rendering page {page}…</Centered>}
                error={<Centered alert>Page {page} of this PDF could not be shown. Download the resume to look at it.</Centered>}
              />
            )}
          </Document>
        )}
      </div>
    </section>
  );
}

function Centered({ children, alert }: { children: React.ReactNode; alert?: boolean }) {
  return (
    <div className={`grid min-h-[20rem] place-items-center text-center text-sm ${alert ? 'text-rose-700' : 'text-slate-600'}`}>
      <div role={alert ? 'alert' : 'status'} className="flex items-center gap-2">
        {!alert && <Spinner size="sm" />}
        <span>{children}</span>
      </div>
    </div>
  );
}

/** The frame's inner width, kept current as the window resizes, so "100%" means "fit the width". */
function useFrameWidth(ref: React.RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(240, Math.min(1000, el.clientWidth - 32)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
