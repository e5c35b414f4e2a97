// At the top of the debrief of a game just played: the run as a code to copy, a QR code of its link and a JSON
// file, to hand to an instructor. It names the class when the game was started from a class link. Nothing leaves
// the browser unless the player copies or saves it. The player's reasons and forecasts go in only if they choose.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameState } from '../../../engine/index.ts';
import { cleanText, encodeRunCode, runCodeOf } from '../../../content/run-code.ts';
import { selectActions, selectGame, selectScenario } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { download } from '../../lib/download.ts';
import { CopyButton } from '../classroom/copy-button.tsx';
import { QrCode } from '../classroom/qr-code.tsx';
import { runExport } from './debrief-data.ts';
import { HAND_IN_ID } from './hand-in-id.ts';
import { runFileName } from './run-file-name.ts';
import '../classroom/classroom.css';
import './hand-in-box.css';

/** The address that opens a run: this page with #run=<code>. */
function runAddress(code: string): string {
  return `${window.location.origin}${window.location.pathname}#run=${code}`;
}

function wroteReasons(game: GameState): boolean {
  return game.terms.some((term) => term.decision?.by === 'player' && (Boolean(term.decision.rationale) || term.decision.forecast !== undefined));
}

/** First-strong isolate … pop: a right-to-left character in a class name cannot reorder the line. */
const isolate = (text: string) => `\u2068${text}\u2069`;

export default function HandInBox() {
  const { t } = useTranslation();
  const uid = useId();
  const scenario = useGameStore(selectScenario);
  const game = useGameStore(selectGame);
  const actions = useGameStore(selectActions);
  const className = useGameStore((s) => s.classLink?.title);
  const [nickname, setNickname] = useState('');
  const [reasons, setReasons] = useState(true);
  const hasReasons = useMemo(() => (game ? wroteReasons(game) : false), [game]);
  const includeReasoning = hasReasons && reasons;
  const code = useMemo(
    () => (scenario && game?.phase === 'finished' ? encodeRunCode(runCodeOf(scenario, game, { nickname, includeReasoning }), scenario) : null),
    [scenario, game, nickname, includeReasoning],
  );
  if (!scenario || !game || !code) return null;

  const save = () => {
    const now = new Date();
    const name = cleanText(nickname, 40);
    const data = runExport(scenario, game, actions, { code, className, nickname: name, exportedAt: now.toISOString(), includeReasoning });
    download(runFileName(now, className, name), 'application/json', `${JSON.stringify(data, null, 2)}\n`);
  };

  return (
    <section id={HAND_IN_ID} tabIndex={-1} className="hand-in print-hide" aria-labelledby={`${uid}-title`} data-testid="hand-in">
      <div className="hand-in__main">
        <h2 id={`${uid}-title`} className="hand-in__title">
          {t('handIn.title')}
          {className && ' '}
          {className && <span className="hand-in__class">{t('handIn.forClass', { name: isolate(`“${className}”`) })}</span>}
        </h2>
        <p className="hand-in__lede">{t('handIn.lede')}</p>
        <div className="hand-in__code-row">
          <label htmlFor={`${uid}-code`} className="hand-in__label">
            {t('handIn.code')}
          </label>
          <input
            id={`${uid}-code`}
            className="code-box hand-in__code"
            data-testid="run-code"
            type="text"
            readOnly
            spellCheck={false}
            value={code}
            aria-describedby={`${uid}-size`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton text={code} label={t('handIn.copy')} className="button button--primary" />
          <button type="button" className="button" onClick={save}>
            {t('handIn.download')}
          </button>
        </div>
        <div className="hand-in__options">
          {hasReasons && (
            <label className="check">
              <input type="checkbox" checked={reasons} onChange={(e) => setReasons(e.target.checked)} />
              {t('handIn.reasons')}
            </label>
          )}
          <span className="hand-in__nickname">
            <label htmlFor={`${uid}-nick`}>{t('handIn.nickname')}</label>
            <input id={`${uid}-nick`} className="text-input" type="text" maxLength={40} autoComplete="off" value={nickname} onChange={(e) => setNickname(e.target.value)} />
          </span>
          <span id={`${uid}-size`} className="hand-in__size">
            {t('handIn.size', { count: code.length })}
          </span>
        </div>
      </div>
      <figure className="hand-in__qr">
        <QrCode text={runAddress(code)} label={t('handIn.qrAlt')} size={96} />
        <figcaption>{t('handIn.qrCaption')}</figcaption>
      </figure>
    </section>
  );
}
