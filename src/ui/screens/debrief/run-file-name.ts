// The name of a run's JSON file: who and when, so thirty students' files do not all arrive as the same name.
// `sexenio-<class>-<nickname>-YYYY-MM-DD-HHMM.json`, in local time; each part folded to plain lower-case letters,
// digits and hyphens (accents dropped, no path characters), and left out when empty.

const MAX_PART = 32;

/** Text as a safe piece of a file name: "Équipe Águila / 3º" → "equipe-aguila-3o". */
export function slugPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_PART)
    .replace(/-+$/, '');
}

const two = (n: number) => String(n).padStart(2, '0');

export function runFileName(at: Date, className?: string | null, nickname?: string | null): string {
  const stamp = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
  const parts = ['sexenio', slugPart(className ?? ''), slugPart(nickname ?? ''), stamp].filter(Boolean);
  return `${parts.join('-')}.json`;
}
