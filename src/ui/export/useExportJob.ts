import { useState } from 'react';
import type { Translate } from '../../i18n';
import type { ExportJobStatus } from './ExportStatus';
import { failureText } from './export-jobs';

/**
 * One export at a time: `run` marks the job busy, then shows the text it returns or why it failed. Shared by
 * the chart menu and the view toolbar.
 */
export function useExportJob(t: Translate) {
  const [status, setStatus] = useState<ExportJobStatus>({ kind: 'idle' });
  const run = async (job: () => Promise<string>) => {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'ok', text: await job() });
    } catch (e) {
      setStatus({ kind: 'error', text: failureText(e, t) });
    }
  };
  return { status, busy: status.kind === 'busy', run };
}
