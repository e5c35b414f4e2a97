// CSV for spreadsheets: comma-separated, CRLF lines, quoted where needed, and safe to open. A text cell that a
// spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return, or their full-width
// forms) is written with a leading apostrophe, so a nickname like "=HYPERLINK(…)" stays text. Numbers are left as
// numbers, negative ones included.

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as one CSV text, each line ending in CRLF. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
