// The one way on from a screen that is read and then left (the briefing, a sexenio summary, the two-team hand-off):
// a paced button that N also presses, as on the year screen.
import type { ReactNode } from 'react';
import { useShortcut } from '../../lib/use-shortcut.ts';
import { paced } from '../../lib/use-pace.ts';
import { KeyHint, useKeyShortcut } from '../key-hint/key-hint.tsx';
import { PacedButton } from './paced-button.tsx';

type Props = { readonly onContinue: () => void; readonly children: ReactNode; readonly className?: string };

export function ContinueButton({ onContinue, children, className = 'button button--primary button--large' }: Props) {
  useShortcut('n', paced(onContinue));
  return (
    <PacedButton className={className} onActivate={onContinue} aria-keyshortcuts={useKeyShortcut('N')}>
      {children}
      <KeyHint shortcut="N" />
    </PacedButton>
  );
}
