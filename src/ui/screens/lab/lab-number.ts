// Numbers on the lab's page: as many decimals as the value needs (up to `digits` below 1, two from 1, fewer for large
// values), a true minus sign, the reader's language.
import { useMemo } from 'react';
import { useFormat } from '../../i18n/use-format.ts';

export type LabNumber = (value: number, digits?: number) => string;

export function useLabNumber(): LabNumber {
  const { tag } = useFormat();
  return useMemo(() => {
    const formats = [0, 1, 2, 3, 4].map((d) => new Intl.NumberFormat(tag, { maximumFractionDigits: d }));
    return (value: number, digits = 3) => {
      if (!Number.isFinite(value)) return '—';
      const a = Math.abs(value);
      const decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? Math.min(digits, 2) : Math.min(digits, 4);
      return (formats[decimals] ?? formats[2])?.format(value).replace('-', '\u2212') ?? String(value);
    };
  }, [tag]);
}
