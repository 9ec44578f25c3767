// Why highlights used to end early: pdf.js lays each text item out in a stand-in font (sans-serif) and stretches the
// span to the item's width, but inside the item the stand-in's letters have other proportions than the PDF's font, so
// a <mark> around a word drifts off its glyphs (by most of a character along a long line). The ranges are right; the
// geometry is not. So an item with highlights is laid out in the PDF's own font, which pdf.js has loaded (under the
// item's font name) to paint the canvas, without kerning (the PDF's widths have none), and stretched to the item's
// width as pdf.js reports it (the stand-in's stretch is itself off by a few tenths of a percent in Chromium).

/** The families of the fonts loaded in this document (pdf.js adds each PDF font it paints with). */
function loadedFamilies(): Set<string> {
  const families = new Set<string>();
  document.fonts.forEach((face) => {
    if (face.status === 'loaded') families.add(face.family.replace(/^["']|["']$/g, ''));
  });
  return families;
}

/**
 * Lays every highlighted item of a rendered text layer out in its PDF font, once per item; items whose font is not
 * loaded yet are left for a later call (the viewer calls again once the canvas, and so its fonts, are done).
 */
export function fitHighlightedItems(layer: HTMLElement): void {
  // CSS pixels per PDF unit: react-pdf sets it on the page for pdf.js's layers.
  const scale = Number.parseFloat(getComputedStyle(layer).getPropertyValue('--scale-factor'));
  if (!(scale > 0)) return;
  const loaded = loadedFamilies();
  const items: { span: HTMLElement; width: number }[] = [];
  for (const span of layer.querySelectorAll<HTMLElement>('span[role="presentation"]:not([data-font-fitted])')) {
    const mark = span.querySelector<HTMLElement>(':scope > mark[data-font][data-item-width]');
    const font = mark?.dataset.font;
    const width = Number(mark?.dataset.itemWidth) * scale;
    // A rotated item's box is not its width; such items keep pdf.js's layout.
    if (!font || !loaded.has(font) || !(width > 0) || span.style.transform.includes('rotate')) continue;
    span.style.fontFamily = `"${CSS.escape(font)}", ${span.style.fontFamily}`;
    span.style.fontKerning = 'none';
    items.push({ span, width });
  }
  // All the writes, then all the reads, then the writes again: one layout for the page, not one per item.
  const laidOut = items.map(({ span }) => span.getBoundingClientRect().width);
  items.forEach(({ span, width }, i) => {
    span.dataset.fontFitted = '';
    if (laidOut[i] > 0) span.style.transform = `${span.style.transform} scaleX(${width / laidOut[i]})`.trim();
  });
}
