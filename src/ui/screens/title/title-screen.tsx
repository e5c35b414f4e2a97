// The title: what the game is, how to play, a content note for instructors, and the two ways to start.
import { useTranslation } from 'react-i18next';
import { selectScenario } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import './title-screen.css';

type Props = { readonly seed: number | undefined; readonly loading?: boolean };

export function TitleScreen({ seed, loading = false }: Props) {
  const { t } = useTranslation();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenario = useGameStore(selectScenario);
  const startGame = useGameStore((s) => s.startGame);
  const steps = [t('title.how.1'), t('title.how.2'), t('title.how.3'), t('title.how.4')];
  return (
    <div className="title-screen">
      <div className="title-screen__intro">
        <p className="title-screen__kicker">{t('title.kicker')}</p>
        <h1 className="title-screen__name" tabIndex={-1} ref={heading}>
          Sexenio
        </h1>
        <p className="title-screen__lede">{t('title.lede')}</p>
        <div className="title-screen__actions">
          {loading && (
            <p className="title-screen__loading" role="status">
              {t('title.loading')}
            </p>
          )}
          {!loading && (
            <button type="button" className="button button--primary button--large" onClick={() => startGame('2012', seed)}>
              {t('title.start')}
            </button>
          )}
          {!loading && scenario?.prologue && (
            <button type="button" className="button title-screen__prologue" onClick={() => startGame('2006', seed)}>
              {t('title.startPrologue')}
            </button>
          )}
        </div>
      </div>
      <div className="title-screen__details">
        <section className="title-screen__how" aria-labelledby="how-title">
          <h2 id="how-title">{t('title.how.title')}</h2>
          <ol>
            {steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
        <aside className="title-screen__note" aria-labelledby="note-title">
          <h2 id="note-title">{t('title.note.title')}</h2>
          <p>{t('title.note.body')}</p>
          <p>{t('title.note.sources')}</p>
        </aside>
      </div>
    </div>
  );
}
