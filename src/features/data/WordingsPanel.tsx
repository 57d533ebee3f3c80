import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLang } from '../../ui/hooks/useLang';
import { forgetAllWordings } from './wordings-actions';
import { useWordingsCount } from './reads/wordings-count';

/** The wordings remembered from reviews: how many, and a button to forget them (asked first). */
export function WordingsPanel() {
  const { t } = useLang();
  const count = useWordingsCount();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const n = count.data ?? 0;
  const forget = async () => {
    if (!window.confirm(t('data.wordings.confirm', { n }))) return;
    try {
      await forgetAllWordings(client);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="data-panel" aria-labelledby="wordings-h">
      <h3 id="wordings-h">{t('data.wordings.heading')}</h3>
      <p data-testid="wordings-count">{t('data.wordings.count', { n })}</p>
      <p className="note">{t('data.wordings.note')}</p>
      {n > 0 && (
        <button type="button" data-testid="wordings-forget" onClick={() => void forget()}>
          {t('data.wordings.forget')}
        </button>
      )}
      {error && <p className="error" role="alert">{t('app.error', { message: error })}</p>}
    </section>
  );
}
