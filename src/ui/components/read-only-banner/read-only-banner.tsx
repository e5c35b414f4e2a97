// Above a shared run's debrief: it is read-only, replayed exactly from its code, and "back" leads to where it was opened.
import { useTranslation } from 'react-i18next';
import { useGameStore } from '../../../state/store.ts';

/** First-strong isolate … pop: a right-to-left or override character in a nickname cannot reorder the sentence. */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const readOnly = useGameStore((s) => s.readOnly);
  const nickname = useGameStore((s) => s.sharedNickname);
  const from = useGameStore((s) => s.readOnlyFrom);
  const close = useGameStore((s) => s.closeSharedRun);
  const content = useGameStore((s) => s.sharedContent);
  if (!readOnly) return null;
  return (
    <div className="banner read-only-banner" data-testid="read-only-banner">
      <p>
        <strong>{nickname ? t('classroom.readOnly.titleNamed', { name: isolate(nickname) }) : t('classroom.readOnly.title')}</strong> {t('classroom.readOnly.body')}
      </p>
      {content === 'unverified' && (
        <p className="read-only-banner__unverified" data-testid="unverified-run">
          {t('classroom.readOnly.unverified')}
        </p>
      )}
      <button type="button" className="button" onClick={close}>
        {from === 'dashboard' ? t('classroom.readOnly.backDashboard') : t('classroom.readOnly.backTitle')}
      </button>
    </div>
  );
}
