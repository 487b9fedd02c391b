// Composes a publication-ready, self-contained SVG from a chart's live SVG: title, subtitle, the chart with
// styles inlined, legend, notes and a footer with sources, date and product name; text is set through
// the DOM, so hostile model names are escaped by the serialiser.
import { EXPORT_FONT_FAMILY } from './embedded-font';
import { sanitizeSvg } from './sanitize-svg';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportTheme {
  background: string;
  text: string;
  muted: string;
}

/** A plot area in the chart's coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a chart's canvas point layer draws, for an export: the SVG serialiser cannot see into a canvas. */
export interface CanvasLayerExport {
  /** The marks over `box` as one PNG data URL at `scale`; null where the browser cannot draw one. */
  toPng(box: Box, scale: number): string | null;
  /** The same marks as SVG paths in chart coordinates, one per mark style. */
  toPaths(box: Box, background: string): { d: string; fill: string; stroke: string; strokeWidth: string }[];
}

export interface ExportSvgInput {
  chartSvg: SVGSVGElement;
  title: string;
  subtitle: string;
  legend: { label: string; colour: string }[];
  notes: string[];
  footer: string[];
  theme: ExportTheme;
  fontCss: string;
  /** The chart's canvas point layer, if it draws one (in the chart SVG, a foreignObject marked data-canvas-marks). */
  canvasLayer?: CanvasLayerExport;
  /**
   * For a PNG: the scale it is drawn at. A canvas layer's marks are then embedded as one image at that scale;
   * without it (SVG export) they are written as vector paths.
   */
  rasterMarksScale?: number;
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

// Properties that page CSS sets on chart parts and that an SVG image would otherwise lose.
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight', 'paint-order', 'stroke-linejoin', 'text-anchor'];

function inlineStyles(source: Element, target: Element): void {
  const view = source.ownerDocument.defaultView;
  if (!view) return;
  const sources = [source, ...source.querySelectorAll('*')];
  const targets = [target, ...target.querySelectorAll('*')];
  sources.forEach((el, i) => {
    const t = targets[i];
    if (!t || !(el instanceof SVGElement)) return;
    // Marks carry their own fill and stroke attributes; only resolve what CSS (variables, classes) decided.
    const needs = el.getAttribute('class') || /var\(/.test(el.getAttribute('fill') ?? '') || /var\(/.test(el.getAttribute('stroke') ?? '');
    if (!needs && el.tagName !== 'text' && el.tagName !== 'tspan') return;
    const cs = view.getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    t.setAttribute('style', `${style};font-family:${EXPORT_FONT_FAMILY}`);
    if (/var\(/.test(t.getAttribute('fill') ?? '')) t.setAttribute('fill', cs.getPropertyValue('fill'));
    if (/var\(/.test(t.getAttribute('stroke') ?? '')) t.setAttribute('stroke', cs.getPropertyValue('stroke'));
  });
}

/** Where a foreignObject sits, from its attributes. */
function boxOf(el: Element) {
  const n = (name: string) => Number(el.getAttribute(name)) || 0;
  return { x: n('x'), y: n('y'), width: n('width'), height: n('height') };
}

/**
 * A canvas point layer cannot be serialised: write its marks as one raster image (for a PNG at `rasterScale`)
 * or as SVG paths, one per colour, shape and fill. Without the layer's marks, its element is dropped.
 */
function replaceCanvasLayer(clone: SVGSVGElement, layer: CanvasLayerExport | undefined, background: string, rasterScale?: number): void {
  for (const target of clone.querySelectorAll('foreignObject[data-canvas-marks]')) {
    if (!layer) {
      target.remove();
      continue;
    }
    const box = boxOf(target);
    const url = rasterScale ? layer.toPng(box, rasterScale) : null;
    if (url) {
      const image = clone.ownerDocument.createElementNS(SVG_NS, 'image');
      for (const [k, v] of Object.entries(box)) image.setAttribute(k, String(v));
      image.setAttribute('href', url);
      image.setAttribute('class', 'marks');
      target.replaceWith(image);
      continue;
    }
    const g = clone.ownerDocument.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'marks');
    for (const { d, fill, stroke, strokeWidth } of layer.toPaths(box, background)) {
      const path = clone.ownerDocument.createElementNS(SVG_NS, 'path');
      path.setAttribute('d', d);
      path.setAttribute('fill', fill);
      path.setAttribute('fill-opacity', '0.85');
      path.setAttribute('stroke', stroke);
      path.setAttribute('stroke-width', strokeWidth);
      g.append(path);
    }
    target.replaceWith(g);
  }
}

function text(doc: Document, x: number, y: number, content: string, size: number, fill: string, weight = 400): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('fill', fill);
  t.setAttribute('style', `font-family:${EXPORT_FONT_FAMILY};font-size:${size}px;font-weight:${weight}`);
  t.textContent = content;
  return t;
}

/** Splits text into lines that fit a width, by an average glyph width. */
export function wrapText(content: string, maxWidth: number, size: number): string[] {
  const maxChars = Math.max(10, Math.floor(maxWidth / (size * 0.54)));
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function composeExportSvg(input: ExportSvgInput): ComposedSvg {
  const { chartSvg, theme } = input;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const chartWidth = Number(chartSvg.getAttribute('width')) || chartSvg.getBoundingClientRect().width;
  const chartHeight = Number(chartSvg.getAttribute('height')) || chartSvg.getBoundingClientRect().height;
  const pad = 20;
  const width = Math.round(chartWidth + pad * 2);
  const contentWidth = width - pad * 2;

  const style = doc.createElementNS(SVG_NS, 'style');
  style.textContent = input.fontCss;
  root.append(style);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', theme.background);
  root.append(bg);

  let y = pad + 18;
  root.append(text(doc, pad, y, input.title, 20, theme.text, 600));
  for (const line of wrapText(input.subtitle, contentWidth, 13)) {
    y += 19;
    root.append(text(doc, pad, y, line, 13, theme.muted));
  }
  y += 12;

  const chart = chartSvg.cloneNode(true) as SVGSVGElement;
  inlineStyles(chartSvg, chart);
  replaceCanvasLayer(chart, input.canvasLayer, theme.background, input.rasterMarksScale);
  chart.querySelector('.highlight-layer')?.remove();
  chart.setAttribute('x', String(pad));
  chart.setAttribute('y', String(y));
  chart.setAttribute('overflow', 'visible');
  chart.removeAttribute('style');
  chart.removeAttribute('class');
  root.append(doc.importNode(chart, true));
  y += chartHeight + 8;

  // Legend: swatch and name, flowing across lines.
  let x = pad;
  y += 14;
  for (const item of input.legend) {
    const w = 18 + item.label.length * 7;
    if (x + w > width - pad && x > pad) {
      x = pad;
      y += 18;
    }
    const dot = doc.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('cx', String(x + 5));
    dot.setAttribute('cy', String(y - 4));
    dot.setAttribute('r', '5');
    dot.setAttribute('fill', item.colour);
    root.append(dot, text(doc, x + 14, y, item.label, 12, theme.text));
    x += w + 10;
  }
  y += 8;
  for (const note of input.notes) {
    for (const line of wrapText(note, contentWidth, 11.5)) {
      y += 16;
      root.append(text(doc, pad, y, line, 11.5, theme.muted));
    }
  }
  y += 8;
  for (const footer of input.footer) {
    for (const line of wrapText(footer, contentWidth, 11)) {
      y += 15;
      root.append(text(doc, pad, y, line, 11, theme.muted));
    }
  }
  const height = Math.round(y + pad);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  sanitizeSvg(root);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}
