// The profile of consequences: every indicator at the start and end of the game, with its lowest and highest year.
import { useTranslation } from 'react-i18next';
import type { Debrief } from '../../../state/selectors.ts';
import { Delta } from '../../components/delta/delta.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';

export function ProfileTable({ profile }: { readonly profile: Debrief['profile'] }) {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  return (
    <div className="table-wrap" role="region" aria-labelledby="profile-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="profile-caption">{t('debrief.profileCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.indicator')}</th>
            <th scope="col" className="num">
              {t('table.start')}
            </th>
            <th scope="col" className="num">
              {t('table.end')}
            </th>
            <th scope="col" className="num">
              {t('table.change')}
            </th>
            <th scope="col" className="num">
              {t('table.lowest')}
            </th>
            <th scope="col" className="num">
              {t('table.highest')}
            </th>
          </tr>
        </thead>
        <tbody>
          {profile.map((p) => (
            <tr key={p.def.id}>
              <th scope="row">{content(p.def.label)}</th>
              <td className="num">{f.value(p.def, p.start)}</td>
              <td className="num">{f.value(p.def, p.end)}</td>
              <td className="num">
                <Delta def={p.def} delta={p.end - p.start} />
              </td>
              <td className="num">{f.value(p.def, p.min)}</td>
              <td className="num">{f.value(p.def, p.max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
