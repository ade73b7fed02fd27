/**
 * Job titles postings use for each catalog role, English and Korean. The article says titles
 * mean little, so a title only suggests which role to compare a posting with; the skills found
 * in the posting decide. Korean postings often transliterate (데이터 사이언티스트) where the
 * catalog translates (데이터 과학자); both are listed (sources: docs/catalog.md, "Korean").
 */
export const ROLE_TITLES: Readonly<Record<string, readonly string[]>> = {
  "data-engineer": ["data engineer", "analytics engineer", "데이터 엔지니어", "데이터엔지니어"],
  "data-scientist": ["data scientist", "데이터 사이언티스트", "데이터 과학자", "데이터사이언티스트"],
  "applied-scientist": ["applied scientist", "어플라이드 사이언티스트", "애플라이드 사이언티스트", "응용 과학자"],
  "ml-engineer": [
    "machine learning engineer",
    "ML engineer",
    "AI engineer",
    "머신러닝 엔지니어",
    "ML 엔지니어",
    "AI 엔지니어",
    "머신러닝엔지니어",
  ],
  "ml-infrastructure-engineer": [
    "ML infrastructure engineer",
    "ML infra engineer",
    "MLOps engineer",
    "ML platform engineer",
    "ML systems engineer",
    "MLOps 엔지니어",
    "ML 인프라 엔지니어",
    "AI 인프라 개발자",
    "ML 플랫폼 엔지니어",
  ],
  "ml-hardware-engineer": [
    "ML compiler engineer",
    "kernel engineer",
    "ML accelerator engineer",
    "AI hardware engineer",
    "NPU 엔지니어",
    "AI 반도체 엔지니어",
    "ML 가속기 엔지니어",
    "컴파일러 엔지니어",
  ],
  "research-engineer": ["research engineer", "리서치 엔지니어", "연구 엔지니어", "AI 리서치 엔지니어"],
  "research-scientist": ["research scientist", "리서치 사이언티스트", "연구 과학자", "AI 연구자", "리서치 과학자"],
};

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * Catalog roles whose titles appear in a text (a posting's title line, say), longest title
 * first so "AI 리서치 엔지니어" is not also read as "AI 엔지니어".
 */
export function rolesNamedIn(text: string): string[] {
  let rest = normalise(text);
  const found: string[] = [];
  const titles = Object.entries(ROLE_TITLES)
    .flatMap(([role, list]) => list.map((title) => ({ role, key: normalise(title) })))
    .sort((a, b) => b.key.length - a.key.length);
  for (const { role, key } of titles) {
    if (!rest.includes(key)) continue;
    rest = rest.split(key).join("\u0000");
    if (!found.includes(role)) found.push(role);
  }
  return found;
}
