/** What the add-report steps hand each other: the text a person gave, and what was extracted from it. */
import type { ExtractResult } from '../../extract';
import type { Jurisdiction, Script } from '../../model/schema';

/** The report as typed or dropped, before extraction. */
export interface Draft {
  name: string;
  year: number;
  title: string;
  text: string;
  source: string;
  encoding: string;
}

/** A draft with its jurisdiction, script and the extractor's candidates: what the review step shows. */
export interface Extraction {
  draft: Draft;
  jurisdiction: Jurisdiction;
  script: Script;
  textSimplified?: string | undefined;
  result: ExtractResult;
  reportId: string;
}
