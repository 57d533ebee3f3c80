import type { ReactNode } from 'react';

/** A button of the chart menu or the view toolbar that starts one export job. */
export function ExportButton({
  testId,
  disabled,
  title,
  onClick,
  children,
}: {
  testId: string;
  disabled: boolean;
  title?: string;
  onClick: () => Promise<void>;
  children: ReactNode;
}) {
  return (
    <button type="button" data-testid={testId} disabled={disabled} title={title} onClick={() => void onClick()}>
      {children}
    </button>
  );
}
