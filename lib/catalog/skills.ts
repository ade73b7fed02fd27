import type { SkillContent } from "./types";

/*
 * Level descriptors are written as things a person has actually done, not adjectives, so a
 * self-rating can be checked against memory ("have I ever read a query plan?") instead of
 * confidence. Hours are rough focused-practice estimates for someone already working in tech;
 * they exist to order and size a plan, not to promise a date.
 *
 * Prerequisites list only direct, genuine dependencies; transitive ones are left implicit so the
 * graph stays small enough for a reviewer to check by eye.
 */
export const SKILL_CONTENT: readonly SkillContent[] = [
  // Programming and software engineering
  {
    slug: "python",
    name: "Python",
    category: "software-engineering",
    description:
      "The general-purpose language most data and ML work is written in, from scripts that automate data collection to training code.",
    levels: [
      "No experience yet: has not written a Python program.",
      "Can run and lightly edit existing scripts; knows variables, loops, functions and lists/dicts.",
      "Writes scripts of a few hundred lines with functions, modules, virtual environments and third-party packages, looking things up as needed.",
      "Writes reusable, tested modules and vectorised NumPy/pandas code that others run, unaided, and profiles and fixes slow code.",
      "Knows the runtime (GIL, memory model, C extensions), designs APIs other teams build on and reviews and mentors others' Python.",
    ],
    prerequisites: [],
    hoursToLevel: [10, 30, 80, 250],
    hoursSource:
      "[official] Python's own tutorial reads in about a day (0→1); [anecdote/guide] Automate the Boring Stuff is a ~40 h book-and-exercises course (1→2); 2→3 is one packaged, tested project (~100 h) and 3→4 months of reviewed work, [judgement].",
    resources: [
      { title: "The Python Tutorial (official)", url: "https://docs.python.org/3/tutorial/" },
      { title: "Automate the Boring Stuff with Python", url: "https://automatetheboringstuff.com/" },
    ],
  },
  {
    slug: "software-design",
    name: "Software design",
    category: "software-engineering",
    description:
      "Structuring code into clear modules, interfaces and abstractions so that a codebase stays easy to change as it grows.",
    levels: [
      "No experience yet: code so far lives in single scripts or notebooks.",
      "Splits code into functions and files and can explain why duplicated code is a problem.",
      "Designs small modules with clear interfaces under review and refactors a messy script into a reusable package.",
      "Designs and refactors multi-module codebases unaided, choosing abstractions, dependency boundaries and patterns deliberately, and writes design docs.",
      "Sets the architecture of large shared codebases, leads design reviews and teaches others to make trade-offs between simplicity and flexibility.",
    ],
    prerequisites: ["python"],
    hoursToLevel: [10, 30, 60, 200],
    hoursSource:
      "[judgement] anchored on a refactoring/design-patterns course (~30 h) and one multi-module project reviewed by a senior (~80 h); GitLab's ladder puts independent design on unclear requirements at senior, so 3→4 is long (https://handbook.gitlab.com/handbook/engineering/careers/matrix/development/dev/backend/senior/).",
    resources: [
      { title: "Refactoring.Guru: design patterns and refactoring", url: "https://refactoring.guru/design-patterns" },
      { title: "The Architecture of Open Source Applications", url: "https://aosabook.org/en/" },
      { title: "Google engineering practices (code review guide)", url: "https://google.github.io/eng-practices/" },
    ],
  },
  {
    slug: "testing-ci",
    name: "Testing and continuous integration",
    category: "software-engineering",
    description:
      "Writing automated tests and running them, with linters and builds, on every change so mistakes are caught before they ship.",
    levels: [
      "No experience yet: checks code by running it by hand.",
      "Knows what unit tests and CI are and can run an existing test suite.",
      "Writes unit tests with pytest (fixtures, parametrisation) and adds a test job to an existing CI pipeline with help.",
      "Designs a test strategy (unit, integration, data and model checks), mocks external services and sets up CI pipelines from scratch.",
      "Defines testing and release standards for a team, fixes flaky and slow suites at scale and coaches others on testable design.",
    ],
    prerequisites: ["python", "version-control"],
    hoursToLevel: [3, 12, 30, 100],
    hoursSource:
      "[official] pytest and GitHub Actions getting-started guides take an afternoon each; [judgement] adding tests and CI to one real project ~30 h.",
    resources: [
      { title: "pytest documentation", url: "https://docs.pytest.org/" },
      { title: "GitHub Actions documentation", url: "https://docs.github.com/en/actions" },
      { title: "The Practical Test Pyramid (Martin Fowler)", url: "https://martinfowler.com/articles/practical-test-pyramid.html" },
    ],
  },
  {
    slug: "version-control",
    name: "Version control (Git)",
    category: "software-engineering",
    description:
      "Tracking changes to code with Git and collaborating through branches, pull requests and code review.",
    levels: [
      "No experience yet: shares code by copying files.",
      "Clones a repository, commits and pushes to a single branch.",
      "Works on feature branches, opens pull requests and resolves simple merge conflicts with some help.",
      "Rebases, bisects, cherry-picks and untangles a broken history unaided; writes clear, reviewable commits.",
      "Designs branching and release workflows for a team, recovers from any repository mishap and teaches Git internals.",
    ],
    prerequisites: [],
    hoursToLevel: [3, 8, 20, 60],
    hoursSource:
      "[official] MIT Missing Semester's version-control lecture (1 h plus exercises) and Learn Git Branching (~8 h); [judgement] beyond that it is practice in a shared repository.",
    resources: [
      { title: "Pro Git (book)", url: "https://git-scm.com/book/en/v2" },
      { title: "Learn Git Branching (interactive)", url: "https://learngitbranching.js.org/" },
      { title: "The Missing Semester: version control", url: "https://missing.csail.mit.edu/2020/version-control/" },
    ],
  },
  {
    slug: "data-structures-algorithms",
    name: "Data structures and algorithms",
    category: "software-engineering",
    description:
      "Choosing the right data structures and algorithms and reasoning about their time and memory cost.",
    levels: [
      "No experience yet: has not studied complexity or classic data structures.",
      "Knows lists, hash maps, sets and what big-O notation means.",
      "Solves typical interview-style problems with trees, graphs, heaps and sorting when given time and hints.",
      "Picks and implements the right structure and algorithm for real problems unaided and explains the complexity trade-offs.",
      "Designs novel algorithms or specialised data structures for performance-critical systems and teaches others to analyse them.",
    ],
    prerequisites: ["python"],
    hoursToLevel: [10, 30, 60, 200],
    hoursSource:
      "[judgement] one university algorithms course is ~100–120 h (Stanford unit rule: ~9 h/week over 10 weeks, https://registrar.stanford.edu/faculty/unit-credit); interview preparation adds ~40 h.",
    resources: [
      { title: "Algorithms (Jeff Erickson, free book)", url: "https://jeffe.cs.illinois.edu/teaching/algorithms/" },
      { title: "Open Data Structures (free book)", url: "https://opendatastructures.org/" },
    ],
  },
  {
    slug: "api-development",
    name: "API development",
    category: "software-engineering",
    description:
      "Building HTTP/JSON (or gRPC) services that other programs call, with validation, errors and documentation done properly.",
    levels: [
      "No experience yet: has only called APIs from code, if at all.",
      "Understands HTTP methods, status codes and JSON and can call a REST API from a script.",
      "Builds a small REST service (e.g. with FastAPI) with request validation and auto-generated docs, following an example.",
      "Designs versioned APIs with authentication, pagination, error contracts and integration tests, and deploys them unaided.",
      "Sets API standards across services, designs for backward compatibility and high traffic, and reviews others' API designs.",
    ],
    prerequisites: ["python"],
    hoursToLevel: [3, 12, 35, 100],
    hoursSource:
      "[official] the FastAPI tutorial is a few evenings (1→2); [judgement] one versioned, authenticated service deployed end to end ~35 h.",
    resources: [
      { title: "FastAPI tutorial", url: "https://fastapi.tiangolo.com/tutorial/" },
      { title: "MDN: HTTP", url: "https://developer.mozilla.org/en-US/docs/Web/HTTP" },
    ],
  },
  {
    slug: "linux-shell",
    name: "Linux and the shell",
    category: "software-engineering",
    description:
      "Working comfortably on Linux machines from the command line: files, processes, permissions, SSH and shell scripts.",
    levels: [
      "No experience yet: works only through graphical tools.",
      "Navigates directories, edits files and runs programs in a terminal.",
      "Uses pipes, grep, SSH, environment variables and simple Bash scripts to get work done on a remote server, looking commands up as needed.",
      "Debugs processes, disk, memory and network problems on Linux hosts and writes robust scripts for automation.",
      "Administers fleets of machines, tunes the OS for heavy workloads and teaches others to work efficiently in the shell.",
    ],
    prerequisites: [],
    hoursToLevel: [3, 10, 30, 100],
    hoursSource:
      "[official] MIT Missing Semester: 11 one-hour lectures with exercises (~20 h for 0→2, https://missing.csail.mit.edu/); [judgement] 2→3 is debugging real hosts.",
    resources: [
      { title: "The Missing Semester of Your CS Education (MIT)", url: "https://missing.csail.mit.edu/" },
      { title: "The Linux Command Line (free book)", url: "https://linuxcommand.org/tlcl.php" },
      { title: "GNU Bash manual", url: "https://www.gnu.org/software/bash/manual/" },
    ],
  },

  // Data
  {
    slug: "sql",
    name: "SQL",
    category: "data",
    description: "Querying and changing data in relational databases with SQL.",
    levels: [
      "No experience yet: has not written a SQL query.",
      "Writes SELECT queries with WHERE, ORDER BY and simple aggregates on a single table.",
      "Writes multi-table joins, GROUP BY with HAVING and subqueries, checking results with a colleague or references.",
      "Writes window functions, CTEs and multi-table joins unaided and reads a query plan to fix a slow query.",
      "Handles the hard cases unaided: tunes slow workloads through indexes, partitioning and planner behaviour on large databases, and is the person the team asks when a query misbehaves.",
    ],
    prerequisites: [],
    hoursToLevel: [5, 20, 50, 150],
    hoursSource:
      "[official] SQLBolt and the PostgreSQL tutorial are a few evenings (0→2); SQL (incl. window functions) is one module of SQLD certification preparation, [judgement] ~50 h to write and tune queries unaided.",
    resources: [
      { title: "PostgreSQL tutorial (official)", url: "https://www.postgresql.org/docs/current/tutorial.html" },
      { title: "SQLBolt interactive lessons", url: "https://sqlbolt.com/" },
      { title: "Use The Index, Luke (SQL performance)", url: "https://use-the-index-luke.com/" },
    ],
  },
  {
    slug: "database-design",
    name: "Database design",
    category: "data",
    description:
      "Designing schemas, keys, indexes and constraints so data is consistent and each record is easy to find and filter.",
    levels: [
      "No experience yet: has not designed a table schema.",
      "Knows what tables, primary and foreign keys and indexes are.",
      "Designs a normalised schema for a small application and adds indexes for its main queries, with review.",
      "Designs and migrates production schemas unaided, balancing normalisation, indexing, constraints and query patterns, and maintains the database (backups, vacuum, upgrades).",
      "Designs data models for large, multi-team systems, plans zero-downtime migrations and reviews others' schemas.",
    ],
    prerequisites: ["sql"],
    hoursToLevel: [3, 15, 40, 120],
    hoursSource:
      "[official] CMU 15-445 covers modelling and indexing in its first weeks; [judgement] designing and migrating one production schema ~40 h.",
    resources: [
      { title: "PostgreSQL: data definition", url: "https://www.postgresql.org/docs/current/ddl.html" },
      { title: "CMU 15-445/645 Database Systems", url: "https://15445.courses.cs.cmu.edu/" },
      { title: "Use The Index, Luke", url: "https://use-the-index-luke.com/" },
    ],
  },
  {
    slug: "data-ingestion-etl",
    name: "Data ingestion and ETL",
    category: "data",
    description:
      "Building pipelines that extract data from sources, transform it into the needed shape and load it where it is used.",
    levels: [
      "No experience yet: has only used data someone else prepared.",
      "Understands extract-transform-load and has loaded a CSV or API response into a database once.",
      "Writes a scheduled Python job that pulls from an API or files, transforms records and loads them into a database, with guidance.",
      "Builds idempotent, incremental pipelines with retries, backfills and schema-change handling unaided, and runs them in production.",
      "Designs an organisation's ingestion architecture across many sources and teams and sets pipeline standards others follow.",
    ],
    prerequisites: ["python", "sql"],
    hoursToLevel: [5, 20, 60, 180],
    hoursSource:
      "[official] DataTalksClub Data Engineering Zoomcamp: ingestion 1 week and batch 2 weeks of a 9-week course at ~10 h/week (https://github.com/DataTalksClub/data-engineering-zoomcamp) ≈ 0→2; [judgement] 2→3 one incremental, idempotent pipeline in production.",
    resources: [
      { title: "Data Engineering Zoomcamp (DataTalks.Club)", url: "https://github.com/DataTalksClub/data-engineering-zoomcamp" },
      { title: "pandas: IO tools", url: "https://pandas.pydata.org/docs/user_guide/io.html" },
    ],
  },
  {
    slug: "data-parsing",
    name: "Data parsing (XML, JSON and messy formats)",
    category: "data",
    description:
      "Turning semi-structured or messy inputs such as XML, JSON, logs and scraped pages into clean records.",
    levels: [
      "No experience yet: has only worked with ready-made tables.",
      "Loads a well-formed JSON or CSV file into Python and reads fields from it.",
      "Extracts fields from nested JSON and XML (e.g. with ElementTree or XPath) and handles simple format quirks with help.",
      "Writes robust, tested parsers for large, inconsistent XML/JSON/log sources, streaming files that do not fit in memory.",
      "Designs parsing and schema-evolution strategies for many heterogeneous sources and reviews others' parsers for correctness.",
    ],
    prerequisites: ["python"],
    hoursToLevel: [2, 8, 25, 80],
    hoursSource:
      "[judgement] parsing XML/JSON with the standard library is a few evenings; robust parsers for messy sources come from one real integration (~25 h).",
    resources: [
      { title: "Python: xml.etree.ElementTree", url: "https://docs.python.org/3/library/xml.etree.elementtree.html" },
      { title: "Python: json", url: "https://docs.python.org/3/library/json.html" },
      { title: "lxml documentation", url: "https://lxml.de/" },
    ],
  },
  {
    slug: "data-warehousing",
    name: "Data warehousing",
    category: "data",
    description:
      "Organising large, growing analytical data in a warehouse or lakehouse with models that analysts and ML can query efficiently.",
    levels: [
      "No experience yet: has not worked with a data warehouse.",
      "Knows what a warehouse is, how it differs from an application database, and what fact and dimension tables are.",
      "Builds star-schema tables and dbt-style transformations in an existing warehouse with guidance.",
      "Designs warehouse models (facts, dimensions, slowly changing dimensions, partitioning) and manages cost and performance unaided.",
      "Sets the warehouse or lakehouse architecture for an organisation, including governance and access, and reviews others' models.",
    ],
    prerequisites: ["database-design"],
    hoursToLevel: [3, 15, 40, 150],
    hoursSource:
      "[official] DE Zoomcamp's warehouse and analytics-engineering weeks (~2 weeks at ~10 h/week) ≈ 0→2; [judgement] modelling one star schema with dbt ~40 h.",
    resources: [
      { title: "Kimball dimensional modeling techniques", url: "https://www.kimballgroup.com/data-warehouse-business-intelligence-resources/kimball-techniques/dimensional-modeling-techniques/" },
      { title: "dbt documentation", url: "https://docs.getdbt.com/" },
      { title: "BigQuery documentation", url: "https://cloud.google.com/bigquery/docs" },
    ],
  },
  {
    slug: "data-cleaning",
    name: "Data cleaning",
    category: "data",
    description:
      "Turning a raw, messy dataset into one fit for analysis or training: missing values, duplicates, wrong types, outliers and inconsistent labels, with every choice written down.",
    levels: [
      "No experience yet: has not had to clean a dataset.",
      "Has fixed obvious missing values, duplicates and wrong types in a table by following a tutorial.",
      "Has cleaned a real dataset (imputation, deduplication, outlier and type fixes) in a notebook a reviewer checked, with the choices documented.",
      "Cleans new, messy sources unaided into a reusable, re-runnable cleaning step whose choices (and their effect on results) are written down for others.",
      "Wrote the cleaning conventions or shared library a team uses, and is the person others bring their hardest data problems (label noise, leakage, silent unit changes) to.",
    ],
    prerequisites: ["python"],
    hoursToLevel: [2, 10, 30, 100],
    hoursSource:
      "[official] pandas' missing-data guide and one cleaning tutorial (~10 h); [judgement] cleaning one real, messy dataset end to end ~30 h.",
    resources: [
      { title: "pandas: working with missing data", url: "https://pandas.pydata.org/docs/user_guide/missing_data.html" },
      { title: "Tidy Data (Hadley Wickham, Journal of Statistical Software)", url: "https://www.jstatsoft.org/article/view/v059i10" },
    ],
  },
  {
    slug: "data-quality",
    name: "Data quality and validation",
    category: "data",
    description:
      "Checking data automatically as it flows, so bad records are caught, traced to their source and fixed before they reach analyses or models: data tests, validation rules, freshness and volume monitoring.",
    levels: [
      "No experience yet: has not checked data beyond looking at it.",
      "Has run an existing data test suite (dbt tests, Great Expectations) and read its report.",
      "Has added validation checks (nulls, ranges, uniqueness, referential integrity) to a pipeline with a reviewer.",
      "Writes automated data tests and monitors for the pipelines they own unaided, traces bad records to their source and fixes them, with alerts that reach the right owner.",
      "Defined the data-quality standards, contracts and monitoring an organisation uses and leads incident response for data problems.",
    ],
    prerequisites: ["sql", "data-cleaning"],
    hoursToLevel: [3, 12, 35, 100],
    hoursSource:
      "[official] Great Expectations / dbt tests getting-started guides (~12 h); [judgement] data tests and alerts on one production pipeline ~35 h.",
    resources: [
      { title: "pandas: working with missing data", url: "https://pandas.pydata.org/docs/user_guide/missing_data.html" },
      { title: "Great Expectations documentation", url: "https://docs.greatexpectations.io/" },
    ],
  },
  {
    slug: "data-governance",
    name: "Data governance",
    category: "data",
    description:
      "Knowing where data came from and who may use it: lineage, data contracts between producers and consumers, access control, and handling personal data under laws such as GDPR and Korea's PIPA.",
    levels: [
      "No experience yet: has not dealt with data ownership, lineage or privacy rules.",
      "Has read a data catalogue entry or a privacy policy for a dataset and can say which columns hold personal data.",
      "Has added lineage metadata, column masking or a data contract to an existing pipeline, with a reviewer.",
      "Sets up lineage, contracts and access rules for the pipelines they own unaided, and has passed a privacy or compliance review with them.",
      "Wrote the governance rules (contracts, retention, PII handling) several teams follow, and leads audits or incidents about data misuse.",
    ],
    prerequisites: ["database-design"],
    hoursToLevel: [3, 12, 60, 120],
    hoursSource:
      "[judgement, after review] 2→3 needs a real production service or process owned end to end, so it is priced at 50–70 h rather than a tutorial's length. [guide] roadmap.sh Data Engineer lists lineage, masking, GDPR and the EU AI Act as one branch (https://roadmap.sh/data-engineer); [judgement] adding lineage and contracts to pipelines one owns ~35 h.",
    resources: [
      { title: "roadmap.sh Data Engineer roadmap (data quality, lineage, masking, GDPR)", url: "https://roadmap.sh/data-engineer" },
      { title: "OpenLineage documentation", url: "https://openlineage.io/docs/" },
      { title: "GDPR: full text with recitals", url: "https://gdpr-info.eu/" },
    ],
  },
  {
    slug: "workflow-orchestration",
    name: "Workflow orchestration",
    category: "data",
    description:
      "Scheduling and coordinating multi-step data and ML jobs with tools such as Airflow, Dagster or Prefect.",
    levels: [
      "No experience yet: runs jobs by hand or with ad-hoc cron entries.",
      "Knows what a DAG, task and schedule are and can trigger an existing workflow.",
      "Writes a DAG with dependencies, retries and parameters in Airflow or a similar tool, following team conventions.",
      "Designs and operates production workflows with backfills, sensors, alerting and environment separation unaided.",
      "Runs the orchestration platform for many teams, sets its conventions and scales it, and teaches others to use it well.",
    ],
    prerequisites: ["python", "linux-shell"],
    hoursToLevel: [3, 10, 30, 100],
    hoursSource:
      "[official] DE Zoomcamp's orchestration module is about one week at ~10 h/week (1→2); [judgement] running production DAGs with backfills ~30 h.",
    resources: [
      { title: "Apache Airflow documentation", url: "https://airflow.apache.org/docs/" },
      { title: "Dagster documentation", url: "https://docs.dagster.io/" },
      { title: "Prefect documentation", url: "https://docs.prefect.io/" },
    ],
  },
  {
    slug: "big-data-processing",
    name: "Big data processing (Spark)",
    category: "data",
    description:
      "Processing data too large for one machine with distributed engines such as Apache Spark.",
    levels: [
      "No experience yet: all data so far fits in memory on one machine.",
      "Knows why distributed processing exists and what a DataFrame in Spark is.",
      "Writes Spark (or similar) jobs that filter, join and aggregate large datasets, with help tuning them.",
      "Tunes partitioning, shuffles, joins and memory for large jobs unaided and debugs failures from the job UI and logs.",
      "Designs large-scale processing platforms, sets cost and performance practices and mentors others in distributed data processing.",
    ],
    prerequisites: ["sql", "python"],
    hoursToLevel: [5, 15, 45, 150],
    hoursSource:
      "[official] DE Zoomcamp's batch (Spark) block is ~2 weeks at ~10 h/week; [judgement] tuning one real Spark job (partitions, skew) ~45 h.",
    resources: [
      { title: "Apache Spark documentation", url: "https://spark.apache.org/docs/latest/" },
      { title: "Designing Data-Intensive Applications", url: "https://dataintensive.net/" },
    ],
  },
  {
    slug: "streaming-data",
    name: "Streaming data",
    category: "data",
    description:
      "Moving and processing data continuously as events arrive, with systems such as Kafka and Flink.",
    levels: [
      "No experience yet: has only worked with batch data.",
      "Knows what topics, producers, consumers and event time are.",
      "Builds a simple producer/consumer pipeline on Kafka or a managed equivalent, with guidance.",
      "Designs streaming pipelines with windowing, late data, exactly-once or idempotent delivery, and runs them in production unaided.",
      "Architects real-time data platforms, sizes clusters and leads incident response for streaming systems.",
    ],
    prerequisites: ["data-ingestion-etl"],
    hoursToLevel: [3, 15, 40, 150],
    hoursSource:
      "[official] DE Zoomcamp's streaming module is 1–1.5 weeks (~10–15 h); [judgement] one production consumer with exactly-once handling ~40 h.",
    resources: [
      { title: "Apache Kafka documentation", url: "https://kafka.apache.org/documentation/" },
      { title: "Apache Flink", url: "https://flink.apache.org/" },
      { title: "Designing Data-Intensive Applications", url: "https://dataintensive.net/" },
    ],
  },

  // Analysis and statistics
  {
    slug: "mathematics",
    name: "Mathematics for ML",
    category: "analysis-statistics",
    description:
      "The linear algebra, calculus, probability and optimisation that models and their analysis are built on.",
    levels: [
      "No experience yet: has not studied maths beyond school.",
      "Knows what vectors, matrices, derivatives and probability distributions are.",
      "Works through matrix products, gradients and the chain rule, and basic probability calculations with references at hand.",
      "Works the maths of ML papers unaided: has re-derived a paper's gradients or appendix result and checked it numerically.",
      "Develops new mathematical arguments or proofs for ML methods and teaches the underlying maths to others.",
    ],
    prerequisites: [],
    hoursToLevel: [10, 40, 80, 250],
    hoursSource:
      "[official] a university linear-algebra, calculus or probability course is ~100–120 h each (Stanford unit rule); MML book (Deisenroth et al.) self-study, [judgement] 1→2 ~50 h for the parts ML uses.",
    resources: [
      { title: "Mathematics for Machine Learning (free book)", url: "https://mml-book.github.io/" },
      { title: "3Blue1Brown: Essence of linear algebra", url: "https://www.3blue1brown.com/topics/linear-algebra" },
      { title: "Khan Academy: math", url: "https://www.khanacademy.org/math" },
    ],
  },
  {
    slug: "statistics",
    name: "Statistics",
    category: "analysis-statistics",
    description:
      "Describing data, quantifying uncertainty and drawing sound conclusions with estimation, hypothesis tests and regression.",
    levels: [
      "No experience yet: has not studied statistics.",
      "Computes means, medians, variances and correlations and knows what a p-value claims to be.",
      "Runs t-tests, chi-squared tests, confidence intervals and linear regressions correctly with a textbook or a colleague at hand.",
      "Chooses appropriate methods for messy real data (non-normality, multiple comparisons, confounding) unaided and explains their limits.",
      "Handles the hard statistical cases unaided (hierarchical or Bayesian models, missing-not-at-random data, multiple comparisons) and is the person the team asks to check an analysis.",
    ],
    prerequisites: ["mathematics"],
    hoursToLevel: [10, 30, 80, 250],
    hoursSource:
      "[official] one introductory statistics course ~40 h; roadmap.sh AI and Data Scientist lists CLT, hypothesis testing and A/B testing as one block; [judgement] 2→3 ~100 h of applied analysis.",
    resources: [
      { title: "OpenIntro Statistics (free book)", url: "https://www.openintro.org/book/os/" },
      { title: "Seeing Theory (Brown University)", url: "https://seeing-theory.brown.edu/" },
      { title: "Think Stats (Allen Downey)", url: "https://greenteapress.com/wp/think-stats-2e/" },
    ],
  },
  {
    slug: "exploratory-data-analysis",
    name: "Exploratory data analysis",
    category: "analysis-statistics",
    description:
      "Exploring a dataset with summaries and plots to find patterns, trends, anomalies and which variables actually matter.",
    levels: [
      "No experience yet: has not explored a dataset on their own.",
      "Loads a table and looks at summary statistics and a few charts.",
      "Profiles a new dataset with pandas (distributions, missingness, group-bys, correlations) and reports findings with guidance.",
      "Drives an open-ended investigation unaided: forms questions, segments data, tests hunches statistically and identifies the variables that matter.",
      "Leads analyses that shape business decisions, spots subtle data traps (leakage, survivorship, Simpson's paradox) and mentors analysts.",
    ],
    prerequisites: ["python", "statistics"],
    hoursToLevel: [3, 15, 40, 150],
    hoursSource:
      "[official] ML Zoomcamp's first weeks cover EDA (~10 h/week); [judgement] a full EDA on one unfamiliar dataset ~40 h.",
    resources: [
      { title: "Python for Data Analysis, 3rd ed. (free online)", url: "https://wesmckinney.com/book/" },
      { title: "R for Data Science (2e)", url: "https://r4ds.hadley.nz/" },
    ],
  },
  {
    slug: "data-visualization",
    name: "Data visualisation",
    category: "analysis-statistics",
    description:
      "Choosing and building charts and dashboards that show data honestly and make a point clear to the audience.",
    levels: [
      "No experience yet: has not made charts from data.",
      "Makes default bar, line and scatter charts in a spreadsheet or plotting library.",
      "Builds clear, labelled charts in matplotlib/seaborn or a BI tool, choosing chart types appropriate to the question with feedback.",
      "Designs dashboards and explanatory figures unaided, avoids misleading encodings and tailors visuals to technical and non-technical audiences.",
      "Sets visual standards for a team or product, builds custom interactive visualisations and teaches data storytelling.",
    ],
    prerequisites: [],
    hoursToLevel: [3, 12, 30, 100],
    hoursSource:
      "[official] Wilke's Fundamentals of Data Visualization reads in ~12 h; [judgement] 2→3 one published dashboard or report.",
    resources: [
      { title: "Fundamentals of Data Visualization (Claus Wilke)", url: "https://clauswilke.com/dataviz/" },
      { title: "Matplotlib tutorials", url: "https://matplotlib.org/stable/tutorials/index.html" },
      { title: "seaborn tutorial", url: "https://seaborn.pydata.org/tutorial.html" },
    ],
  },
  {
    slug: "experimentation",
    name: "Experimentation and causal inference",
    category: "analysis-statistics",
    description:
      "Measuring the real effect of a change: designing and analysing controlled experiments such as A/B tests, and estimating causal effects from observational data when an experiment is not possible.",
    levels: [
      "No experience yet: has not designed or analysed an experiment.",
      "Has read an A/B test report and can say what the control group, randomisation and the p-value in it mean.",
      "Has analysed a finished A/B test and computed a sample size for a new one, with a reviewer.",
      "Designs experiments end to end unaided (metrics, guardrails, sample-ratio checks, peeking) and, where no experiment is possible, runs an observational causal study (difference-in-differences, matching) whose assumptions are written down.",
      "Built or runs an experimentation platform or causal-inference method others use (variance reduction, sequential tests, uplift models) and reviews others' designs.",
    ],
    prerequisites: ["statistics"],
    hoursToLevel: [3, 15, 45, 150],
    hoursSource:
      "[official] Kohavi et al., Trustworthy Online Controlled Experiments, is a ~15 h read; roadmap.sh AI and Data Scientist lists A/B testing, ratio metrics and test sensitivity; [judgement] ~45 h to run one experiment and one observational causal study end to end.",
    resources: [
      { title: "Trustworthy Online Controlled Experiments (book site)", url: "https://experimentguide.com/" },
      { title: "Evan Miller: A/B testing tools and articles", url: "https://www.evanmiller.org/ab-testing/" },
    ],
  },
  {
    slug: "time-series",
    name: "Time series and forecasting",
    category: "analysis-statistics",
    description:
      "Analysing and forecasting data ordered in time (demand, traffic, sensor readings): trend and seasonality, backtesting, and models from ARIMA to gradient boosting and neural forecasters.",
    levels: [
      "No experience yet: has not worked with time-ordered data.",
      "Has plotted a series, resampled it and named its trend and seasonality.",
      "Has built a forecast with a library (statsmodels, Prophet, a boosted model on lag features) following an example, with a reviewer checking the backtest.",
      "Builds and backtests forecasts unaided without leaking the future into training, picks the model family for the problem and reports forecast uncertainty.",
      "Designed the forecasting system or method a business relies on (hierarchical, probabilistic or many-series), and reviews others' forecasting work.",
    ],
    prerequisites: ["statistics"],
    hoursToLevel: [3, 15, 40, 150],
    hoursSource:
      "[official] Hyndman & Athanasopoulos, Forecasting: Principles and Practice, core chapters ~15 h; [judgement] one backtested production forecast ~40 h.",
    resources: [
      { title: "Forecasting: Principles and Practice (Hyndman & Athanasopoulos, free book)", url: "https://otexts.com/fpp3/" },
      { title: "statsmodels: time series analysis", url: "https://www.statsmodels.org/stable/tsa.html" },
    ],
  },
  {
    slug: "notebooks",
    name: "Notebooks (Jupyter)",
    category: "analysis-statistics",
    description:
      "Using Jupyter-style notebooks for interactive analysis, modelling and sharing results reproducibly.",
    levels: [
      "No experience yet: has not used a notebook environment.",
      "Opens a notebook, runs cells and edits code and markdown.",
      "Does full analyses in notebooks with clear narrative, charts and a pinned environment, with tips from colleagues.",
      "Keeps notebooks reproducible (restart-and-run-all, parameters, extracted modules), versions them and shares them as reports unaided.",
      "Sets notebook practices and shared environments for a team (e.g. JupyterHub, review and scheduling of notebooks) and teaches them.",
    ],
    prerequisites: ["python"],
    hoursToLevel: [2, 5, 15, 50],
    hoursSource:
      "[judgement] Jupyter basics take an afternoon; reproducible, parameterised notebooks come from a few projects.",
    resources: [
      { title: "Project Jupyter documentation", url: "https://docs.jupyter.org/" },
      { title: "JupyterLab documentation", url: "https://jupyterlab.readthedocs.io/" },
    ],
  },

  // Machine learning
  {
    slug: "classical-ml",
    name: "Classical machine learning",
    category: "machine-learning",
    description:
      "Regression, classification and clustering with methods such as linear models, decision trees, gradient boosting and k-means.",
    levels: [
      "No experience yet: has not trained a model.",
      "Knows the difference between supervised and unsupervised learning and has run a tutorial model.",
      "Trains and tunes scikit-learn models (e.g. churn classification, customer segmentation) on tabular data with guidance.",
      "Frames business problems as ML tasks, engineers features, tunes gradient-boosted models and avoids leakage unaided.",
      "Chooses and adapts methods for unusual problems, explains their behaviour in depth and mentors others.",
    ],
    prerequisites: ["python", "statistics"],
    hoursToLevel: [10, 30, 60, 200],
    hoursSource:
      "[official] DeepLearning.AI Machine Learning Specialization, 3 courses, ~80 h at ~10 h/week (sheet §3) ≈ 0→2 with Google's ML Crash Course (~15 h); [judgement] 2→3 one end-to-end project ~80 h.",
    resources: [
      { title: "An Introduction to Statistical Learning (ISLR/ISLP)", url: "https://www.statlearning.com/" },
      { title: "scikit-learn user guide", url: "https://scikit-learn.org/stable/user_guide.html" },
      { title: "Google Machine Learning Crash Course", url: "https://developers.google.com/machine-learning/crash-course" },
    ],
  },
  {
    slug: "automl",
    name: "AutoML",
    category: "machine-learning",
    description:
      "Using tools that automatically try many models and hyperparameters and report which performs best.",
    levels: [
      "No experience yet: has not used an AutoML tool.",
      "Knows what AutoML tools do and when they are enough for a problem.",
      "Runs an AutoML tool (e.g. AutoGluon, FLAML or a cloud AutoML service) on tabular data and reads its leaderboard, with guidance.",
      "Sets up AutoML with sound validation, time budgets and constraints unaided, and recognises when the data needs a custom approach instead.",
      "Builds or extends AutoML pipelines for an organisation and teaches others their pitfalls.",
    ],
    prerequisites: ["classical-ml"],
    hoursToLevel: [2, 6, 20, 60],
    hoursSource:
      "[official] AutoGluon / H2O quick-starts take an evening; [judgement] using AutoML well is judging its output, which leans on model evaluation.",
    resources: [
      { title: "AutoGluon documentation", url: "https://auto.gluon.ai/" },
      { title: "FLAML documentation", url: "https://microsoft.github.io/FLAML/" },
      { title: "AutoML.org", url: "https://www.automl.org/" },
    ],
  },
  {
    slug: "model-evaluation",
    name: "Model evaluation",
    category: "machine-learning",
    description:
      "Measuring whether a model is actually good: splits, cross-validation, metrics, baselines and error analysis.",
    levels: [
      "No experience yet: has not evaluated a model.",
      "Knows train/test splits and accuracy, and that accuracy can mislead.",
      "Uses cross-validation and chooses metrics such as precision/recall, ROC-AUC or RMSE appropriately, with review.",
      "Designs evaluation unaided: leakage-free splits (time, group), calibrated baselines, error analysis by segment and significance of differences.",
      "Defines evaluation protocols and benchmarks for a team or field, including offline-online agreement, and reviews others' evaluations.",
    ],
    prerequisites: ["classical-ml"],
    hoursToLevel: [3, 12, 35, 120],
    hoursSource:
      "[official] the evaluation-metrics parts of the ML Specialization and ML Crash Course (~12 h); [judgement] 2→3 designing validation for one real problem ~35 h.",
    resources: [
      { title: "scikit-learn: metrics and scoring", url: "https://scikit-learn.org/stable/modules/model_evaluation.html" },
      { title: "scikit-learn: cross-validation", url: "https://scikit-learn.org/stable/modules/cross_validation.html" },
    ],
  },
  {
    slug: "llm-evaluation",
    name: "Evaluating LLM and AI systems",
    category: "machine-learning",
    description:
      "Measuring whether a system built on large models actually works: evaluation sets, automatic and model-graded metrics, human review, regression suites, and online monitoring of quality.",
    levels: [
      "No experience yet: has judged LLM output only by eye.",
      "Has run an existing evaluation harness or benchmark and read its report.",
      "Has built an evaluation set and scoring for one LLM feature (exact match, rubric or model-graded) with a reviewer, and used it to compare two prompts or models.",
      "Designs evaluations unaided that catch regressions before release: held-out test sets, checks that model-graded scores agree with human labels, error analysis, and online quality signals.",
      "Designed the evaluation method a team or the field uses (a benchmark, a graded rubric, an eval platform) and is asked to review others' claims of model quality.",
    ],
    prerequisites: ["model-evaluation", "llm-applications"],
    hoursToLevel: [3, 12, 30, 120],
    hoursSource:
      "[official] DataTalksClub LLM Zoomcamp gives evaluation and monitoring about 2 of its 10 weeks (https://github.com/DataTalksClub/llm-zoomcamp); [judgement] an evaluation suite for one shipped LLM feature ~40 h.",
    resources: [
      { title: "DataTalksClub LLM Zoomcamp (evaluation and monitoring modules)", url: "https://github.com/DataTalksClub/llm-zoomcamp" },
      { title: "OpenAI Evals", url: "https://github.com/openai/evals" },
      { title: "HELM: Holistic Evaluation of Language Models", url: "https://crfm.stanford.edu/helm/" },
    ],
  },
  {
    slug: "deep-learning",
    name: "Deep learning",
    category: "machine-learning",
    description:
      "Neural networks and how to train them: architectures such as CNNs and Transformers, optimisation and regularisation.",
    levels: [
      "No experience yet: has not trained a neural network.",
      "Understands neurons, layers, loss and gradient descent and has run a tutorial network.",
      "Trains standard architectures (MLP, CNN, small Transformer) on a new dataset and debugs basic training problems with guidance.",
      "Designs, trains and debugs deep models unaided: chooses architectures, diagnoses instability, and tunes optimisers and regularisation.",
      "Has invented or substantially improved a deep-learning method or training recipe others use (a paper, a widely used model or library).",
    ],
    prerequisites: ["classical-ml", "mathematics"],
    hoursToLevel: [10, 40, 70, 250],
    hoursSource:
      "[official] DeepLearning.AI Deep Learning Specialization: 5 courses, 4–5 months on Coursera's schedule; [anecdote] one learner finished it in ~105 h (sheet §3) ≈ 0→2; [judgement] 2→3 a non-trivial model trained and debugged ~120 h.",
    resources: [
      { title: "Dive into Deep Learning (d2l.ai)", url: "https://d2l.ai/" },
      { title: "fast.ai: Practical Deep Learning for Coders", url: "https://course.fast.ai/" },
      { title: "Deep Learning (Goodfellow, Bengio, Courville)", url: "https://www.deeplearningbook.org/" },
    ],
  },
  {
    slug: "dl-frameworks",
    name: "Deep learning frameworks (PyTorch, JAX)",
    category: "machine-learning",
    description:
      "Writing models, training loops and data pipelines in frameworks such as PyTorch or JAX.",
    levels: [
      "No experience yet: has not used a deep learning framework.",
      "Runs and lightly modifies an existing PyTorch or JAX training script.",
      "Writes custom modules, datasets and training loops, and uses mixed precision and checkpoints, with documentation at hand.",
      "Writes custom layers, losses and autograd functions, profiles training and debugs shape, device and numerical problems unaided.",
      "Has contributed to a framework's internals (autograd, dispatch, compilation) or written the custom operators and training infrastructure a team relies on.",
    ],
    prerequisites: ["deep-learning", "python"],
    hoursToLevel: [5, 20, 50, 150],
    hoursSource:
      "[official] the PyTorch 60-minute blitz and tutorials (~20 h); [judgement] custom training loops, datasets and modules in one project ~60 h; 3→4 framework internals.",
    resources: [
      { title: "PyTorch tutorials", url: "https://pytorch.org/tutorials/" },
      { title: "JAX documentation", url: "https://jax.readthedocs.io/" },
      { title: "TensorFlow tutorials", url: "https://www.tensorflow.org/tutorials" },
    ],
  },
  {
    slug: "modality-depth",
    name: "Depth in one specialty (modality or research area)",
    category: "machine-learning",
    description:
      "Deep, hands-on knowledge of ONE specialty of your choice: a kind of complex data (images, text, graphs, audio, time series, molecules) or a research area (reinforcement learning, optimisation, interpretability, efficiency). Rate the specialty you know best; the named modality skills below are what a posting asks for when it wants a particular one.",
    levels: [
      "No experience yet: has worked only with tables.",
      "Has run a tutorial model on one kind of complex data (an image classifier, a text classifier, a GNN).",
      "Has trained and evaluated a model on real data of one modality with a reviewer, using that modality's standard architectures and augmentations.",
      "Solves real problems in one specialty unaided: picks architectures, pre-trained models, data handling or methods that fit, and explains failures through that specialty's known pitfalls.",
      "Has published or shipped work in one specialty that others build on (a paper, a model, a library), and handles that specialty's hard cases unaided: the person the team asks.",
    ],
    prerequisites: ["deep-learning"],
    hoursToLevel: [5, 30, 90, 250],
    hoursSource:
      "[official] one Stanford modality course (CS231n, CS224N or CS224W) is a 10-week course at ~10 h/week (~100 h; unit rule) ≈ 1→3 with a project; [judgement] 3→4 is a year of specialised work.",
    resources: [
      { title: "Stanford CS231n (vision)", url: "https://cs231n.github.io/" },
      { title: "Stanford CS224N (language)", url: "https://web.stanford.edu/class/cs224n/" },
      { title: "Stanford CS224W (graphs)", url: "https://web.stanford.edu/class/cs224w/" },
    ],
  },
  {
    slug: "computer-vision",
    name: "Computer vision",
    category: "machine-learning",
    description:
      "Models that understand images, video and volumetric data: classification, detection, segmentation and more.",
    levels: [
      "No experience yet: has not worked with image data.",
      "Knows how images are represented and what convolution, detection and segmentation mean.",
      "Fine-tunes a pre-trained CNN or vision Transformer for classification or detection on a new dataset with guidance.",
      "Builds vision pipelines for hard real data (e.g. large medical or 3D images) unaided, including augmentation, tiling and task-specific metrics.",
      "Advances vision methods for a domain, leads vision projects and reviews others' approaches.",
    ],
    prerequisites: ["deep-learning"],
    hoursToLevel: [5, 30, 90, 250],
    hoursSource:
      "[official] Stanford CS231n, a 10-week course (~100 h by the unit rule) ≈ 1→3 with its project; [judgement] for 3→4.",
    postingOnly: true,
    resources: [
      { title: "Stanford CS231n: Deep Learning for Computer Vision", url: "https://cs231n.github.io/" },
      { title: "OpenCV documentation", url: "https://docs.opencv.org/" },
    ],
  },
  {
    slug: "nlp-llms",
    name: "NLP and language models",
    category: "machine-learning",
    description:
      "Modelling text itself: tokenisation, embeddings, sequence models and Transformer language models, trained or adapted for tasks such as classification, extraction and generation. Building products on top of LLM APIs is the separate skill 'Building LLM applications'.",
    levels: [
      "No experience yet: has not worked with text models.",
      "Has run a tutorial that tokenises text and classifies it with a pre-trained Transformer.",
      "Has fine-tuned a pre-trained Transformer for a text task (classification, extraction) and evaluated it against a baseline, with a reviewer.",
      "Trains and adapts language models for real text tasks unaided, including non-English text (e.g. Korean tokenisation), and explains errors through the data and the model.",
      "Has published or shipped language-modelling methods others build on (architectures, pre-training or evaluation at scale).",
    ],
    prerequisites: ["deep-learning"],
    hoursToLevel: [5, 30, 90, 250],
    hoursSource:
      "[official] Stanford CS224N: two 80-minute lectures and one assignment a week for 10 weeks (~100 h) ≈ 1→3 with its project; [judgement] for 3→4.",
    postingOnly: true,
    resources: [
      { title: "Hugging Face NLP/LLM course", url: "https://huggingface.co/learn/nlp-course" },
      { title: "Stanford CS224N: NLP with Deep Learning", url: "https://web.stanford.edu/class/cs224n/" },
      { title: "Speech and Language Processing (Jurafsky & Martin)", url: "https://web.stanford.edu/~jurafsky/slp3/" },
    ],
  },
  {
    slug: "llm-applications",
    name: "Building LLM applications",
    category: "machine-learning",
    description:
      "Building products on pre-trained large language models: prompting, retrieval-augmented generation (embeddings, chunking, vector search), structured output, tool use and agents.",
    levels: [
      "No experience yet: has used a chatbot but not built on an LLM API.",
      "Has called an LLM API from code and written prompts for a toy task.",
      "Has built a retrieval-augmented or tool-using prototype (embeddings, a vector store, a prompt template) by following a guide, with a reviewer.",
      "Ships LLM features unaided: chooses between prompting, retrieval and fine-tuning, handles structured output, tool calls, cost and latency, and guards against prompt injection.",
      "Designed the LLM application architecture or framework several teams build on, and sets its practices (retrieval design, agent patterns, guardrails).",
    ],
    prerequisites: ["python"],
    hoursToLevel: [2, 12, 40, 150],
    hoursSource:
      "[official] DataTalksClub LLM Zoomcamp: 10 weeks on RAG, vector search, evaluation and guardrails (~60 h at ~6 h/week) ≈ 0→3 with its project; [guide] roadmap.sh AI Engineer covers the same ground.",
    resources: [
      { title: "DataTalksClub LLM Zoomcamp", url: "https://github.com/DataTalksClub/llm-zoomcamp" },
      { title: "roadmap.sh AI Engineer roadmap", url: "https://roadmap.sh/ai-engineer" },
      { title: "Hugging Face LLM course", url: "https://huggingface.co/learn/llm-course" },
    ],
  },
  {
    slug: "graph-ml",
    name: "Graph machine learning",
    category: "machine-learning",
    description:
      "Learning from graph-structured data such as molecules, road networks and social graphs with graph neural networks.",
    levels: [
      "No experience yet: has not worked with graph data.",
      "Knows how graphs are represented (nodes, edges, adjacency) and what a graph neural network does.",
      "Trains a GNN for node or graph classification with PyTorch Geometric or DGL, following examples.",
      "Models real graph problems unaided (e.g. traffic forecasting on road networks, molecular property prediction), choosing architectures and sampling.",
      "Develops new graph learning methods, leads graph ML work and reviews others' designs.",
    ],
    prerequisites: ["deep-learning"],
    hoursToLevel: [5, 30, 90, 250],
    hoursSource:
      "[official] Stanford CS224W, a 10-week course (~100 h by the unit rule) ≈ 1→3 with its project; [judgement] for 3→4.",
    postingOnly: true,
    resources: [
      { title: "Stanford CS224W: Machine Learning with Graphs", url: "https://web.stanford.edu/class/cs224w/" },
      { title: "PyTorch Geometric documentation", url: "https://pytorch-geometric.readthedocs.io/" },
      { title: "Graph Representation Learning (Hamilton, book)", url: "https://www.cs.mcgill.ca/~wlh/grl_book/" },
    ],
  },
  {
    slug: "transfer-learning",
    name: "Transfer learning",
    category: "machine-learning",
    description:
      "Adapting pre-trained models to new tasks and real-world data by fine-tuning, parameter-efficient methods or feature extraction.",
    levels: [
      "No experience yet: has not used a pre-trained model.",
      "Knows what pre-trained models and fine-tuning are and has loaded one from a model hub.",
      "Fine-tunes a pre-trained model on a new labelled dataset following a tutorial, and compares it to a baseline.",
      "Adapts models to messy real data unaided: chooses what to freeze, uses parameter-efficient methods (e.g. LoRA), handles domain shift and small data.",
      "Designs adaptation strategies for new domains and modalities, and teaches others when and how to adapt rather than build.",
    ],
    prerequisites: ["deep-learning", "dl-frameworks"],
    hoursToLevel: [3, 12, 35, 120],
    hoursSource:
      "[official] fast.ai Practical Deep Learning's first lessons fine-tune pre-trained models (one lesson a week, ~7 weeks for Part 1, sheet §3); [judgement] adapting a model to one real dataset ~35 h.",
    resources: [
      { title: "PyTorch: transfer learning tutorial", url: "https://pytorch.org/tutorials/beginner/transfer_learning_tutorial.html" },
      { title: "Hugging Face PEFT documentation", url: "https://huggingface.co/docs/peft" },
      { title: "fast.ai: Practical Deep Learning for Coders", url: "https://course.fast.ai/" },
    ],
  },
  {
    slug: "post-training",
    name: "Fine-tuning and post-training of large models",
    category: "machine-learning",
    description:
      "Adapting large pre-trained models after pre-training: supervised fine-tuning, parameter-efficient methods (LoRA), preference optimisation and reinforcement learning from feedback, and distillation.",
    levels: [
      "No experience yet: has not fine-tuned a large model.",
      "Has run a LoRA or supervised fine-tuning notebook on a small open model.",
      "Has fine-tuned an open model on a custom dataset with a reviewer, and compared it against the base model on a held-out evaluation.",
      "Runs post-training unaided: builds the training data, chooses among full fine-tuning, LoRA, preference optimisation or distillation, and shows the gain on evaluations without regressions elsewhere.",
      "Designed a post-training recipe or pipeline others reuse (data mixtures, reward models, RL from feedback at scale), published or shipped in a production model.",
    ],
    prerequisites: ["transfer-learning"],
    hoursToLevel: [3, 15, 50, 200],
    hoursSource:
      "[official] Hugging Face TRL/PEFT tutorials (~15 h); [analysis] 18% of MLE postings mention fine-tuning (skillenai 2026-05-03, sheet §2.4); [judgement] one fine-tuned model with a proper evaluation ~50 h.",
    resources: [
      { title: "Hugging Face TRL documentation", url: "https://huggingface.co/docs/trl/" },
      { title: "Hugging Face PEFT documentation", url: "https://huggingface.co/docs/peft/" },
    ],
  },
  {
    slug: "responsible-ai",
    name: "Responsible AI",
    category: "machine-learning",
    description:
      "Making models fair, private, explainable and safe enough to use: bias measurement across groups, explanation methods, privacy techniques, red-teaming and the documentation regulators and users ask for.",
    levels: [
      "No experience yet: has not assessed a model for fairness, privacy or explainability.",
      "Has read a model card or an AI-risk guideline and can name the groups a model could treat unfairly.",
      "Has measured a model's performance by group or produced SHAP-style explanations for it, with a reviewer, and written the result into a model card.",
      "Assesses models unaided before release: chooses fairness and robustness checks, explanation methods and privacy measures that fit the use, and documents the risks and mitigations.",
      "Wrote the responsible-AI review process or tooling an organisation uses, and is consulted on high-risk uses and regulation (e.g. the EU AI Act, Korea's AI Basic Act in force since January 2026).",
    ],
    prerequisites: ["model-evaluation"],
    hoursToLevel: [2, 12, 35, 120],
    hoursSource:
      "[official] NIST AI RMF playbook and Molnar's Interpretable ML core chapters (~12 h); [judgement] a group-wise evaluation and model card for one real model ~35 h.",
    resources: [
      { title: "Fairness and Machine Learning (Barocas, Hardt, Narayanan, free book)", url: "https://fairmlbook.org/" },
      { title: "Interpretable Machine Learning (Christoph Molnar, free book)", url: "https://christophm.github.io/interpretable-ml-book/" },
      { title: "NIST AI Risk Management Framework", url: "https://www.nist.gov/itl/ai-risk-management-framework" },
    ],
  },
  {
    slug: "ml-theory",
    name: "Machine learning theory",
    category: "machine-learning",
    description:
      "Why learning works: generalisation, optimisation, probabilistic modelling and the theory behind modern methods.",
    levels: [
      "No experience yet: knows ML only from practice.",
      "Knows bias-variance, overfitting and the idea of a loss landscape.",
      "Follows derivations of classic results (e.g. maximum likelihood, regularisation, SGD convergence) with a textbook at hand.",
      "Checks the theoretical sections of papers unaided: has re-derived a paper's main result and written down a prediction from theory that an experiment then confirmed or refuted.",
      "Proves new results or builds new formal models of learning and teaches ML theory.",
    ],
    prerequisites: ["mathematics", "statistics", "classical-ml"],
    hoursToLevel: [10, 40, 100, 300],
    hoursSource:
      "[official] a graduate ML theory course is a 10-week course (~100–120 h, unit rule); [judgement] 3→4 is research-level work.",
    resources: [
      { title: "Understanding Machine Learning: From Theory to Algorithms", url: "https://www.cs.huji.ac.il/~shais/UnderstandingMachineLearning/" },
      { title: "Probabilistic Machine Learning (Kevin Murphy)", url: "https://probml.github.io/pml-book/" },
      { title: "Deep Learning (Goodfellow, Bengio, Courville)", url: "https://www.deeplearningbook.org/" },
    ],
  },

  // Research
  {
    slug: "paper-reading",
    name: "Reading research papers",
    category: "research",
    description:
      "Finding, reading and critically judging research papers to learn the state of the art and where it can be improved.",
    levels: [
      "No experience yet: has not read an ML research paper.",
      "Reads a paper's abstract, figures and conclusion to get the gist.",
      "Reads a paper in full in a few passes and can explain its method and results, with help on the harder parts.",
      "Surveys a subfield unaided: tracks new work, has written a survey or reading notes of a subfield that a colleague used, and points out weak baselines or unsupported conclusions in review.",
      "Reviews for top venues (NeurIPS, ICML, ICLR, ACL, CVPR) and has written the literature review others in the field cite.",
    ],
    prerequisites: ["classical-ml"],
    hoursToLevel: [3, 15, 50, 200],
    hoursSource:
      "[judgement] reading ~20 papers with notes (~15 h) gets to 2; a literature review of a subfield (~50 h) to 3; sheet §2.8 places top-venue reviewing with PhD-level researchers.",
    resources: [
      { title: "arXiv: machine learning (cs.LG)", url: "https://arxiv.org/list/cs.LG/recent" },
      { title: "Semantic Scholar", url: "https://www.semanticscholar.org/" },
      { title: "Distill (explanatory ML articles)", url: "https://distill.pub/" },
    ],
  },
  {
    slug: "research-methods",
    name: "Research methods",
    category: "research",
    description:
      "Forming hypotheses and designing, running and analysing experiments that can actually confirm or refute them.",
    levels: [
      "No experience yet: has not run a research experiment.",
      "Knows what a hypothesis, baseline and ablation are.",
      "Runs experiments someone else designed, tracks them and reports results honestly with error bars.",
      "Forms hypotheses and designs experiments and ablations unaided, controls confounders and seeds, and draws conclusions the data supports.",
      "Has designed and run research projects of their own whose ablations and controls held up in peer review, and is the person colleagues ask to check an experimental design.",
    ],
    prerequisites: ["statistics", "paper-reading"],
    hoursToLevel: [5, 20, 60, 200],
    hoursSource:
      "[judgement] one research project with ablations and controls (~90 h) gets to 3; posting evidence for 4 is first-author papers (sheet §2.8: PhD plus NeurIPS/ICML/ICLR/CVPR papers).",
    resources: [
      { title: "Deep Learning Tuning Playbook (Google Research)", url: "https://github.com/google-research/tuning_playbook" },
      { title: "A Recipe for Training Neural Networks (Karpathy)", url: "https://karpathy.github.io/2019/04/25/recipe/" },
    ],
  },
  {
    slug: "scientific-writing",
    name: "Scientific writing",
    category: "research",
    description:
      "Writing clear papers, reports and talks that state a contribution, support it with evidence and place it in the literature.",
    levels: [
      "No experience yet: has not written a research report or paper.",
      "Writes an informal technical summary of a project.",
      "Drafts sections of a paper or tech report (method, experiments) that co-authors then revise.",
      "Writes a complete paper unaided (framing, related work, figures, limitations) and responds to reviewers.",
      "Has a record of first-author papers at top venues, reviews and edits others' papers and teaches writing.",
    ],
    prerequisites: ["research-methods"],
    hoursToLevel: [3, 15, 60, 250],
    hoursSource:
      "[judgement] one technical report (~15 h) and one workshop paper (~60 h); level 4 is a first-author record at top venues (sheet §2.8).",
    resources: [
      { title: "How to Write a Great Research Paper (Simon Peyton Jones)", url: "https://www.microsoft.com/en-us/research/academic-program/write-great-research-paper/" },
      { title: "Google technical writing courses", url: "https://developers.google.com/tech-writing" },
      { title: "Overleaf: learn LaTeX", url: "https://www.overleaf.com/learn" },
    ],
  },
  {
    slug: "paper-implementation",
    name: "Implementing papers and research ideas",
    category: "research",
    description:
      "Turning a method described in a paper, or a new idea, into working code that reproduces or tests the claimed results.",
    levels: [
      "No experience yet: has not implemented a method from a paper.",
      "Runs a paper's official code and reproduces one of its numbers.",
      "Re-implements a well-documented paper (e.g. a small Transformer) from the text, with reference code to check against.",
      "Implements new or under-specified methods unaided, matches reported results and builds the experiment infrastructure around them.",
      "Has re-implemented hard papers (missing details, large scale) to the reported numbers, and their implementations are what colleagues build their experiments on.",
    ],
    prerequisites: ["paper-reading", "dl-frameworks"],
    hoursToLevel: [5, 20, 60, 150],
    hoursSource:
      "[judgement] reproducing one well-known paper takes ~25–80 h depending on size (e.g. nanoGPT or the Annotated Transformer).",
    resources: [
      { title: "The Annotated Transformer", url: "https://nlp.seas.harvard.edu/annotated-transformer/" },
      { title: "Neural Networks: Zero to Hero (Karpathy)", url: "https://karpathy.ai/zero-to-hero.html" },
      { title: "nanoGPT", url: "https://github.com/karpathy/nanoGPT" },
    ],
  },
  {
    slug: "domain-expertise",
    name: "Domain expertise",
    category: "research",
    description:
      "Knowing the application field (e.g. healthcare, biology, transport, finance) well enough to frame problems and judge results.",
    levels: [
      "No experience yet: has not worked in or studied an application domain.",
      "Knows the basic vocabulary and main problems of one domain.",
      "Has worked on a domain problem with experts and written down their data, constraints and what a useful result looks like to them, with their review.",
      "Frames domain problems as ML tasks unaided, judges whether results are meaningful to practitioners and spots domain-specific pitfalls.",
      "Has published or shipped domain work that domain experts use (a clinical tool, a paper in the domain's venues), and is the person both sides ask to translate between them.",
    ],
    prerequisites: [],
    hoursToLevel: [10, 50, 150, 400],
    hoursSource:
      "[judgement] a domain course such as AI for Medicine (3 courses) for 1→2; working with experts on one project for 2→3.",
    resources: [
      { title: "Rules of Machine Learning (Google)", url: "https://developers.google.com/machine-learning/guides/rules-of-ml" },
      { title: "AI for Medicine specialization (DeepLearning.AI)", url: "https://www.coursera.org/specializations/ai-for-medicine" },
    ],
  },

  // Production and infrastructure
  {
    slug: "system-design",
    name: "System design",
    category: "production-infrastructure",
    description:
      "Designing production systems and ML systems as a whole: components, data flow, scaling, consistency and failure modes.",
    levels: [
      "No experience yet: has not designed a multi-component system.",
      "Knows what load balancers, caches, queues and databases are for.",
      "Sketches a reasonable design for a common system (e.g. a feature store or recommendation service) and discusses trade-offs with guidance.",
      "Designs production and ML systems unaided, with capacity estimates, failure handling and clear trade-offs, and writes the design doc.",
      "Owns the architecture of large systems spanning many teams, reviews designs and mentors others in system design.",
    ],
    prerequisites: ["software-design", "api-development"],
    hoursToLevel: [5, 20, 50, 200],
    hoursSource:
      "[judgement] a system-design primer and Designing Data-Intensive Applications (~25 h of reading); ~70 h of designing and reviewing real services for 3; GitLab puts this at senior.",
    resources: [
      { title: "The System Design Primer", url: "https://github.com/donnemartin/system-design-primer" },
      { title: "Designing Data-Intensive Applications", url: "https://dataintensive.net/" },
      { title: "Stanford CS329S: Machine Learning Systems Design", url: "https://stanford-cs329s.github.io/" },
    ],
  },
  {
    slug: "model-serving",
    name: "Model serving",
    category: "production-infrastructure",
    description:
      "Putting trained models behind scalable, low-latency endpoints or batch jobs that real applications call.",
    levels: [
      "No experience yet: models so far only run in notebooks.",
      "Knows the difference between batch and online inference and has loaded a saved model in a script.",
      "Wraps a model in an HTTP endpoint with input validation and a container image, following a template.",
      "Serves models in production unaided: versioned endpoints, batching, autoscaling, latency budgets and safe rollouts (canary, shadow).",
      "Designs serving platforms for many models and teams, optimises inference cost at scale and mentors others.",
    ],
    prerequisites: ["api-development"],
    hoursToLevel: [3, 12, 35, 120],
    hoursSource:
      "[official] MLOps Zoomcamp's deployment module (about one week, sheet §3) ≈ 1→2; [judgement] one model behind a monitored, load-tested endpoint ~35 h.",
    resources: [
      { title: "Made With ML (Goku Mohandas)", url: "https://madewithml.com/" },
      { title: "BentoML documentation", url: "https://docs.bentoml.com/" },
      { title: "FastAPI: deployment", url: "https://fastapi.tiangolo.com/deployment/" },
    ],
  },
  {
    slug: "llm-inference",
    name: "Large-model inference serving and optimisation",
    category: "production-infrastructure",
    description:
      "Serving large models fast and cheaply: inference engines (vLLM, TensorRT-LLM), batching, KV-cache management, quantisation, speculative decoding and GPU capacity planning.",
    levels: [
      "No experience yet: has not served a large model.",
      "Has started an open model behind an inference server (vLLM, TGI, Ollama) from its quick-start.",
      "Has deployed a large model with an inference engine, tried quantisation or batching settings and measured latency and throughput, with a reviewer.",
      "Runs large-model inference in production unaided: sizes GPUs, tunes batching, KV cache and quantisation against latency and cost targets, and finds bottlenecks with a profiler.",
      "Built the inference stack or optimisations (kernels, schedulers, speculative decoding) others run on, with published or shipped gains.",
    ],
    prerequisites: ["model-serving", "performance-optimization"],
    hoursToLevel: [2, 12, 40, 180],
    hoursSource:
      "[official] vLLM and TensorRT-LLM quick-starts (an evening each); NVIDIA's CUDA Python tutorials are ~8 h (sheet §3); [judgement] tuning batching, KV cache and quantisation for one production model ~40 h.",
    resources: [
      { title: "vLLM documentation", url: "https://docs.vllm.ai/" },
      { title: "NVIDIA TensorRT-LLM documentation", url: "https://nvidia.github.io/TensorRT-LLM/" },
      { title: "Efficient Memory Management for LLM Serving with PagedAttention (paper)", url: "https://arxiv.org/abs/2309.06180" },
    ],
  },
  {
    slug: "mlops",
    name: "MLOps and training pipelines",
    category: "production-infrastructure",
    description:
      "Automating the ML lifecycle: reproducible training pipelines, experiment tracking, model registries and continuous delivery of models.",
    levels: [
      "No experience yet: trains models by hand.",
      "Knows why experiment tracking, model versioning and retraining pipelines exist.",
      "Tracks experiments and registers models (e.g. MLflow) and runs an existing training pipeline, with guidance.",
      "Builds reproducible, automated training-to-deployment pipelines with data and model validation gates unaided.",
      "Designs the ML platform and lifecycle practices for an organisation and mentors teams adopting them.",
    ],
    prerequisites: ["testing-ci", "model-serving"],
    hoursToLevel: [3, 15, 40, 120],
    hoursSource:
      "[official] DataTalksClub MLOps Zoomcamp: 7 modules plus a project, reported as a 3-month course (~60–80 h, sheet §3) ≈ 0→3 with its project; [judgement] 3→4 owning a team's training and release pipeline.",
    resources: [
      { title: "Made With ML (MLOps course)", url: "https://madewithml.com/" },
      { title: "Full Stack Deep Learning", url: "https://fullstackdeeplearning.com/" },
      { title: "MLflow documentation", url: "https://mlflow.org/docs/latest/" },
    ],
  },
  {
    slug: "containers-orchestration",
    name: "Containers and orchestration",
    category: "production-infrastructure",
    description:
      "Packaging software in containers (Docker) and running it on clusters with orchestrators such as Kubernetes.",
    levels: [
      "No experience yet: has not built or run a container.",
      "Runs an existing Docker image and knows what images and containers are.",
      "Writes Dockerfiles and docker-compose setups and deploys to an existing Kubernetes cluster with provided manifests.",
      "Writes Kubernetes manifests or Helm charts, configures resources, GPUs, autoscaling and networking, and debugs failing pods unaided.",
      "Operates multi-tenant GPU clusters unaided (Kubernetes or Slurm/Ray: scheduling, quotas, preemption, fault tolerance, GPU and network plugins) and is the person the team asks when jobs will not place or run.",
    ],
    prerequisites: ["linux-shell"],
    hoursToLevel: [3, 15, 40, 120],
    hoursSource:
      "[official] Docker's getting-started guide (an afternoon) and the Kubernetes basics tutorial (~15 h); [judgement] ~40 h to run and debug workloads on a cluster unaided.",
    resources: [
      { title: "Docker: get started", url: "https://docs.docker.com/get-started/" },
      { title: "Kubernetes tutorials", url: "https://kubernetes.io/docs/tutorials/" },
    ],
  },
  {
    slug: "cloud-platforms",
    name: "Cloud platforms",
    category: "production-infrastructure",
    description:
      "Using AWS, Google Cloud or Azure for compute, storage, networking and managed data and ML services.",
    levels: [
      "No experience yet: has not used a cloud provider.",
      "Starts a virtual machine and uploads files to object storage from the console.",
      "Uses the CLI or SDK to run jobs on cloud compute and storage with IAM set up by others.",
      "Provisions environments with infrastructure as code (e.g. Terraform), sets IAM, networking and cost controls unaided.",
      "Designs multi-account, secure, cost-efficient cloud architectures for an organisation and mentors others.",
    ],
    prerequisites: ["linux-shell"],
    hoursToLevel: [3, 15, 40, 150],
    hoursSource:
      "[official] one associate-level cloud certification's study guide; [judgement] ~40 h of provisioning real workloads with IaC for 3.",
    resources: [
      { title: "AWS documentation", url: "https://docs.aws.amazon.com/" },
      { title: "Google Cloud documentation", url: "https://cloud.google.com/docs" },
      { title: "Microsoft Azure documentation", url: "https://learn.microsoft.com/en-us/azure/" },
    ],
  },
  {
    slug: "distributed-systems",
    name: "Distributed systems",
    category: "production-infrastructure",
    description:
      "Building systems that run across many machines and stay correct despite network delays, partial failures and concurrency.",
    levels: [
      "No experience yet: all software so far runs on one machine.",
      "Knows what replication, partitioning and the CAP trade-off are.",
      "Works on an existing distributed service, understanding its consistency model and failure modes with guidance.",
      "Designs and debugs distributed components unaided (RPC, consensus-based coordination, sharding, backpressure, idempotency).",
      "Designs large-scale distributed infrastructure, reasons rigorously about correctness and mentors others.",
    ],
    prerequisites: ["data-structures-algorithms"],
    hoursToLevel: [10, 30, 80, 250],
    hoursSource:
      "[official] MIT 6.5840 Distributed Systems: a one-semester course with labs (~120 h); [judgement] 3→4 operating a large system.",
    resources: [
      { title: "MIT 6.5840 (6.824) Distributed Systems", url: "https://pdos.csail.mit.edu/6.824/" },
      { title: "Designing Data-Intensive Applications", url: "https://dataintensive.net/" },
      { title: "Distributed Systems (van Steen & Tanenbaum, free book)", url: "https://www.distributed-systems.net/" },
    ],
  },
  {
    slug: "distributed-training",
    name: "Distributed training",
    category: "production-infrastructure",
    description:
      "Training models across many GPUs and machines with data, tensor and pipeline parallelism and sharded optimisers.",
    levels: [
      "No experience yet: has trained only on a single device.",
      "Knows what data parallelism is and why large models need more than one GPU.",
      "Runs multi-GPU data-parallel training (e.g. PyTorch DDP or Accelerate) from an existing setup.",
      "Sets up and debugs multi-node training with sharding (FSDP/ZeRO), mixed precision and checkpointing unaided, and measures scaling efficiency.",
      "Designs large-scale training systems (tensor/pipeline parallelism, fault tolerance, cluster scheduling) and mentors others.",
    ],
    prerequisites: ["dl-frameworks"],
    hoursToLevel: [3, 15, 50, 180],
    hoursSource:
      "[official] PyTorch DDP/FSDP tutorials (~15 h); [judgement] one multi-node training job made fast and fault-tolerant ~50 h; postings list data/tensor/pipeline parallelism (sheet §2.5).",
    resources: [
      { title: "PyTorch distributed overview", url: "https://pytorch.org/tutorials/beginner/dist_overview.html" },
      { title: "DeepSpeed", url: "https://www.deepspeed.ai/" },
      { title: "Hugging Face Accelerate documentation", url: "https://huggingface.co/docs/accelerate" },
    ],
  },
  {
    slug: "monitoring-reliability",
    name: "Monitoring and reliability",
    category: "production-infrastructure",
    description:
      "Keeping systems and models healthy in production with metrics, logs, alerts, SLOs and incident response, including data and model drift.",
    levels: [
      "No experience yet: has not operated a production system.",
      "Reads dashboards and logs and knows what an alert and an SLO are.",
      "Adds metrics, logging and alerts to a service and joins an on-call rotation with support.",
      "Defines SLOs, builds dashboards and alerts (including drift and data-quality signals for models), leads incidents and writes post-mortems unaided.",
      "Sets reliability strategy and practice for an organisation's platforms and mentors others in SRE.",
    ],
    prerequisites: ["linux-shell"],
    hoursToLevel: [3, 12, 35, 120],
    hoursSource:
      "[official] Google SRE book core chapters (~12 h); [judgement] running on-call for one service with SLOs and alerts ~35 h.",
    resources: [
      { title: "Google SRE books", url: "https://sre.google/books/" },
      { title: "Prometheus documentation", url: "https://prometheus.io/docs/introduction/overview/" },
      { title: "OpenTelemetry documentation", url: "https://opentelemetry.io/docs/" },
    ],
  },

  // Hardware and performance
  {
    slug: "cpp-systems",
    name: "C++ and systems programming",
    category: "hardware-performance",
    description:
      "Writing fast, memory-safe low-level code in C++ (or C), close to the operating system and hardware.",
    levels: [
      "No experience yet: has not written C or C++.",
      "Reads simple C++ and knows what pointers, references and manual memory management are.",
      "Writes small C++ programs and Python extensions with CMake, fixing memory bugs with help.",
      "Writes modern C++ (RAII, templates, move semantics, concurrency) unaided and debugs with sanitizers, gdb and profilers.",
      "Designs performance-critical C++ libraries, knows the ABI and toolchain deeply and reviews and mentors others.",
    ],
    prerequisites: ["data-structures-algorithms"],
    hoursToLevel: [10, 40, 100, 300],
    hoursSource:
      "[judgement] modern C++ from a working programmer's start is a semester course (~100–120 h) to work independently; postings ask for 2+ years (sheet §2.6).",
    resources: [
      { title: "LearnCpp.com", url: "https://www.learncpp.com/" },
      { title: "cppreference", url: "https://en.cppreference.com/" },
      { title: "C++ Core Guidelines", url: "https://isocpp.github.io/CppCoreGuidelines/CppCoreGuidelines" },
    ],
  },
  {
    slug: "performance-optimization",
    name: "Performance optimisation",
    category: "hardware-performance",
    description:
      "Measuring where time and memory go and making code faster, from algorithms and vectorisation to memory layout and kernels.",
    levels: [
      "No experience yet: has not profiled code.",
      "Times code and knows that vectorised libraries beat Python loops.",
      "Profiles a program (e.g. py-spy, perf, the PyTorch profiler) and fixes the obvious hotspot with guidance.",
      "Finds and removes bottlenecks unaided using roofline reasoning, cache-aware layouts, SIMD, batching and overlap of compute and I/O.",
      "Leads performance work on critical systems, builds benchmarking infrastructure and teaches performance engineering.",
    ],
    prerequisites: ["data-structures-algorithms", "computer-architecture"],
    hoursToLevel: [5, 20, 60, 200],
    hoursSource:
      "[official] NVIDIA's CUDA Python tutorials (~8 h) and profiler guides; [judgement] one real workload profiled and sped up ~60 h.",
    resources: [
      { title: "Algorithms for Modern Hardware (Algorithmica)", url: "https://en.algorithmica.org/hpc/" },
      { title: "Making Deep Learning Go Brrrr From First Principles", url: "https://horace.io/brrr_intro.html" },
      { title: "Brendan Gregg: Linux performance", url: "https://www.brendangregg.com/linuxperf.html" },
    ],
  },
  {
    slug: "gpu-programming",
    name: "GPU programming (CUDA)",
    category: "hardware-performance",
    description:
      "Writing and tuning GPU kernels with CUDA or Triton so ML operations use the hardware efficiently.",
    levels: [
      "No experience yet: has not written code that runs on a GPU directly.",
      "Knows threads, blocks, warps and the GPU memory hierarchy at a high level.",
      "Writes simple CUDA or Triton kernels (e.g. element-wise ops, reductions) from examples and checks them against a reference.",
      "Writes and tunes kernels unaided (tiling, shared memory, coalescing, occupancy, tensor cores) and profiles them with Nsight.",
      "Writes kernels that reach near-peak throughput on real hardware (tensor cores, shared-memory tiling, warp-level primitives) and is the person the team asks when a kernel is slow.",
    ],
    prerequisites: ["cpp-systems", "computer-architecture"],
    hoursToLevel: [5, 25, 70, 250],
    hoursSource:
      "[official] NVIDIA CUDA Python tutorial 8 h and cuda.core 2 h (sheet §3); the JHU GPU specialization is 4 courses; [judgement] hours for 2→4.",
    resources: [
      { title: "CUDA C++ Programming Guide (NVIDIA)", url: "https://docs.nvidia.com/cuda/cuda-c-programming-guide/" },
      { title: "NVIDIA CUDA Toolkit", url: "https://developer.nvidia.com/cuda-toolkit" },
      { title: "Triton tutorials", url: "https://triton-lang.org/main/getting-started/tutorials/index.html" },
    ],
  },
  {
    slug: "computer-architecture",
    name: "Computer architecture and accelerators",
    category: "hardware-performance",
    description:
      "How processors, memory hierarchies and ML accelerators (GPUs, TPUs, NPUs) work and what limits their performance.",
    levels: [
      "No experience yet: has not studied how processors work.",
      "Knows what a CPU, GPU, cache and memory bandwidth are.",
      "Explains pipelines, caches, SIMD and the compute/memory balance of common ML operations, with references.",
      "Analyses ML workloads on specific hardware unaided (roofline, dataflow, memory traffic) and evaluates accelerator design trade-offs.",
      "Designs accelerator or system architectures, models their performance and mentors others in architecture.",
    ],
    prerequisites: [],
    hoursToLevel: [10, 30, 80, 250],
    hoursSource:
      "[official] one university computer-architecture course is ~100–120 h (unit rule); [judgement] 3→4 accelerator design work.",
    resources: [
      { title: "Nand2Tetris", url: "https://www.nand2tetris.org/" },
      { title: "Computer Systems: A Programmer's Perspective", url: "https://csapp.cs.cmu.edu/" },
      { title: "Tutorial on hardware architectures for deep neural networks (MIT Eyeriss)", url: "https://eyeriss.mit.edu/tutorial.html" },
    ],
  },
  {
    slug: "ml-compilers",
    name: "ML compilers",
    category: "hardware-performance",
    description:
      "Compiler stacks (e.g. XLA, TVM, MLIR, torch.compile) that turn model graphs into efficient code for specific hardware.",
    levels: [
      "No experience yet: has not looked inside an ML compiler.",
      "Knows what graph capture, operator fusion and intermediate representations are.",
      "Uses torch.compile, XLA or TVM to speed up a model and reads the generated IR with guidance.",
      "Writes compiler passes, lowering rules or backend support in MLIR, TVM or XLA unaided and debugs miscompilations.",
      "Designs compiler architecture for new accelerators, contributes upstream and mentors others.",
    ],
    prerequisites: ["cpp-systems", "computer-architecture"],
    hoursToLevel: [5, 30, 90, 300],
    hoursSource:
      "[judgement] MLIR/TVM/Triton tutorials (~30 h) then contributing passes; postings ask for 2+ years in compiler optimisation (sheet §2.6).",
    resources: [
      { title: "MLIR", url: "https://mlir.llvm.org/" },
      { title: "Apache TVM documentation", url: "https://tvm.apache.org/docs/" },
      { title: "OpenXLA", url: "https://openxla.org/" },
    ],
  },

  // Business and collaboration
  {
    slug: "stakeholder-communication",
    name: "Stakeholder communication",
    category: "business-collaboration",
    description:
      "Understanding what stakeholders need and presenting technical results so non-technical colleagues and leaders can act on them.",
    levels: [
      "No experience yet: has not presented technical work to non-technical people.",
      "Writes a short status update for the team.",
      "Presents findings to a business audience with a prepared narrative and clear charts, with feedback from a senior colleague.",
      "Gathers requirements from stakeholders, translates them into technical plans and presents results and uncertainty to leadership unaided.",
      "Shapes decisions at senior levels, handles conflicting stakeholders and coaches others in communication.",
    ],
    prerequisites: [],
    hoursToLevel: [3, 12, 40, 150],
    hoursSource:
      "[judgement] presenting findings to non-technical audiences is learnt by doing; ~40 h of prepared presentations and written summaries for 3.",
    resources: [
      { title: "Storytelling with Data", url: "https://www.storytellingwithdata.com/" },
      { title: "Google technical writing courses", url: "https://developers.google.com/tech-writing" },
    ],
  },
  {
    slug: "business-acumen",
    name: "Business acumen",
    category: "business-collaboration",
    description:
      "Understanding how the business makes money and which metrics matter, so technical work targets real value.",
    levels: [
      "No experience yet: has not worked with business metrics.",
      "Knows the company's product and main metrics such as revenue, churn and conversion.",
      "Connects an analysis or model to a business metric and estimates its impact, with guidance.",
      "Frames business problems as data or ML problems unaided, prioritises by expected value and defines success metrics with the business.",
      "Influences product and business strategy with data and teaches others to think in terms of impact.",
    ],
    prerequisites: [],
    hoursToLevel: [3, 12, 40, 150],
    hoursSource:
      "[judgement] learning one business's metrics and levers; no course length measures it.",
    resources: [
      { title: "Business Metrics for Data-Driven Companies (Duke, Coursera)", url: "https://www.coursera.org/learn/analytics-business-metrics" },
      { title: "Rules of Machine Learning (Google)", url: "https://developers.google.com/machine-learning/guides/rules-of-ml" },
    ],
  },
  {
    slug: "cross-functional-collaboration",
    name: "Cross-functional collaboration",
    category: "business-collaboration",
    description:
      "Working effectively with people from other disciplines, such as domain experts, product, engineering and research.",
    levels: [
      "No experience yet: has worked only within one discipline.",
      "Has worked beside another discipline on a task and written down their terms and constraints for their own team.",
      "Works on a joint project with another discipline, agreeing interfaces and hand-offs with help.",
      "Runs cross-disciplinary projects unaided: has written a joint spec or plan that the partner discipline signed off, and resolved its misunderstandings before they shipped.",
      "Builds lasting partnerships across organisations or fields and coaches others to collaborate across boundaries.",
    ],
    prerequisites: ["stakeholder-communication"],
    hoursToLevel: [3, 12, 40, 150],
    hoursSource:
      "[judgement] one joint project with another discipline for 2→3.",
    resources: [
      { title: "Atlassian Team Playbook", url: "https://www.atlassian.com/team-playbook" },
      { title: "People + AI Guidebook (Google PAIR)", url: "https://pair.withgoogle.com/guidebook/" },
    ],
  },
  {
    slug: "technical-leadership",
    name: "Technical leadership",
    category: "business-collaboration",
    description:
      "Setting technical direction, making and explaining decisions, and growing the people around you.",
    levels: [
      "No experience yet: has not led technical work.",
      "Helps a newer colleague and gives constructive code review.",
      "Leads a small project or feature end to end, with a manager or senior engineer backing the decisions.",
      "Sets the technical direction of a team's area, writes and drives design decisions and mentors several people unaided.",
      "Sets direction across teams or an organisation, grows other leaders and is trusted with the hardest technical calls.",
    ],
    prerequisites: ["cross-functional-collaboration"],
    hoursToLevel: [5, 30, 120, 400],
    hoursSource:
      "[judgement] GitLab and Dropbox ladders place leading projects and others at senior/IC3+, beyond the mid-level hire these roles describe.",
    postingOnly: true,
    resources: [
      { title: "StaffEng", url: "https://staffeng.com/" },
      { title: "Google engineering practices", url: "https://google.github.io/eng-practices/" },
    ],
  },
];
