// Seeded synthetic model tables with realistic spreads, as CSV text, for benchmarks and scale tests.

/** mulberry32: small, fast, seedable. */
/** @param {number} seed @returns {() => number} */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGS = ['Meta', 'Google', 'Mistral AI', 'Alibaba (Qwen)', 'DeepSeek', 'Microsoft', 'OpenAI', 'Anthropic', 'TII', 'Community', 'Lab A', 'Lab B'];
const TIERS = ['Lowest', 'Very Low', 'Low', 'Medium-Low', 'Medium', 'Medium-High', 'High', 'Very High'];

/** "123B", or "1.91T" from 1,000B up: toPrecision would write "1.91e+3B", which the importer rightly refuses as
 * ambiguous (an exponent and a size letter). 999.6B rounds to 1,000B, so the test is on the rounded value. */
const sizeText = (billions) => (Number(billions.toPrecision(3)) >= 1000 ? `${(billions / 1000).toPrecision(3)}T` : `${billions.toPrecision(3)}B`);

/** n models: log-uniform sizes 0.1B–2T, MMLU rising with log size plus noise, some values missing. */
/** @param {number} n @param {number} [seed] @returns {string} */
export function syntheticCsv(n, seed = 42) {
  const r = rng(seed);
  const lines = ['Model,Organization,Parameters,MMLU,GSM8K,Inference Cost,Training compute (FLOP)'];
  for (let i = 0; i < n; i++) {
    const logB = -1 + r() * 4.3; // 0.1B .. 2T
    const params = 10 ** logB;
    const mmlu = Math.min(95, Math.max(20, 30 + 14 * (logB + 1) + (r() - 0.5) * 20));
    const gsm = Math.min(98, Math.max(2, mmlu - 15 + (r() - 0.5) * 30));
    const undisclosed = r() < 0.05;
    const tier = r() < 0.3 ? '' : TIERS[Math.min(7, Math.floor((logB + 1) * 1.9))];
    const flop = r() < 0.5 ? (6 * params * 1e9 * 2e12 * (0.5 + r())).toExponential(2) : '';
    lines.push([
      `Synthetic ${i}`, ORGS[i % ORGS.length], undisclosed ? 'Undisclosed' : sizeText(params),
      r() < 0.03 ? '' : mmlu.toFixed(1), r() < 0.1 ? '' : gsm.toFixed(1), tier, flop,
    ].join(','));
  }
  return `${lines.join('\n')}\n`;
}
