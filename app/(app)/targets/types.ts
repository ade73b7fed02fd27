export interface Span {
  start: number;
  end: number;
}

/** One row of the editor: a catalog skill with what the role asks of it. */
export interface EditorSkill {
  skill: string;
  name: string;
  level: number;
  weight: number;
  evidence?: string;
}

export interface SkillChoiceGroup {
  category: string;
  skills: { slug: string; name: string }[];
}

/** The text the analyzer last read, with where each skill was found in it. */
export interface Analysis {
  text: string;
  spans: Record<string, Span[]>;
}

export interface EditorInitial {
  id?: string;
  name: string;
  postingText: string;
  skills: EditorSkill[];
  analysis: Analysis | null;
}
