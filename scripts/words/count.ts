// A word is a run of text between spaces with at least one letter or digit: "2013–2018", "+1.0" and "SEDENA" count,
// an arrow or a dash alone does not. The browser check (tests/e2e/word-visible.ts) counts the same way.
export function wordsIn(text: string | undefined | null): number {
  if (!text) return 0;
  let n = 0;
  for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

export function wordsOf(texts: readonly (string | undefined | null)[]): number {
  let n = 0;
  for (const t of texts) n += wordsIn(t);
  return n;
}
