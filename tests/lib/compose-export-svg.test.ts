import { describe, expect, it } from 'vitest';
import { composeExportSvg, type CanvasLayerExport } from '../../src/lib/compose-export-svg';
import { layoutExport } from '../../src/lib/export-layout';
import { sanitizeSvg } from '../../src/lib/sanitize-svg';

const HOSTILE = ['<img src=x onerror=alert(1)>', '</text><script>alert(1)</script>'];

function chartSvg(): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = `<svg class="recharts-surface" width="400" height="300"><g class="point" role="button" tabindex="0" aria-label="x">
    <path d="M0,0" fill="red"/></g><text class="point-label">label</text></svg>`;
  return host.querySelector('svg')!;
}

describe('composeExportSvg', () => {
  it('escapes hostile names in every text it writes', () => {
    const layout = layoutExport('landscape', {
      title: HOSTILE[0]!, subtitle: HOSTILE[1]!, legend: [{ type: 'colour', text: HOSTILE[1]!, colour: '#000' }], footer: [HOSTILE[0]!, 'Source: test'],
    });
    const { svg } = composeExportSvg({ layout, chartSvg: chartSvg(), theme: { background: '#fff', text: '#000', muted: '#555' }, fontCss: '' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain(HOSTILE[0]);
    expect(texts.join('')).toContain('alert(1)');
    expect(svg).not.toMatch(/<script/i);
    expect(doc.querySelector('[tabindex], [role]')).toBeNull();
  });

  describe('a canvas point layer', () => {
    const withCanvasLayer = () => {
      const svg = chartSvg();
      svg.insertAdjacentHTML('beforeend', '<foreignObject x="40" y="10" width="300" height="200" data-canvas-marks=""><canvas></canvas></foreignObject>');
      return svg;
    };
    const asked: { png: unknown[]; paths: unknown[] } = { png: [], paths: [] };
    const layer: CanvasLayerExport = {
      toPng: (box, scale) => (asked.png.push([box, scale]), 'data:image/png;base64,AAAA'),
      toPaths: (box, background) => (asked.paths.push([box, background]), [{ d: 'M90,30Z', fill: '#0072B2', stroke: '#0072B2', strokeWidth: '0.6' }]),
    };
    const compose = (canvasLayer: CanvasLayerExport | undefined, rasterMarksScale?: number) => new DOMParser().parseFromString(composeExportSvg({
      layout: layoutExport('square', { title: 't', subtitle: '', legend: [], footer: [] }), chartSvg: withCanvasLayer(),
      theme: { background: '#fff', text: '#000', muted: '#555' }, fontCss: '', canvasLayer, rasterMarksScale,
    }).svg, 'image/svg+xml');
    const box = { x: 40, y: 10, width: 300, height: 200 };

    it('becomes the layer\'s vector paths, over its plot area, in an SVG export', () => {
      const doc = compose(layer);
      expect(doc.querySelector('foreignObject')).toBeNull();
      expect(doc.querySelector('g.marks path')?.getAttribute('d')).toBe('M90,30Z');
      expect(asked.paths.at(-1)).toEqual([box, '#fff']);
    });

    it('becomes one image over the plot area in a PNG export', () => {
      const image = compose(layer, 2).querySelector('image.marks');
      expect(image?.getAttribute('href')).toBe('data:image/png;base64,AAAA');
      expect(['x', 'y', 'width', 'height'].map((k) => image?.getAttribute(k))).toEqual(['40', '10', '300', '200']);
      expect(asked.png.at(-1)).toEqual([box, 2]);
    });

    it('is left out, not serialised as an empty box, when the chart gives no marks', () => {
      const doc = compose(undefined);
      expect(doc.querySelector('foreignObject, g.marks, image.marks')).toBeNull();
    });
  });

  it('is the size of its preset, with the chart where the layout puts it', () => {
    const layout = layoutExport('portrait', { title: 't', subtitle: 's', legend: [], footer: ['f'] });
    const doc = new DOMParser().parseFromString(composeExportSvg({ layout, chartSvg: chartSvg(), theme: { background: '#fff', text: '#000', muted: '#555' }, fontCss: '' }).svg, 'image/svg+xml');
    expect([doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')]).toEqual(['1080', '1350']);
    const chart = doc.documentElement.querySelector('svg')!;
    expect([Number(chart.getAttribute('x')), Number(chart.getAttribute('y'))]).toEqual([layout.chart.x, layout.chart.y]);
  });
});

describe('sanitizeSvg', () => {
  it('removes scripts, handlers and external references but keeps internal ones', () => {
    const host = document.createElement('div');
    host.innerHTML = `<svg><script>alert(1)</script><g onclick="x()" onmouseover="y()"><a href="https://evil.example"><text>t</text></a>
      <use href="#local"/><image href="http://x/y.png"/><foreignObject><div>hi</div></foreignObject><rect style="fill:red" data-x="javascript:alert(1)"/></g></svg>`;
    const svg = host.querySelector('svg')!;
    sanitizeSvg(svg);
    expect(svg.querySelector('script, foreignObject')).toBeNull();
    expect(svg.querySelector('g')!.getAttributeNames()).toEqual([]);
    expect(svg.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(svg.querySelector('image')!.hasAttribute('href')).toBe(false);
    expect(svg.querySelector('use')!.getAttribute('href')).toBe('#local');
    expect(svg.querySelector('rect')!.hasAttribute('data-x')).toBe(false);
  });
});
