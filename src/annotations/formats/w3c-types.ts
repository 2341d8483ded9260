/**
 * The shapes of the W3C Web Annotation JSON-LD we write (https://www.w3.org/TR/annotation-model/),
 * with our `mg:` terms (see `vocab.ts`). Only what we emit; what we read is typed by the schemas.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../../anchoring/selectors';
import type { ColourId } from '../colours';
import type { EXPORT_CONTEXT } from './vocab';

export type Motivation = 'highlighting' | 'commenting' | 'tagging' | 'linking';

/** A note (purpose `commenting`, Markdown) or a tag (purpose `tagging`). */
export interface W3CTextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format: 'text/markdown' | 'text/plain';
}

/**
 * A linked reference. The `source` is the cited work's DOI or URL when known, else the paper
 * itself with selectors on the reference entry; `label` is the entry's full text either way.
 */
export interface W3CLinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
  label: string;
  selector?: [TextQuoteSelector, TextPositionSelector];
  'mg:refLabel': string;
}

export type W3CBody = W3CTextualBody | W3CLinkBody;

export interface W3CAgent {
  type: 'Person';
  name: string;
}

export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  modified: string;
  creator?: W3CAgent;
  body?: W3CBody[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: (TextQuoteSelector | TextPositionSelector)[];
  };
  'mg:set': string;
  'mg:colour': ColourId;
}

/** A set as the file describes it (the layer an importer will show). */
export interface W3CSetInfo {
  id: string;
  name: string;
  created: string;
  author?: string;
  colour?: ColourId;
}

/** The paper the file was made on. */
export interface W3CPaperInfo {
  id: string;
  title: string;
  source: string;
  doi?: string;
}

export interface W3CCollection {
  '@context': typeof EXPORT_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { id: string; type: 'Software'; name: string };
  'mg:formatVersion': number;
  'mg:paper': W3CPaperInfo;
  'mg:sets': W3CSetInfo[];
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}
