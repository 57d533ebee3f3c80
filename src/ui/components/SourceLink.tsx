import { useLang } from '../hooks/useLang';

/** The "查看原文 / Open source" link every table and list puts next to a figure or quote. */
export function SourceLink({ onOpen, title }: { onOpen: () => void; title?: string | undefined }) {
  const { t } = useLang();
  return (
    <button type="button" className="link" onClick={onOpen} title={title}>
      {t('table.openSource')}
    </button>
  );
}
