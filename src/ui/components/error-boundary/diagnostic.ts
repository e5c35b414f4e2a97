// The text a player can copy when the interface fails: what broke and where, nothing personal (no reasoning,
// no nickname, no save contents beyond its length).
export type DiagnosticContext = {
  readonly error: unknown;
  readonly componentStack?: string | null | undefined;
  readonly screen: string;
  readonly scenario: string | null;
  readonly year: number | null;
  readonly phase: string | null;
  readonly actions: number;
  readonly seed: number | null;
  readonly locale: string;
  readonly userAgent: string;
  readonly time: string;
};

function firstLines(text: string | null | undefined, count: number): string {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .slice(0, count)
    .join('\n');
}

export function describeError(error: unknown): { name: string; message: string; stack: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack ?? '' };
  return { name: 'Thrown value', message: String(error), stack: '' };
}

export function diagnosticText(c: DiagnosticContext): string {
  const e = describeError(c.error);
  return [
    'Sexenio diagnostic',
    `time: ${c.time}`,
    `screen: ${c.screen}; scenario: ${c.scenario ?? '-'}; year: ${c.year ?? '-'}; phase: ${c.phase ?? '-'}; actions: ${c.actions}; seed: ${c.seed ?? '-'}; language: ${c.locale}`,
    `browser: ${c.userAgent}`,
    `error: ${e.name}: ${e.message.slice(0, 500)}`,
    'stack:',
    firstLines(e.stack, 12),
    'components:',
    firstLines(c.componentStack, 12),
  ].join('\n');
}
