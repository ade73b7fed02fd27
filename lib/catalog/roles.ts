import type { Role } from "./types";

/*
 * Every role is traced to the source article (a Korean translation of "ML Engineering is Not
 * What You Think — ML Jobs Explained", Towards AI, 2024) and to 2025–2026 postings
 * (docs/catalog.md). A profile describes a MID-LEVEL HIRE on the one scale of types.ts: level 3
 * is working independently; level 4 only for the one or two skills that define the role.
 * Weight 3 = core (an interview checks it), 2 = important, 1 = nice to have; the roadmap orders
 * gaps by it. Every prerequisite of a listed skill is listed too, at the level the engine asks
 * (prerequisiteLevel), so a role's own profile has an empty roadmap to that role.
 *
 * The article also warns that titles are largely bureaucracy and that postings are the best
 * guide to what a job needs, so these profiles are a typical starting point, not a definition.
 */
export const ROLES: readonly Role[] = [
  {
    slug: "data-engineer",
    name: "Data engineer",
    summary:
      "Builds and runs the systems that get data from where it is produced to where it is used. Finds sources, writes ingestion and transformation pipelines, designs the databases and warehouses the data lands in, and makes sure what arrives is clean enough to trust.",
    differsFrom:
      "Unlike a data scientist, a data engineer's output is the data flow itself rather than business insight from it: the article ends this section by saying the job is to build collection pipelines and manage the organisation's data flow. It needs the least ML of the roles here; models are something downstream colleagues build on the data it prepares.",
    source:
      "Article, section '데이터 엔지니어' (Data engineer): calls data engineering the foundation of every ML pipeline; describes finding data sources, building and maintaining the infrastructure that moves data from source to destination, automating collection in Python over messy XML, extracting and transforming it, warehousing data that grew from megabytes to terabytes, designing and maintaining a PostgreSQL database so every record is easy to access and filter, and a cleaning pipeline for missing values and errors.",
    skills: [
      { skill: "data-ingestion-etl", level: 3, weight: 3, rationale: "Building and running the pipelines from source to destination is the job; incremental, idempotent pipelines with backfills in production are what a mid-level data engineer shows." },
      { skill: "sql", level: 4, weight: 3, rationale: "Every stage reads and writes relational data at terabyte scale; tuning queries, partitions and indexes is what sets a data engineer apart from the analysts downstream." },
      { skill: "python", level: 3, weight: 3, rationale: "Collection and transformation are automated in Python code." },
      { skill: "database-design", level: 3, weight: 3, rationale: "The article stresses designing and maintaining a database where every data point is easy to access and filter." },
      { skill: "workflow-orchestration", level: 3, weight: 2, rationale: "Pipelines run on schedules with dependencies and backfills; Airflow (or Dagster) appears in most data-engineering postings." },
      { skill: "data-warehousing", level: 3, weight: 3, rationale: "Dimensional modelling in a warehouse is its own interview round for data engineers." },
      { skill: "big-data-processing", level: 3, weight: 2, rationale: "Spark is one of the tools that define data-engineering postings in 2026; data that grew from megabytes to terabytes needs it." },
      { skill: "data-cleaning", level: 3, weight: 2, rationale: "The article's pipeline cleans missing values and errors so analysts and models can use the data." },
      { skill: "data-quality", level: 3, weight: 2, rationale: "Checks in the pipeline stop bad records reaching the people and models downstream." },
      { skill: "data-parsing", level: 3, weight: 2, rationale: "Sources return messy XML and JSON that must be parsed into usable records." },
      { skill: "cloud-platforms", level: 3, weight: 2, rationale: "SQL, Python and one cloud are the baseline of data-engineering postings (AWS 46%, Azure 35%, GCP 29% in early 2026)." },
      { skill: "data-governance", level: 2, weight: 2, rationale: "Lineage, masking and personal-data rules are part of the data-engineering roadmap and of working with user data under GDPR or Korea's PIPA." },
      { skill: "streaming-data", level: 2, weight: 1, rationale: "Some sources arrive continuously and are better handled as streams." },
      { skill: "linux-shell", level: 3, weight: 1, rationale: "Pipelines and databases run on Linux servers the data engineer sets up, backs up and recovers (O*NET 15-1243 tasks)." },
      { skill: "version-control", level: 2, weight: 1, rationale: "Pipeline code is shared and reviewed like any other code." },
      { skill: "testing-ci", level: 2, weight: 1, rationale: "Tests on transformations stop silent data corruption reaching consumers." },
      { skill: "monitoring-reliability", level: 2, weight: 1, rationale: "Pipelines have freshness targets and alerts, and someone is on call when a load fails." },
      { skill: "system-design", level: 2, weight: 1, rationale: "Designing data architecture for scalability and reliability is an O*NET task of database architects, the occupation data engineers sit under." },
      { skill: "api-development", level: 1, weight: 1, rationale: "Many sources are web APIs; knowing how they are built helps pull from them reliably." },
      { skill: "classical-ml", level: 1, weight: 1, rationale: "Awareness of how models consume data helps prepare it in the right shape; building models is someone else's job." },
      { skill: "software-design", level: 2, weight: 1, rationale: "Pipeline code is long-lived software other engineers change." },
      { skill: "data-structures-algorithms", level: 2, weight: 1, rationale: "Hiring includes coding interviews, and joins and partitioning are algorithmic choices." },
      { skill: "distributed-systems", level: 2, weight: 1, rationale: "Spark, Kafka and warehouses are distributed systems; partitions, replication and failures are daily concerns." },
      { skill: "containers-orchestration", level: 2, weight: 1, rationale: "Pipelines and their tools increasingly run in containers." },
    ],
    milestones: {
      foundations:
        "Design a normalised PostgreSQL schema for a public dataset (e.g. city bike trips), load it with a Python script and answer ten analytical questions in SQL, including window functions.",
      core:
        "Build an incremental, idempotent pipeline that pulls a messy XML or JSON API daily, validates and cleans records, loads a star schema in a warehouse and runs under Airflow or Dagster with data tests in CI.",
      specialisation:
        "Scale the pipeline to hundreds of gigabytes with Spark or a streaming source in Kafka, add data-quality monitoring with alerts and document backfill and schema-change procedures.",
    },
  },
  {
    slug: "data-scientist",
    name: "Data scientist",
    summary:
      "Turns data into decisions. Explores datasets with statistics to find patterns and the variables that matter, builds fairly simple predictive models such as churn or segmentation, and explains what the results mean to the people who run the business.",
    differsFrom:
      "The article separates the two by goal: a data scientist produces business insight, while an ML engineer turns data into a product, so production engineering and serving matter far less here. Compared with an applied scientist, the data is usually tabular and simple ML or AutoML is often enough, and the work leans on communication with non-technical stakeholders.",
    source:
      "Article, section '데이터 엔지니어', the passage after its conclusion (the translation gives the data scientist part no heading of its own, it opens with '이제 우리에게 데이터가 있으니 실제로 데이터 과학자로 작업에 착수할 수 있습니다'): says the core goal is extracting business insight; describes EDA with established statistical methods to find patterns and trends and decide which variables are useful, predicting outcomes such as customer segments for targeted marketing, churn or fraud with simple ML, often with AutoML tools, needing decent programming and SQL but rarely going beyond Jupyter notebooks, and working closely with business stakeholders with strong communication to non-technical colleagues and leaders.",
    skills: [
      { skill: "statistics", level: 4, weight: 3, rationale: "Established statistical methods are how patterns are found and trusted; the depth that defines a data scientist." },
      { skill: "exploratory-data-analysis", level: 3, weight: 3, rationale: "EDA is the article's name for the core of the job: finding patterns and the variables that matter." },
      { skill: "sql", level: 3, weight: 3, rationale: "Postings treat SQL as a baseline: the data scientist pulls and shapes their own data." },
      { skill: "classical-ml", level: 3, weight: 3, rationale: "Segmentation and churn or fraud prediction use mostly simple ML algorithms." },
      { skill: "stakeholder-communication", level: 3, weight: 3, rationale: "Results must be understood by non-technical teammates and leaders, and goals gathered from business stakeholders." },
      { skill: "python", level: 3, weight: 2, rationale: "Analysis, modelling and a reusable feature step are written in Python; postings ask for it more than for any other tool." },
      { skill: "mathematics", level: 3, weight: 1, rationale: "Deep statistics rests on probability, linear algebra and calculus at working depth." },
      { skill: "experimentation", level: 3, weight: 3, rationale: "A/B tests and observational causal studies measure whether a decision worked; postings stress both." },
      { skill: "model-evaluation", level: 3, weight: 2, rationale: "Choosing between candidate models, including AutoML output, requires sound evaluation." },
      { skill: "data-visualization", level: 3, weight: 2, rationale: "Charts carry findings to non-technical audiences." },
      { skill: "business-acumen", level: 3, weight: 2, rationale: "Understanding stakeholders' goals is needed to make the right modelling decisions." },
      { skill: "data-cleaning", level: 3, weight: 2, rationale: "Real data arrives messy; cleaning it honestly is much of the work before any model." },
      { skill: "notebooks", level: 3, weight: 1, rationale: "The work is mostly in notebooks, which must be reproducible for others to trust." },
      { skill: "automl", level: 2, weight: 1, rationale: "AutoML tools that train many models and pick the best are common for these problems." },
      { skill: "responsible-ai", level: 2, weight: 1, rationale: "Models that decide about customers (churn offers, fraud flags) need checks by group and explanations; roadmap.sh lists explainable AI on the way to ML." },
      { skill: "time-series", level: 2, weight: 1, rationale: "Forecasting demand, traffic or revenue is a frequent data-science task." },
      { skill: "llm-evaluation", level: 2, weight: 1, rationale: "Evaluating generative-AI features (test sets, graded rubrics) is becoming common data-science analysis work." },
      { skill: "llm-applications", level: 2, weight: 1, rationale: "About one in three AI-related data-science postings ask for hands-on LLM, RAG or prompt work (January 2026 review)." },
      { skill: "version-control", level: 2, weight: 1, rationale: "Sharing analysis code with the team." },
      { skill: "software-design", level: 2, weight: 1, rationale: "Analysis code that others rerun is packaged into functions and modules, not left in one notebook." },
      { skill: "testing-ci", level: 1, weight: 1, rationale: "Tests on feature code are becoming expected as models move to production." },
      { skill: "model-serving", level: 1, weight: 1, rationale: "Deployment sits in the AI and Data Scientist roadmap; knowing how a model reaches users shapes how it is built." },
      { skill: "mlops", level: 2, weight: 1, rationale: "A January 2026 review of 700+ data-science postings found pipeline and MLOps monitoring skills now expected." },
      { skill: "deep-learning", level: 1, weight: 1, rationale: "Awareness of neural networks: tabular problems rarely need them, but postings increasingly mention them." },
    ],
    milestones: {
      foundations:
        "Take a public e-commerce or telecom dataset, write a reproducible notebook with a full EDA (distributions, missing data, segment comparisons with statistical tests) and a one-page summary for a non-technical reader.",
      core:
        "Build a churn or fraud model with SQL feature extraction, a scikit-learn baseline versus an AutoML run, cross-validated metrics and a short slide deck recommending an action and its expected business impact.",
      specialisation:
        "Design and analyse an A/B test (real or simulated) for a decision suggested by your model, including sample-size planning and guardrail metrics, and present the result to a mock stakeholder audience.",
    },
  },
  {
    slug: "applied-scientist",
    name: "Applied scientist",
    summary:
      "Uses scientific knowledge and current research to solve concrete problems on complex, non-tabular data such as medical images, molecules or road networks. Reads papers, adapts and tunes existing models until they work in the real setting, and still forms and tests new hypotheses along the way.",
    differsFrom:
      "The article introduces the role for data where simple tabular methods and AutoML break down, which is what separates it from a data scientist. The article's examples (pathology images, molecule graphs, road networks) are alternatives: the profile asks for depth in ONE modality of the person's choice, not in vision and graphs both. Unlike a research scientist, the goal is not to beat a benchmark with a new model but to make models work on messy real data, often with domain expertise and cross-disciplinary collaboration; in small teams it also does its own data engineering.",
    source:
      "Article, section '적용 과학자' (Applied scientist): asks what to do when data is not simple tables and AutoML fails, e.g. 3D pathology images or molecules as graphs; the author's own job predicted traffic flow on road-network graphs and, in a small team, included the data engineering; describes using scientific knowledge and research methods on real problems, thinking like a researcher, reading papers and building on existing work, adapting and tuning models to work in real settings rather than improving benchmarks, still forming and testing new hypotheses, and needing domain expertise (e.g. healthcare) and cross-disciplinary collaboration.",
    skills: [
      { skill: "modality-depth", level: 4, weight: 3, rationale: "Depth in ONE kind of complex data the person chooses (images, graphs, text, signals); the article's examples are alternatives, not a list to master." },
      { skill: "deep-learning", level: 3, weight: 3, rationale: "Complex images, graphs and signals need neural models rather than simple tabular methods." },
      { skill: "transfer-learning", level: 3, weight: 3, rationale: "The goal is to adapt and tune existing models until they work in the real setting." },
      { skill: "research-methods", level: 3, weight: 3, rationale: "The role applies research methods and still forms and tests new hypotheses." },
      { skill: "paper-reading", level: 3, weight: 3, rationale: "Thinking like a researcher means reading papers and building on existing work." },
      { skill: "python", level: 3, weight: 2, rationale: "Experiments, data handling and models are written in Python." },
      { skill: "dl-frameworks", level: 3, weight: 2, rationale: "Adapting models means changing real PyTorch or JAX code." },
      { skill: "classical-ml", level: 3, weight: 2, rationale: "Strong baselines and an understanding of simpler methods come first." },
      { skill: "model-evaluation", level: 3, weight: 2, rationale: "Showing a model works on real data, not only a benchmark, needs careful offline evaluation." },
      { skill: "experimentation", level: 3, weight: 2, rationale: "Applied-science postings (e.g. Amazon) run online A/B tests as well as offline benchmarks." },
      { skill: "statistics", level: 3, weight: 2, rationale: "Testing hypotheses on noisy real-world data needs statistical care." },
      { skill: "mathematics", level: 3, weight: 2, rationale: "Following and modifying methods from papers requires the underlying maths." },
      { skill: "data-cleaning", level: 3, weight: 2, rationale: "Complex real data (scans, sensor graphs) is messy, and in small teams the applied scientist cleans it." },
      { skill: "domain-expertise", level: 2, weight: 2, rationale: "Applying ML in a field such as healthcare needs working domain knowledge; it is often learnt on the job with experts, so a hire brings the start of it." },
      { skill: "data-structures-algorithms", level: 2, weight: 2, rationale: "Applied-science interview loops (e.g. Amazon) include coding, and the postings ask for Java, C++ or Python." },
      { skill: "llm-evaluation", level: 2, weight: 1, rationale: "Offline and online evaluation of models built on large pre-trained ones." },
      { skill: "cross-functional-collaboration", level: 3, weight: 2, rationale: "The work depends on collaborating across disciplines and absorbing new expertise quickly." },
      { skill: "post-training", level: 2, weight: 1, rationale: "Postings ask for ML and LLM fundamentals including training and inference lifecycles; adapting large models is increasingly part of adapting models." },
      { skill: "llm-applications", level: 2, weight: 1, rationale: "Large pre-trained models are now a common starting point for applied problems." },
      { skill: "stakeholder-communication", level: 2, weight: 1, rationale: "Domain partners must understand what the model can and cannot do." },
      { skill: "data-ingestion-etl", level: 2, weight: 1, rationale: "In small teams the applied scientist does the data engineering too." },
      { skill: "sql", level: 2, weight: 1, rationale: "Pulling data for one's own pipelines in a small team." },
      { skill: "scientific-writing", level: 2, weight: 1, rationale: "Findings are written up as internal reports and sometimes papers." },
      { skill: "responsible-ai", level: 2, weight: 1, rationale: "Models for fields such as healthcare must be explainable and checked for bias before domain partners can use them." },
    ],
    milestones: {
      foundations:
        "Reproduce the main result of a well-known paper on non-tabular data (e.g. a GNN on a molecule benchmark or a CNN on a public medical imaging set) and write up what matched and what did not.",
      core:
        "Adapt a pre-trained model to a messy real dataset you collected and cleaned yourself (e.g. traffic sensors on a road graph or histology tiles), comparing fine-tuning strategies against a strong baseline with error analysis by segment.",
      specialisation:
        "Pair with a domain expert (clinician, biologist, transport planner) on a concrete question, state and test a hypothesis about what would make the model useful to them, and publish the result as a report or workshop paper.",
    },
  },
  {
    slug: "ml-engineer",
    name: "ML engineer",
    summary:
      "A software engineer who specialises in putting ML into products. Builds and operates the training pipelines, serving endpoints and supporting infrastructure that let models run reliably for real users, using pre-trained models where they fit.",
    differsFrom:
      "Where a data scientist's goal is business insight, the article says an ML engineer's goal is turning data into a product, so software engineering, production system design and serving are held to a much higher bar. Compared with research roles it needs less ML depth, and the article notes that hiring looks like software-engineering hiring and that good engineers learn ML more easily than ML experts learn engineering.",
    source:
      "Article, section 'ML 엔지니어' (ML engineer): says the data scientist generates business insight while the ML engineer turns data into products; calls ML engineering a branch of software engineering whose hiring resembles SWE hiring with some ML questions swapped in; says ML engineers develop and deploy ML applications with software-engineering tools, know production system architecture, and may build scalable endpoints that serve requests, training pipelines, or complex distributed compute infrastructure for large-scale training; adds that the role needs less ML knowledge as pre-trained models spread.",
    skills: [
      { skill: "mlops", level: 3, weight: 3, rationale: "Training pipelines and the model lifecycle (tracking, registry, automated retraining and release) are named responsibilities." },
      { skill: "software-design", level: 3, weight: 3, rationale: "The article treats ML engineering as a branch of software engineering; hiring looks like software-engineering hiring." },
      { skill: "python", level: 3, weight: 3, rationale: "Production ML code, pipelines and services are mostly Python." },
      { skill: "testing-ci", level: 3, weight: 2, rationale: "ML applications are developed and deployed with standard software-engineering tools and practices." },
      { skill: "model-serving", level: 3, weight: 3, rationale: "Building scalable endpoints that handle requests to ML applications is a named responsibility." },
      { skill: "system-design", level: 3, weight: 3, rationale: "ML engineers must know the architecture of production software systems well." },
      { skill: "api-development", level: 3, weight: 2, rationale: "Models reach products through well-designed APIs." },
      { skill: "data-structures-algorithms", level: 3, weight: 3, rationale: "The article says ML-engineer hiring looks like software-engineering hiring, and the coding round is the filter." },
      { skill: "containers-orchestration", level: 3, weight: 2, rationale: "Services and training jobs are shipped as containers on clusters." },
      { skill: "version-control", level: 3, weight: 2, rationale: "Production code goes through review, branching and release like any other software." },
      { skill: "monitoring-reliability", level: 3, weight: 2, rationale: "Models in production must be monitored for failures and drift, and someone is on call." },
      { skill: "cloud-platforms", level: 2, weight: 2, rationale: "Production ML usually runs on cloud compute and storage." },
      { skill: "classical-ml", level: 2, weight: 2, rationale: "A working knowledge of ML is needed, though less than in research roles." },
      { skill: "deep-learning", level: 2, weight: 2, rationale: "PyTorch and deep learning appear in about 40% of ML-engineer postings; enough to ship and debug a network." },
      { skill: "dl-frameworks", level: 2, weight: 2, rationale: "Reading and changing PyTorch or TensorFlow training code is daily work." },
      { skill: "model-evaluation", level: 2, weight: 2, rationale: "Release decisions depend on evaluating a model before and after deployment." },
      { skill: "llm-applications", level: 2, weight: 2, rationale: "2026 postings put LLM features (RAG, tool use) in production with ML engineers." },
      { skill: "transfer-learning", level: 2, weight: 1, rationale: "The spread of pre-trained models means adapting them is often the ML part of the job." },
      { skill: "post-training", level: 2, weight: 1, rationale: "Fine-tuning appears in about 18% of ML-engineer postings, and Korean ML postings ask for fine-tuning pre-trained models: done with a reviewer, not owned." },
      { skill: "llm-evaluation", level: 2, weight: 2, rationale: "LLM features are shipped behind evaluation sets and regression checks; AI-engineer postings put evaluation beside RAG and agents." },
      { skill: "workflow-orchestration", level: 2, weight: 1, rationale: "Training pipelines run on orchestrators (Airflow, Kubeflow, Argo)." },
      { skill: "llm-inference", level: 2, weight: 1, rationale: "Serving large models is a growing share of serving work." },
      { skill: "performance-optimization", level: 1, weight: 1, rationale: "Knowing where a serving path spends its time, before handing it to specialists." },
      { skill: "sql", level: 2, weight: 1, rationale: "Features and training sets come out of databases and warehouses." },
      { skill: "linux-shell", level: 2, weight: 1, rationale: "Services and jobs run on Linux hosts." },
      { skill: "mathematics", level: 2, weight: 1, rationale: "Enough linear algebra, calculus and probability to read model code; the article says the role needs less ML as pre-trained models spread." },
      { skill: "statistics", level: 2, weight: 1, rationale: "Enough to read evaluation results, release A/B tests and drift alarms." },
      { skill: "distributed-training", level: 2, weight: 1, rationale: "The article says ML engineers may build the distributed compute for large-scale training." },
    ],
    milestones: {
      foundations:
        "Package a small ML project as a typed, tested Python library with CI (lint, unit tests, a training smoke test) in a public repository.",
      core:
        "Serve a trained model behind a versioned HTTP endpoint with tests, a container image and a load test, and deploy it to a cloud or Kubernetes environment.",
      specialisation:
        "Build an automated training-to-deployment pipeline with experiment tracking, a model registry, a validation gate, canary rollout and drift monitoring, fine-tuning a pre-trained model on multiple GPUs.",
    },
  },
  {
    slug: "ml-infrastructure-engineer",
    name: "ML infrastructure engineer",
    summary:
      "Builds and runs the compute platform that ML teams train and serve on: GPU clusters, job scheduling, storage, networking and observability. Cares about throughput, utilisation and reliability more than about any particular model.",
    differsFrom:
      "The article groups this role under the generic ML engineer title but notes it may need almost no ML knowledge; the emphasis moves from shipping a model to building the distributed compute that large-scale training and serving run on. Unlike an ML accelerator engineer, it works at the level of clusters and services rather than chips and kernels.",
    source:
      "Article, section 'ML 엔지니어' (ML engineer): proposes treating ML engineer as a generic title that also covers related roles which may not need ML knowledge at all, naming the ML infrastructure engineer; the same section lists developing and maintaining very complex distributed compute infrastructure for large-scale training as ML-engineering work.",
    skills: [
      { skill: "distributed-systems", level: 3, weight: 3, rationale: "Large-scale training runs on complex distributed compute infrastructure; the role keeps it working." },
      { skill: "containers-orchestration", level: 4, weight: 3, rationale: "Training and serving workloads are scheduled on container clusters the role operates." },
      { skill: "cloud-platforms", level: 3, weight: 3, rationale: "Most ML compute is provisioned in the cloud, and cost and capacity are this role's problem." },
      { skill: "monitoring-reliability", level: 3, weight: 3, rationale: "Maintaining the infrastructure means keeping expensive clusters healthy and utilised." },
      { skill: "model-serving", level: 3, weight: 3, rationale: "Infrastructure serves models: the platform's serving layer is this role's to build and keep up." },
      { skill: "distributed-training", level: 3, weight: 2, rationale: "The platform must make multi-node training fast and fault-tolerant." },
      { skill: "llm-inference", level: 3, weight: 2, rationale: "ML-systems postings ask for vLLM or TensorRT and GPU capacity planning for large-model inference." },
      { skill: "linux-shell", level: 3, weight: 2, rationale: "Cluster nodes, drivers and networking are debugged at the OS level." },
      { skill: "system-design", level: 3, weight: 2, rationale: "Platforms for many teams need careful architecture." },
      { skill: "software-design", level: 3, weight: 2, rationale: "Platform code and tooling are long-lived software used by other engineers." },
      { skill: "python", level: 3, weight: 2, rationale: "Tooling, SDKs and training integrations are usually written in Python." },
      { skill: "testing-ci", level: 3, weight: 2, rationale: "Infrastructure changes must be tested and rolled out safely." },
      { skill: "data-structures-algorithms", level: 3, weight: 2, rationale: "Schedulers, queues and placement are algorithmic problems, and hiring follows software-engineering interviews." },
      { skill: "mlops", level: 2, weight: 2, rationale: "The platform hosts the pipelines, tracking and registries ML teams use." },
      { skill: "performance-optimization", level: 2, weight: 1, rationale: "Utilisation and throughput problems often trace to I/O or communication bottlenecks." },
      { skill: "dl-frameworks", level: 2, weight: 1, rationale: "Enough PyTorch to run and debug the distributed jobs the platform hosts." },
      { skill: "api-development", level: 2, weight: 1, rationale: "Platform services expose APIs to ML teams." },
      { skill: "version-control", level: 2, weight: 1, rationale: "Infrastructure as code goes through review like application code." },
      { skill: "deep-learning", level: 1, weight: 1, rationale: "The article says the role may need almost no ML: awareness of what a training step does is enough." },
      { skill: "computer-architecture", level: 1, weight: 1, rationale: "GPU memory, interconnects and NUMA explain many utilisation problems." },
      { skill: "gpu-programming", level: 1, weight: 1, rationale: "Awareness of how GPUs are used helps schedule and debug them; writing kernels is not the job." },
    ],
    milestones: {
      foundations:
        "Run a multi-service application on a local Kubernetes cluster (kind or minikube) with Prometheus and Grafana monitoring, written as manifests in a repository.",
      core:
        "Provision a small GPU cluster in the cloud with infrastructure as code and run a multi-node PyTorch DDP job on it with a job queue, shared storage, checkpointing and dashboards for GPU utilisation.",
      specialisation:
        "Make the training platform fault-tolerant and measurable: automatic restart from checkpoints on node failure, a scaling-efficiency benchmark across node counts and an SLO with alerting and a written incident runbook.",
    },
  },
  {
    slug: "ml-hardware-engineer",
    name: "ML accelerator / hardware engineer",
    summary:
      "Makes ML run fast on specific hardware. Works on GPU kernels, compilers and runtimes, or on the design of the accelerators themselves, reasoning about compute, memory bandwidth and data movement.",
    differsFrom:
      "The article names this as another role under the generic ML engineer title that may need almost no ML knowledge. It sits below the ML infrastructure engineer in the stack: instead of clusters and services it deals with chips, kernels and compilers, and needs systems programming and computer architecture rather than model-building skills.",
    source:
      "Article, section 'ML 엔지니어' (ML engineer): proposes treating ML engineer as a generic title covering related roles that may not need ML knowledge at all, naming the ML accelerator or hardware engineer alongside the ML infrastructure engineer.",
    skills: [
      { skill: "gpu-programming", level: 4, weight: 3, rationale: "ML operations are made fast by writing and tuning kernels." },
      { skill: "computer-architecture", level: 3, weight: 3, rationale: "Accelerator work starts from how the hardware computes and moves data; designing the hardware itself is a separate hire." },
      { skill: "cpp-systems", level: 3, weight: 3, rationale: "Kernels, runtimes and compilers are written in C++; postings ask for modern C++." },
      { skill: "performance-optimization", level: 3, weight: 3, rationale: "The job is measured in throughput, latency and utilisation." },
      { skill: "ml-compilers", level: 3, weight: 3, rationale: "Compilers (XLA, TVM, MLIR, Triton) map model graphs onto the hardware; postings list them, with CUDA 'desired'." },
      { skill: "data-structures-algorithms", level: 3, weight: 2, rationale: "Efficient algorithms and layouts underpin fast kernels and compiler passes." },
      { skill: "python", level: 3, weight: 2, rationale: "Triton kernels, PyTorch integration and benchmark harnesses are Python." },
      { skill: "llm-inference", level: 2, weight: 1, rationale: "Attention, KV-cache and mixture-of-experts paths are today's hot kernels." },
      { skill: "model-serving", level: 1, weight: 1, rationale: "Where the kernels end up being called from." },
      { skill: "dl-frameworks", level: 2, weight: 1, rationale: "Kernels and backends are integrated into frameworks such as PyTorch." },
      { skill: "deep-learning", level: 1, weight: 1, rationale: "Knowing which operations models need (matmul, convolution, attention) is enough; the article says the role may need almost no ML." },
      { skill: "linux-shell", level: 2, weight: 1, rationale: "Profiling and driver work happen on Linux machines." },
      { skill: "testing-ci", level: 2, weight: 1, rationale: "Kernels and compiler changes need numerical correctness tests against references." },
      { skill: "version-control", level: 2, weight: 1, rationale: "Contributions go through review in large shared codebases." },
    ],
    milestones: {
      foundations:
        "Write a C++ matrix multiplication and make it progressively faster (blocking, SIMD, threads), documenting each step against a roofline estimate for your CPU.",
      core:
        "Write CUDA or Triton kernels for a fused operation (e.g. softmax or layer norm), verify them against PyTorch, profile them with Nsight and reach a stated fraction of peak memory bandwidth.",
      specialisation:
        "Add a custom operator or lowering to an ML compiler stack (TVM, MLIR or torch.compile), benchmark an end-to-end model with and without it and write up the performance analysis.",
    },
  },
  {
    slug: "research-engineer",
    name: "Research engineer",
    summary:
      "Turns research ideas into working experiments, usually in a large industry lab. Implements models and methods from papers or colleagues, builds the training and evaluation code around them and runs experiments at scale, often as a co-author of the resulting paper.",
    differsFrom:
      "The article says the line to research scientist is blurry: both come up with ideas and implement them and both co-author papers, but the research engineer's emphasis is implementing ideas and designing and running the experiments with engineering skill, and a PhD is usually not required. Compared with an ML engineer, the output is experiments and papers rather than a product.",
    source:
      "Article, section '연구 엔지니어/연구 과학자' (Research engineer / research scientist): describes the research engineer as a rare role found mostly in major industry labs, taking charge of implementing research ideas and using engineering skill to design and run the needed experiments; notes the boundary with research scientists is very blurry, that both often contribute equally to papers such as 'Attention Is All You Need', and that the role usually does not require a PhD, though papers always help.",
    skills: [
      { skill: "paper-implementation", level: 4, weight: 3, rationale: "Implementing research ideas is the centre of the role." },
      { skill: "dl-frameworks", level: 3, weight: 3, rationale: "Research code lives deep inside PyTorch or JAX, often beyond standard APIs." },
      { skill: "deep-learning", level: 3, weight: 3, rationale: "Implementations must be correct in the details of architectures and training." },
      { skill: "software-design", level: 3, weight: 3, rationale: "Engineering skill is what the role brings to designing and running experiments." },
      { skill: "python", level: 3, weight: 3, rationale: "Fast, correct experiment code; at the same bar as an ML engineer, since the article says the engineering is what this role brings." },
      { skill: "distributed-training", level: 3, weight: 3, rationale: "Lab experiments, such as training large models, run on many GPUs." },
      { skill: "research-methods", level: 3, weight: 2, rationale: "Designing and running the experiments that test an idea is part of the job." },
      { skill: "paper-reading", level: 3, weight: 2, rationale: "Research engineers also come up with ideas and need the state of the art." },
      { skill: "model-evaluation", level: 3, weight: 2, rationale: "Experiments are only as good as their evaluation and benchmarks." },
      { skill: "llm-evaluation", level: 3, weight: 2, rationale: "Lab postings (e.g. Anthropic) ask research engineers to design evaluations that separate models and to run ablations." },
      { skill: "mathematics", level: 3, weight: 2, rationale: "Papers have to be translated from equations into code." },
      { skill: "post-training", level: 2, weight: 2, rationale: "Fine-tuning and post-training experiments are a large share of today's lab work." },
      { skill: "testing-ci", level: 2, weight: 1, rationale: "Tests catch silent bugs that would invalidate experiments." },
      { skill: "linux-shell", level: 2, weight: 1, rationale: "Experiments run on shared Linux clusters." },
      { skill: "version-control", level: 2, weight: 1, rationale: "Experiment code is shared and reviewed." },
      { skill: "scientific-writing", level: 2, weight: 1, rationale: "Research engineers co-author papers, usually with a scientist leading the writing." },
      { skill: "ml-theory", level: 1, weight: 1, rationale: "Enough theory to know where to look when results contradict expectations." },
      { skill: "transfer-learning", level: 2, weight: 1, rationale: "Most experiments start from pre-trained checkpoints." },
      { skill: "llm-applications", level: 2, weight: 1, rationale: "Evaluations of today's models use prompting, tool use and agent harnesses." },
      { skill: "classical-ml", level: 2, weight: 1, rationale: "Baselines and the basics of learning underpin the deep-learning work." },
      { skill: "statistics", level: 2, weight: 1, rationale: "Comparing runs across seeds needs basic statistics." },
      { skill: "gpu-programming", level: 1, weight: 1, rationale: "Custom kernels are sometimes needed to make a new idea fast enough to test." },
    ],
    milestones: {
      foundations:
        "Implement a small Transformer language model from the paper in PyTorch without copying reference code, train it on a public text corpus and match a published loss curve.",
      core:
        "Reproduce a recent paper's main table, including ablations, with configurable experiment code, tracked runs, seeds and a report of where your numbers differ and why.",
      specialisation:
        "Scale an experiment to multi-node training with FSDP or DeepSpeed, test a new idea of your own or a collaborator's against the reproduced baseline and co-write a workshop paper or public technical report.",
    },
  },
  {
    slug: "research-scientist",
    name: "Research scientist",
    summary:
      "Pushes the state of the art in machine learning. Specialises in an area, reads the literature deeply to find where current methods fall short, proposes hypotheses and designs experiments to test them, and publishes the results.",
    differsFrom:
      "The article presents research scientists as the people who originate ideas, while research engineers focus on implementing them, though the line is blurry and scientists must still be engineers. Compared with applied scientists, success is measured by new knowledge and publications rather than models working in a product, and entry usually requires a PhD and/or first-author papers at top venues.",
    source:
      "Article, section '연구 엔지니어/연구 과학자' (Research engineer / research scientist): places research at the cutting edge (e.g. the Transformer, 'Attention is all you need', LLMs such as GPT-4); says the basis is solid, detailed knowledge of ML and deep learning, that researchers explore areas and then specialise, read many papers to learn what the state of the art does and where it can improve, propose hypotheses and design experiments to test them, and ideally publish papers and attend conferences; entry-level roles usually require a PhD and/or first-author papers at top conferences.",
    skills: [
      { skill: "research-methods", level: 4, weight: 3, rationale: "Proposing hypotheses and designing experiments to test them is the core loop." },
      { skill: "scientific-writing", level: 3, weight: 3, rationale: "Publishing is the main output; a complete paper written unaided and taken through review is what a new PhD shows." },
      { skill: "paper-reading", level: 3, weight: 3, rationale: "Researchers read widely to learn the state of the art and where it can improve." },
      { skill: "ml-theory", level: 3, weight: 3, rationale: "The role rests on solid, detailed understanding of how ML methods work." },
      { skill: "deep-learning", level: 3, weight: 3, rationale: "Detailed deep-learning knowledge is named as the foundation of the role." },
      { skill: "mathematics", level: 3, weight: 3, rationale: "New methods are developed and justified mathematically." },
      { skill: "modality-depth", level: 4, weight: 3, rationale: "The article says researchers explore and then specialise: recognised depth in one area of the person's choice defines the role." },
      { skill: "statistics", level: 3, weight: 2, rationale: "Claims must survive noise across seeds and datasets." },
      { skill: "paper-implementation", level: 3, weight: 2, rationale: "The article notes research scientists must still be engineers who implement their ideas." },
      { skill: "dl-frameworks", level: 3, weight: 2, rationale: "Ideas are prototyped directly in PyTorch or JAX." },
      { skill: "model-evaluation", level: 3, weight: 2, rationale: "Convincing results depend on fair baselines and benchmarks." },
      { skill: "python", level: 3, weight: 2, rationale: "Research prototypes and analysis are written in Python." },
      { skill: "classical-ml", level: 3, weight: 1, rationale: "The basics of learning that newer methods are measured against." },
      { skill: "llm-evaluation", level: 2, weight: 1, rationale: "Claims about today's models rest on evaluations; research scientists design them with engineers." },
      { skill: "cross-functional-collaboration", level: 2, weight: 1, rationale: "Research involves a lot of discussion and interaction with collaborators." },
      { skill: "stakeholder-communication", level: 1, weight: 1, rationale: "Presenting work beyond the research group." },
      { skill: "llm-applications", level: 1, weight: 1, rationale: "Today's models are studied through the same prompting and tool-use harnesses products use." },
    ],
    milestones: {
      foundations:
        "Work through a graduate-level ML theory and deep-learning text, writing derivations and small experiments for key results (e.g. generalisation bounds, optimisation behaviour) in a public notebook series.",
      core:
        "Choose a narrow subfield, write a literature review of 20+ recent papers identifying an open problem, and reproduce the strongest baseline for it.",
      specialisation:
        "Propose a hypothesis that addresses the open problem, design and run the experiments and ablations to test it, and submit the result as a first-author paper to a workshop or conference.",
    },
  },
];
