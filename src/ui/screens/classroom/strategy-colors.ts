// One colour per strategy (Okabe–Ito, safe for colour-blind readers) across every class chart.
const COLORS: Readonly<Record<string, string>> = { A: '#0072B2', B: '#009E73', C: '#B07800', 'C+LE': '#CC79A7', D: '#D55E00' };
const FALLBACK = ['#56B4E9', '#6b6b00', '#000000'] as const;

export function strategyColor(strategy: string, index = 0): string {
  return COLORS[strategy] ?? FALLBACK[index % FALLBACK.length] ?? '#000000';
}
