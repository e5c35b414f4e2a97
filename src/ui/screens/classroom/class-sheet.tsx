// The one-page instruction sheet for students: the class link and its QR code, what to do, the set-up and a content
// note. It prints on its own (classroom.css hides the rest of the set-up page in print).
import { useTranslation } from 'react-i18next';
import type { ClassLink } from '../../../content/class-link.ts';
import type { Scenario } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import { QrCode } from './qr-code.tsx';
import { SetupSummary } from './setup-fields.tsx';

type Props = { readonly scenario: Scenario; readonly link: ClassLink; readonly address: string };

export function ClassSheet({ scenario, link, address }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const allowed = link.setup.allowedOptions;
  const limited = allowed.length > 0 && allowed.length < scenario.options.length;
  const choose = limited ? t('classroom.sheet.step3Allowed', { count: allowed.length, list: allowed.join(', ') }) : t('classroom.sheet.step3');
  const pace = link.minutesPerDecision ? ` ${t('classroom.sheet.pace', { count: link.minutesPerDecision })}` : '';
  return (
    <article className="class-sheet" aria-label={t('classroom.sheet.label')}>
      <header className="class-sheet__head">
        <div>
          <p className="class-sheet__kicker">{content(scenario.title)}</p>
          <h2 className="class-sheet__title">{link.title ?? t('classroom.sheet.title')}</h2>
          <p>{t('classroom.sheet.lede')}</p>
        </div>
        <QrCode text={address} label={t('classroom.sheet.qrAlt')} size={150} />
      </header>
      <p className="class-sheet__link">{address}</p>
      <div className="class-sheet__cols">
        <section>
          <h3>{t('classroom.sheet.stepsTitle')}</h3>
          <ol>
            <li>{t('classroom.sheet.step1')}</li>
            <li>{t('classroom.sheet.step2')}</li>
            <li>
              {choose}
              {pace}
            </li>
            <li>{t('classroom.sheet.step4')}</li>
            <li>{t('classroom.sheet.step5')}</li>
          </ol>
        </section>
        <section>
          <h3>{t('classroom.sheet.setupTitle')}</h3>
          <SetupSummary scenario={scenario} setup={link.setup} seed={link.seed} minutes={link.minutesPerDecision} />
        </section>
      </div>
      <p className="class-sheet__note">
        <strong>{t('classroom.sheet.noteTitle')}</strong> {t('classroom.sheet.note')}
      </p>
      <p className="class-sheet__privacy">{t('classroom.sheet.privacy')}</p>
    </article>
  );
}
