// Composes a publication-ready, self-contained SVG of a fixed size from a chart drawn for it: title, subtitle, the
// chart with styles inlined, its legend and the foot with sources, placed by lib/export-layout; text is set
// through the DOM, so hostile model names are escaped by the serialiser.
import { EXPORT_FONT_FAMILY } from './embedded-font';
import type { ExportLayout, PlacedEntry, TextLine } from './export-layout';
import { sanitizeSvg } from './sanitize-svg';
import { symbolPath } from './symbols';

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
  /** Where the title, texts, plot and legend go (lib/export-layout). */
  layout: ExportLayout;
  /** The chart drawn at the layout's plot size. */
  chartSvg: SVGSVGElement;
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

function svgEl(doc: Document, name: string, attrs: Record<string, string | number>): SVGElement {
  const e = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function text(doc: Document, t: TextLine, fill: string): SVGElement {
  const node = svgEl(doc, 'text', { x: t.x, y: t.y, fill, style: `font-family:${EXPORT_FONT_FAMILY};font-size:${t.size}px;font-weight:${t.weight}` });
  node.textContent = t.text;
  return node;
}

/** A legend key's glyph, centred on (x, y): the mark, ring, line or whisker it explains. */
function glyph(doc: Document, { entry, glyph: at }: PlacedEntry, theme: ExportTheme): SVGElement[] {
  if (!at) return [];
  const { x, y } = at;
  const path = (d: string, fill: string, stroke: string, width = 1) =>
    svgEl(doc, 'path', { d, transform: `translate(${x} ${y})`, fill, stroke, 'stroke-width': width });
  switch (entry.type) {
    case 'colour': return [svgEl(doc, 'circle', { cx: x, cy: y, r: 5.5, fill: entry.colour })];
    case 'shape': return [path(symbolPath(entry.kind, 60), theme.text, theme.text, 0.5)];
    case 'hollow': return [path(symbolPath('circle', 60), 'none', theme.text, 1.5)];
    case 'frontier': return [
      svgEl(doc, 'path', { d: `M${x - 8},${y} H${x + 8}`, stroke: theme.text, 'stroke-width': 1.5, 'stroke-dasharray': '4 3', fill: 'none', opacity: 0.75 }),
      svgEl(doc, 'circle', { cx: x, cy: y, r: 5.5, fill: 'none', stroke: theme.text, opacity: 0.55 }),
    ];
    case 'interval': return [path('M-7,0 H7 M-7,-4 V4 M7,-4 V4', 'none', theme.text, 1.2)];
    case 'highlight': return [path(symbolPath('circle', 180), theme.background, theme.text, 1.6), path(symbolPath('circle', 70), theme.text, theme.text, 0.5)];
    default: return [];
  }
}

export function composeExportSvg(input: ExportSvgInput): ComposedSvg {
  const { chartSvg, theme, layout } = input;
  const { width, height } = layout;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const style = doc.createElementNS(SVG_NS, 'style');
  style.textContent = input.fontCss;
  root.append(style, svgEl(doc, 'rect', { width: '100%', height: '100%', fill: theme.background }));
  for (const t of layout.text) root.append(text(doc, t, t.tone === 'text' ? theme.text : theme.muted));

  const chart = chartSvg.cloneNode(true) as SVGSVGElement;
  inlineStyles(chartSvg, chart);
  replaceCanvasLayer(chart, input.canvasLayer, theme.background, input.rasterMarksScale);
  chart.querySelector('.highlight-layer')?.remove();
  chart.setAttribute('x', String(layout.chart.x));
  chart.setAttribute('y', String(layout.chart.y));
  chart.setAttribute('overflow', 'visible');
  chart.removeAttribute('style');
  chart.removeAttribute('class');
  root.append(doc.importNode(chart, true));

  const legend = svgEl(doc, 'g', { class: 'legend' });
  for (const placed of layout.legend) {
    legend.append(...glyph(doc, placed, theme), ...placed.lines.map((t) => text(doc, t, t.tone === 'text' ? theme.text : theme.muted)));
  }
  root.append(legend);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  sanitizeSvg(root);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}
