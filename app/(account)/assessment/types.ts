/** What the server hands the editor: only the words it shows, never the whole catalog. */
export interface SkillView {
  slug: string;
  name: string;
  description: string;
  levels: readonly string[];
}

export interface CategoryView {
  slug: string;
  name: string;
  skills: SkillView[];
}

export interface TargetView {
  /** Catalog slug or "custom:<id>": where the gap view and a new plan point. */
  slug: string;
  name: string;
  /** Required level per skill of the target role. */
  needs: Record<string, number>;
}

export interface AssessmentState {
  assessment: Record<string, number>;
  /** An empty string is a note being cleared. */
  notes: Record<string, string>;
}
