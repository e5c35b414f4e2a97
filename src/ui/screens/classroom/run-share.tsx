// After a game: the run as a code, an address and a QR code, to hand to an instructor or a classmate. Nothing
// leaves the browser unless the player copies it. A nickname is optional; the reasoning notes can be left out.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeRunCode, runCodeOf } from '../../../content/run-code.ts';
import { useGameStore } from '../../../state/store.ts';
import { CopyButton } from './copy-button.tsx';
import { QrCode } from './qr-code.tsx';
import './classroom.css';

export function runAddress(code: string): string {
  return `${window.location.origin}${window.location.pathname}#run=${code}`;
}

export function RunShare() {
  const { t } = useTranslation();
  const uid = useId();
  const scenario = useGameStore((s) => s.scenario);
  const game = useGameStore((s) => s.game);
  const readOnly = useGameStore((s) => s.readOnly);
  const [nickname, setNickname] = useState('');
  const [reasoning, setReasoning] = useState(true);
  const code = useMemo(
    () => (scenario && game && game.phase === 'finished' ? encodeRunCode(runCodeOf(scenario, game, { nickname, includeReasoning: reasoning }), scenario) : null),
    [scenario, game, nickname, reasoning],
  );
  if (readOnly || !code) return null;
  const address = runAddress(code);
  return (
    <section className="run-share" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('classroom.share.title')}</h2>
      <p className="run-share__lede">{t('classroom.share.lede')}</p>
      <div className="run-share__grid">
        <div className="run-share__fields">
          <label htmlFor={`${uid}-nick`}>{t('classroom.share.nickname')}</label>
          <p className="setup-fields__hint" id={`${uid}-nick-hint`}>
            {t('classroom.share.nicknameHint')}
          </p>
          <input id={`${uid}-nick`} className="text-input" type="text" maxLength={40} autoComplete="off" value={nickname} aria-describedby={`${uid}-nick-hint`} onChange={(e) => setNickname(e.target.value)} />
          <label className="check">
            <input type="checkbox" checked={reasoning} onChange={(e) => setReasoning(e.target.checked)} />
            {t('classroom.share.reasoning')}
          </label>
          <label htmlFor={`${uid}-code`}>{t('classroom.share.code')}</label>
          <textarea id={`${uid}-code`} className="code-box" data-testid="run-code" readOnly rows={4} value={code} onFocus={(e) => e.currentTarget.select()} />
          <div className="run-share__buttons">
            <CopyButton text={code} label={t('classroom.share.copyCode')} className="button button--primary" />
            <CopyButton text={address} label={t('classroom.share.copyLink')} />
          </div>
          <p className="run-share__address">
            <a href={address}>{t('classroom.share.link')}</a> <span className="run-share__size">{t('classroom.share.size', { count: code.length })}</span>
          </p>
        </div>
        <figure className="run-share__qr">
          <QrCode text={address} label={t('classroom.share.qrAlt')} />
          <figcaption>{t('classroom.share.qrCaption')}</figcaption>
        </figure>
      </div>
    </section>
  );
}
