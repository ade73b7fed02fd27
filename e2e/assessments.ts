/** A data scientist at the typical levels of the role: the starting point of the plan journeys. */
export const DATA_SCIENTIST = {
  statistics: 4,
  "exploratory-data-analysis": 4,
  "stakeholder-communication": 3,
  "classical-ml": 3,
  sql: 3,
  notebooks: 3,
  "data-visualization": 3,
  "business-acumen": 3,
  "model-evaluation": 3,
  automl: 2,
  python: 2,
  experimentation: 2,
  mathematics: 2,
  "software-design": 1,
  "version-control": 1,
};
