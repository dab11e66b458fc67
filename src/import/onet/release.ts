// What a parsed O*NET release holds: typed records of the files the import reads (parse.ts reads them).
import type { CategoryMonths, ExperienceRating } from './experience.js';
import type { RelatednessTier } from './transition-rule.js';

export interface Occupation {
  soc: string;
  title: string;
  description: string | null;
}

export interface AlternateTitle {
  soc: string;
  title: string;
  shortTitle: string | null;
  /** How many sources name the title (the Source(s) column); 0 when the column is absent. */
  sourceCount: number;
}

export interface ContentElement {
  id: string;
  name: string;
  description: string | null;
}

/** One Skills or Knowledge rating: importance (IM, 1-5) or level (LV, 0-7) of an element for an occupation. */
export interface ElementRating {
  soc: string;
  elementId: string;
  scale: 'IM' | 'LV';
  value: number;
  isSuppressed: boolean;
  isNotRelevant: boolean;
}

export interface TechnologyExample {
  soc: string;
  example: string;
  commodityCode: string | null;
  commodityTitle: string | null;
  isHotTechnology: boolean;
  isInDemand: boolean;
}

export interface RelatedOccupation {
  soc: string;
  relatedSoc: string;
  tier: RelatednessTier;
  index: number;
}

export type OnetLayout = 'excel' | 'text';

export interface OnetRelease {
  version: string;
  /** 'excel' when the files carry the label columns of the Excel download, 'text' for the official text layout. */
  layout: OnetLayout;
  /** Data rows read per file name. */
  rowCounts: Record<string, number>;
  occupations: Occupation[];
  jobZones: Map<string, number>;
  alternateTitles: AlternateTitle[];
  elements: Map<string, ContentElement>;
  skills: ElementRating[];
  knowledge: ElementRating[];
  technologies: TechnologyExample[];
  related: RelatedOccupation[];
  experience: ExperienceRating[];
  experienceCategories: CategoryMonths;
}
