// One factor's line in the full "why" list: its net change, the events behind it, each rule's explanation and one
// list of the sources of them all.
import { useTranslation } from 'react-i18next';
import type { Citation, Scenario, ScoreDef } from '../../../engine/index.ts';
import { changeSource, factorById, type ChangeSource } from '../../../content/change-source.ts';
import type { FactorRow } from '../../../state/why-groups.ts';
import { useContent } from '../../i18n/use-content.ts';
import { CitationList } from '../citation/citation-list.tsx';
import { Delta } from '../delta/delta.tsx';

type Props = { readonly scenario: Scenario; readonly def: ScoreDef; readonly row: FactorRow };

export function WhyChange({ scenario, def, row }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const factor = factorById(scenario, row.factor);
  const parts = row.parts.map((p) => ({ change: p, source: changeSource(scenario, p) }));
  const events = unique(parts.filter((p) => p.source.event).map((p) => eventLabel(p.source, content)));
  const explained = uniqueBy(parts, (p) => (p.source.explain ? content(p.source.explain) : ''));
  const assumptions = unique(parts.map((p) => (p.source.assumption ? content(p.source.assumption) : '')));
  return (
    <li className="why-change">
      <Delta def={def} delta={row.delta} className="why-change__delta" />
      <div className="why-change__body">
        <p className="why-change__factor">
          {factor ? content(factor.label) : row.factor}
          {events.length > 0 && <span className="why-change__event">{` — ${events.map((title) => t('why.event', { title })).join('; ')}`}</span>}
        </p>
        {explained.map((p) => (
          <p key={p.change.rule} className="why-change__explain">
            {explained.length > 1 && <Delta def={def} delta={p.change.delta} className="why-change__part" />}
            {content(p.source.explain)}
          </p>
        ))}
        {assumptions.map((a) => (
          <p key={a} className="why-change__assumption">
            <strong>{t('why.assumption')}</strong> {a}
          </p>
        ))}
        <CitationList citations={uniqueCitations(parts.flatMap((p) => p.source.sources))} />
      </div>
    </li>
  );
}

function eventLabel(source: ChangeSource, content: ReturnType<typeof useContent>): string {
  const title = content(source.event?.title);
  return source.choice ? `${title} (${content(source.choice.label)})` : title;
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts.filter((x) => x !== ''))];
}

/** The first of the items with each non-empty key, in order. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (k === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function uniqueCitations(citations: readonly Citation[]): Citation[] {
  return uniqueBy(citations, (c) => ('doc' in c ? `${c.doc}:${c.lines.join('-')}:${c.quote ?? ''}` : c.url));
}
