// What to do with the changed assumptions: set up a class that plays them (the class set-up reads the lab's variant
// from the store), or take them away as a scenario folder of their own.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index.ts';
import { useGameStore } from '../../../state/store.ts';
import { download } from '../../lib/download.ts';

type Props = { readonly scenario: Scenario; readonly variant: Readonly<Record<string, number>> };

type Export = { readonly state: 'idle' } | { readonly state: 'working' } | { readonly state: 'done'; readonly name: string } | { readonly state: 'failed'; readonly message: string };

export function LabActions({ scenario, variant }: Props) {
  const { t } = useTranslation();
  const show = useGameStore((s) => s.showInstructorScreen);
  const setLabOpen = useGameStore((s) => s.setLabOpen);
  const setModelOpen = useGameStore((s) => s.setModelOpen);
  const [exported, setExported] = useState<Export>({ state: 'idle' });
  const count = Object.keys(variant).length;
  const toClass = () => {
    setLabOpen(false);
    setModelOpen(false);
    show('class-setup');
  };
  const toFolder = async () => {
    setExported({ state: 'working' });
    try {
      // The scenario's own files and the zip writer load only now.
      const { variantScenarioZip } = await import('../../../content/variant-zip.ts');
      const zip = await variantScenarioZip(scenario.id, variant);
      if (!zip.ok) {
        setExported({ state: 'failed', message: zip.error });
        return;
      }
      download(zip.value.name, 'application/zip', new Uint8Array(zip.value.bytes));
      setExported({ state: 'done', name: zip.value.name });
    } catch (error) {
      setExported({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section className="lab-section lab-actions" aria-label={t('lab.actions.label')}>
      <p className="lab-section__intro">{count === 0 ? t('lab.actions.standard') : t('lab.actions.changed', { count })}</p>
      <div className="lab-actions__buttons">
        <button type="button" className="button" onClick={toClass} disabled={count === 0}>
          {t('lab.actions.useInClass')}
        </button>
        <button type="button" className="button" onClick={() => void toFolder()} disabled={count === 0 || exported.state === 'working'}>
          {t('lab.actions.exportFolder')}
        </button>
      </div>
      <p className="lab-actions__status" role="status" data-testid="lab-export-status">
        {exported.state === 'working' && t('lab.actions.exportWorking')}
        {exported.state === 'done' && t('lab.actions.exportDone', { name: exported.name })}
        {exported.state === 'failed' && t('lab.actions.exportFailed', { message: exported.message })}
      </p>
    </section>
  );
}
