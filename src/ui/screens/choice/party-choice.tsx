// The president's party: picked by the player, or left to the election (drawn with the game's seed).
import { useTranslation } from 'react-i18next';
import type { Citation, PartyDef } from '../../../engine/index.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';

type Props = { readonly parties: readonly PartyDef[]; readonly value: string | null; readonly onChange: (party: string | null) => void };

function uniqueSources(parties: readonly PartyDef[]): Citation[] {
  const seen = new Set<string>();
  return parties.flatMap((p) => p.sources).filter((c) => {
    const key = 'doc' in c ? `${c.doc}:${c.lines[0]}-${c.lines[1]}` : c.url;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function PartyChoice({ parties, value, onChange }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  if (parties.length === 0) return null;
  return (
    <fieldset className="party-choice" aria-describedby="party-hint">
      <legend>{t('decision.party.legend')}</legend>
      <p id="party-hint" className="notes__hint">
        {t('decision.party.hint')}
      </p>
      <div className="party-choice__options">
        <label className="check party-choice__option">
          <input type="radio" name="party" value="" checked={value === null} onChange={() => onChange(null)} />
          <span>
            {t('decision.party.election')} <span className="party-choice__aside">({t('decision.party.electionHint')})</span>
          </span>
        </label>
        {parties.map((p) => (
          <label key={p.id} className="check party-choice__option">
            <input type="radio" name="party" value={p.id} checked={value === p.id} onChange={() => onChange(p.id)} />
            <span>{content(p.name)}</span>
          </label>
        ))}
      </div>
      <CitationList citations={uniqueSources(parties)} />
    </fieldset>
  );
}
