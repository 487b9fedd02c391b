import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDataset } from '../../src/domain/datasets';
import {
  ALL_MARK_COLOURS, CHART_BACKGROUNDS, LAB_COLOURS, NO_ORGANIZATION_COLOUR, OTHER_COLOURS, knownLab, leadOrganization, organizationColour,
} from '../../src/domain/org-colours';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('organisation colours', () => {
  it('computes WCAG contrast as the spec does (black on white is 21:1, a mid grey 4.5:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(ALL_MARK_COLOURS.map((c) => [c]))('%s reads at 3:1 or more on the light and the dark chart background', (colour) => {
    expect(contrast(colour, CHART_BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, CHART_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });

  it('checks against the backgrounds the stylesheet really uses', () => {
    const css = readFileSync('src/app/styles.css', 'utf8');
    const surfaces = [...css.matchAll(/--surface:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]!.toLowerCase());
    expect(new Set(surfaces)).toEqual(new Set([CHART_BACKGROUNDS.light, CHART_BACKGROUNDS.dark]));
  });

  it.each([
    ['OpenAI', 'openai'], ['Google DeepMind', 'google'], ['Google', 'google'], ['google', 'google'], ['Meta AI', 'meta'],
    ['meta-llama', 'meta'], ['Mistral AI', 'mistral'], ['mistralai', 'mistral'], ['deepseek-ai', 'deepseek'],
    ['Alibaba (Qwen)', 'alibaba'], ['Qwen', 'alibaba'], ['Technology Innovation Institute', 'tii'], ['tiiuae', 'tii'],
    ['xAI', 'xai'], ['Google DeepMind,Google', 'google'], ['Microsoft Research', 'microsoft'],
  ])('knows %j as %s', (name, lab) => {
    expect(knownLab(name)).toBe(lab);
    expect(organizationColour(name)).toBe(LAB_COLOURS[lab as keyof typeof LAB_COLOURS]);
  });

  it('gives any other name a slot of its own from the name alone, never a known lab\'s colour', () => {
    const names = ['Org 0', 'Org 1', 'Acme Labs', 'EleutherAI', '01.AI', 'Zhipu AI', 'Modèle', '模型'];
    for (const name of names) {
      expect(OTHER_COLOURS).toContain(organizationColour(name));
      expect(organizationColour(name)).toBe(organizationColour(name));
    }
    // Case, accents and punctuation do not change it.
    expect(organizationColour('Acme Labs')).toBe(organizationColour('acme-labs'));
    expect(new Set(names.map(organizationColour)).size).toBeGreaterThan(3);
    expect(organizationColour('')).toBe(NO_ORGANIZATION_COLOUR);
  });

  it('colours a model credited to several organisations (Epoch AI joins them with commas) by the first listed', () => {
    expect(leadOrganization('Google DeepMind,Google')).toBe('Google DeepMind');
    expect(leadOrganization('Stanford University, Google')).toBe('Stanford University');
    expect(leadOrganization('OpenAI')).toBe('OpenAI');
    // The first is not a known lab: its own slot, not the colour of the lab listed second.
    expect(organizationColour('Stanford University,Google')).toBe(organizationColour('Stanford University'));
    expect(organizationColour('Stanford University,Google')).not.toBe(LAB_COLOURS.google);
    expect(knownLab('Stanford University,Google')).toBeUndefined();
    expect(organizationColour('Meta AI,New York University')).toBe(LAB_COLOURS.meta);
  });

  it('colours an organisation the same in every built-in dataset', () => {
    const colours = (id: string) => {
      const load = loadBuiltInDataset(id);
      if (!load.ok) throw new Error(id);
      return new Map(load.dataset.models.map((m) => [m.organization, organizationColour(m.organization)]));
    };
    const article = colours('great-gpu-race');
    const extended = colours('extended');
    for (const [org, colour] of article) expect(extended.get(org)).toBe(colour);
    expect(article.get('OpenAI')).toBe(LAB_COLOURS.openai);
  });
});
