// The sizes a chart exports at: landscape by default (a slide, a social card), square and portrait.
export const EXPORT_PRESETS = {
  landscape: { width: 1200, height: 675, label: 'Landscape 1200 × 675' },
  square: { width: 1080, height: 1080, label: 'Square 1080 × 1080' },
  portrait: { width: 1080, height: 1350, label: 'Portrait 1080 × 1350' },
} as const;

export type ExportPreset = keyof typeof EXPORT_PRESETS;
