// A button that advances the game or answers a decision. During the pause after something new appears it is marked
// unavailable (aria-disabled, so it keeps focus and stays in the tab order) and ignores activation.
import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { mayAdvance } from '../../lib/pace-guard.ts';
import { usePaceReady } from '../../lib/use-pace.ts';
import './paced-button.css';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type' | 'aria-disabled'> & { readonly onActivate: () => void };

export function PacedButton({ onActivate, className, ...rest }: Props) {
  const ready = usePaceReady();
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    if (!mayAdvance()) {
      e.preventDefault();
      return;
    }
    onActivate();
  };
  return <button {...rest} type="button" className={`${className ?? ''} paced`.trim()} aria-disabled={ready ? undefined : true} onClick={onClick} />;
}
