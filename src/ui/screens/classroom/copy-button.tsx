// Copies a text to the clipboard (with a fallback for browsers that refuse), and says so.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../lib/copy-text.ts';

export function CopyButton({ text, label, className = 'button' }: { readonly text: string; readonly label: string; readonly className?: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy-button">
      <button type="button" className={className} onClick={() => void copyText(text).then((ok) => setStatus(ok ? 'copied' : 'failed'))}>
        {label}
      </button>
      <span role="status" className="copy-button__status">
        {status === 'copied' ? t('classroom.copy.copied') : status === 'failed' ? t('classroom.copy.failed') : ''}
      </span>
    </span>
  );
}
