/**
 * Phrases that contain a skill alias but do not ask for the skill. They are matched like aliases
 * and, being longer, swallow the alias inside them.
 *
 * Job titles are the main group: the article behind Waypoint says a title means little, and in
 * a posting they name colleagues ("work with ML engineers") or the job itself, not a skill the
 * reader must have. "machine learning engineer" would otherwise count as machine learning.
 */

const TITLE_FIELDS_EN = [
  "machine learning",
  "ML",
  "deep learning",
  "AI",
  "AI/ML",
  "ML/AI",
  "ML infrastructure",
  "ML infra",
  "ML platform",
  "ML systems",
  "ML performance",
  "ML compiler",
  "ML accelerator",
  "MLOps",
  "NLP",
  "LLM",
  "computer vision",
  "data",
  "big data",
  "analytics",
  "research",
  "applied",
  "backend",
  "software",
  "platform",
  "infrastructure",
  "GPU",
];

const TITLE_ROLES_EN = [
  "engineer",
  "engineers",
  "scientist",
  "scientists",
  "researcher",
  "researchers",
  "practitioner",
  "practitioners",
  "team",
  "teams",
  "group",
  "org",
  "organization",
  "lead",
  "leads",
  "manager",
  "managers",
  "intern",
  "interns",
  "internship",
  "role",
  "roles",
  "position",
];

const TITLE_FIELDS_KO = ["머신러닝", "머신 러닝", "ML", "딥러닝", "AI", "MLOps", "데이터", "리서치", "LLM", "NLP", "백엔드", "인공지능"];
const TITLE_ROLES_KO = ["엔지니어", "사이언티스트", "리서처", "연구원", "개발자", "팀", "직무", "포지션"];

const OTHER_PHRASES = [
  // "R" and "Go" are languages only as standalone tokens.
  "R&D",
  "go-to-market",
  "go to market",
  // Electronic design automation in hardware postings, not exploratory data analysis.
  "EDA tool",
  "EDA tools",
  "EDA software",
  // A laptop in a benefits list, not a Jupyter notebook.
  "노트북 지급",
  "데이터 분석가",
  "data analyst",
  "data analysts",
  "business analyst",
  "business analysts",
  // Words that mean something else in context (catalog 2026 traps): a warehouse's table
  // clustering is not k-means, and a latency or performance regression is not a statistical model.
  "clustering key",
  "clustering keys",
  "cluster key",
  "cluster keys",
  "clustered index",
  "table clustering",
  "클러스터링 키",
  "latency regression",
  "latency regressions",
  "performance regression",
  "performance regressions",
  "성능 저하",
];

function titles(fields: readonly string[], roles: readonly string[]): string[] {
  return fields.flatMap((field) => roles.map((role) => `${field} ${role}`));
}

export const STOP_PHRASES: readonly string[] = [
  ...titles(TITLE_FIELDS_EN, TITLE_ROLES_EN),
  ...titles(TITLE_FIELDS_KO, TITLE_ROLES_KO),
  ...OTHER_PHRASES,
];
