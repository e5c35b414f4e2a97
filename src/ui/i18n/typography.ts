// Spanish typography a browser cannot know: "EE. UU." is one abbreviation, so it must never break across two lines
// ("Un informe filtrado de EE." / "UU. cuestiona al Ejército"). A no-break space between its halves keeps it whole.
const US_ABBREVIATION = /EE\. UU\./g;

export function keepAbbreviationsWhole(text: string): string {
  return text.replace(US_ABBREVIATION, 'EE.\u00a0UU.');
}

type Tree = { readonly [key: string]: string | Tree };

/** A copy of a tree of interface strings with every string passed through keepAbbreviationsWhole. */
export function keepAbbreviationsWholeIn<T extends Tree>(tree: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) copy[key] = typeof value === 'string' ? keepAbbreviationsWhole(value) : keepAbbreviationsWholeIn(value);
  return copy as T;
}
