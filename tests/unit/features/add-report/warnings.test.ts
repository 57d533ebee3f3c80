import { describe, expect, it } from 'vitest';
import { translateWarning } from '../../../../src/features/add-report/warnings';
import { translator } from '../../../../src/i18n';

describe('extractor notes in the review', () => {
  it('translates the extractor notes and drops the ones the review shows otherwise', () => {
    const zh = translator('zh');
    expect(translateWarning('skipped 2 web-page line(s) (navigation, share/print buttons, page dates)', zh)).toBe('跳过了 2 行网页附带文字(导航、分享/打印按钮、页面日期)。');
    expect(translateWarning('no figures found in the text', zh)).toBeNull();
  });
});
