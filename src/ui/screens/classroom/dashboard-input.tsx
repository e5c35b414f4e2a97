// Adding runs to the class: paste codes or #run= links (one per line), or choose or drop files: the game's own
// "Download the run (JSON)" files, or text files of codes, several at once. Each batch is added to the list.
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LIST_CHARS, MAX_LIST_CODES } from '../../../content/class-list-limits.ts';

type Props = { readonly compact: boolean; readonly onAdd: (text: string, source: string | null) => Promise<void> };

export function DashboardInput({ compact, onAdd }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const [text, setText] = useState('');
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  // A file over the limit is refused by its size, before a byte of it is read.
  const readFiles = async (files: readonly File[]) => {
    const problems: string[] = [];
    setBusy(true);
    for (const file of files) {
      if (file.size > MAX_LIST_CHARS) {
        problems.push(t('classroom.dashboard.fileTooBig', { name: file.name, size: Math.ceil(file.size / 1000), max: MAX_LIST_CHARS / 1_000_000 }));
        continue;
      }
      try {
        await onAdd(await file.text(), file.name);
      } catch {
        problems.push(t('classroom.dashboard.fileUnreadable', { name: file.name }));
      }
    }
    setBusy(false);
    setFileProblems(problems);
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    void readFiles([...e.dataTransfer.files]);
  };

  return (
    <form
      className="dashboard__input"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') return;
        setFileProblems([]);
        setBusy(true);
        void onAdd(text, null).then(() => {
          setText('');
          setBusy(false);
        });
      }}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      aria-busy={busy}
    >
      <label htmlFor={`${uid}-codes`}>{t('classroom.dashboard.pasteLabel')}</label>
      <p className="setup-fields__hint" id={`${uid}-codes-hint`}>
        {t('classroom.dashboard.pasteHint', { codes: MAX_LIST_CODES, size: MAX_LIST_CHARS / 1_000_000 })}
      </p>
      <textarea id={`${uid}-codes`} className="code-box" rows={compact ? 3 : 8} spellCheck={false} autoComplete="off" value={text} aria-describedby={`${uid}-codes-hint`} onChange={(e) => setText(e.target.value)} />
      <div className="run-share__buttons">
        <button type="submit" className="button button--primary">
          {t('classroom.dashboard.read')}
        </button>
        <label className="button file-button">
          {t('classroom.dashboard.file')}
          <input
            type="file"
            multiple
            accept=".txt,.json,.csv,text/plain,application/json"
            className="sr-only"
            onChange={(e) => {
              const input = e.currentTarget;
              void readFiles([...(input.files ?? [])]).then(() => {
                input.value = '';
              });
            }}
          />
        </label>
      </div>
      {fileProblems.length > 0 && (
        <ul className="form-problem" role="alert">
          {fileProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
