import type { Role } from "./types";

/*
 * Every role is traced to the source article (a Korean translation of "ML Engineering is Not
 * What You Think — ML Jobs Explained", Towards AI, 2024). The numbers carry the article's
 * distinctions: weight 3 marks what the article treats as the heart of a job, and the same
 * skill gets a different level in neighbouring roles where the article says they differ (for
 * example software engineering and serving for ML engineers versus data scientists).
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
      { skill: "sql", level: 4, weight: 3, rationale: "Every stage of the job reads and writes relational data, often at terabyte scale." },
      { skill: "data-ingestion-etl", level: 4, weight: 3, rationale: "Building and maintaining the pipelines from source to destination is the core of the role." },
      { skill: "database-design", level: 3, weight: 3, rationale: "The article stresses designing and maintaining a database where every data point is easy to access and filter." },
      { skill: "python", level: 3, weight: 3, rationale: "Collection and transformation are automated in Python code." },
      { skill: "data-parsing", level: 3, weight: 2, rationale: "Sources return messy XML and JSON that must be parsed into usable records." },
      { skill: "data-warehousing", level: 3, weight: 2, rationale: "Transformed data is warehoused as it grows from megabytes to terabytes." },
      { skill: "data-quality", level: 3, weight: 2, rationale: "Real-world data is full of missing values and errors that a pipeline must catch and handle." },
      { skill: "workflow-orchestration", level: 3, weight: 2, rationale: "Pipelines run on schedules with dependencies and backfills that need an orchestrator." },
      { skill: "big-data-processing", level: 2, weight: 2, rationale: "Data that outgrows one machine needs distributed processing." },
      { skill: "streaming-data", level: 2, weight: 1, rationale: "Some sources arrive continuously and are better handled as streams." },
      { skill: "linux-shell", level: 2, weight: 1, rationale: "Pipelines and databases run on Linux servers that the engineer has to operate." },
      { skill: "version-control", level: 2, weight: 1, rationale: "Pipeline code is shared and reviewed like any other code." },
      { skill: "testing-ci", level: 2, weight: 1, rationale: "Tests on transformations stop silent data corruption reaching consumers." },
      { skill: "cloud-platforms", level: 2, weight: 1, rationale: "Storage and compute for pipelines usually live in a cloud account." },
      { skill: "exploratory-data-analysis", level: 1, weight: 1, rationale: "Basic analysis of incoming data reveals what needs cleaning before handing it on." },
      { skill: "classical-ml", level: 1, weight: 1, rationale: "Awareness of how models consume data helps prepare it in the right shape; building models is someone else's job." },
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
      { skill: "statistics", level: 4, weight: 3, rationale: "Established statistical methods are how patterns and trends are found and trusted." },
      { skill: "exploratory-data-analysis", level: 4, weight: 3, rationale: "EDA is the article's name for the core of the job: finding patterns and the variables that matter." },
      { skill: "stakeholder-communication", level: 3, weight: 3, rationale: "Results must be understood by non-technical teammates and leaders, and goals gathered from business stakeholders." },
      { skill: "classical-ml", level: 3, weight: 2, rationale: "Segmentation and churn or fraud prediction use mostly simple ML algorithms." },
      { skill: "sql", level: 3, weight: 2, rationale: "Most work needs decent SQL to pull and shape data." },
      { skill: "notebooks", level: 3, weight: 2, rationale: "The work rarely goes beyond Jupyter notebooks." },
      { skill: "data-visualization", level: 3, weight: 2, rationale: "Charts carry findings to non-technical audiences." },
      { skill: "business-acumen", level: 3, weight: 2, rationale: "Understanding stakeholders' goals is needed to make the right modelling decisions." },
      { skill: "model-evaluation", level: 3, weight: 2, rationale: "Choosing between candidate models, including AutoML output, requires sound evaluation." },
      { skill: "automl", level: 2, weight: 2, rationale: "AutoML tools that train many models and pick the best are common for these problems." },
      { skill: "python", level: 2, weight: 2, rationale: "Decent programming is needed, mostly for analysis code." },
      { skill: "experimentation", level: 2, weight: 2, rationale: "Measuring the effect of decisions taken on insights often means A/B tests." },
      { skill: "mathematics", level: 2, weight: 1, rationale: "Enough maths to understand the statistics and models being used." },
      { skill: "software-design", level: 1, weight: 1, rationale: "Analysis code stays in notebooks and scripts; production-grade design is the ML engineer's concern." },
      { skill: "version-control", level: 1, weight: 1, rationale: "Sharing analysis code with the team." },
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
      "The article introduces the role for data where simple tabular methods and AutoML break down, which is what separates it from a data scientist. Unlike a research scientist, the goal is not to beat a benchmark with a new model but to make models work on messy real data, often with domain expertise and cross-disciplinary collaboration; in small teams it also does its own data engineering.",
    source:
      "Article, section '적용 과학자' (Applied scientist): asks what to do when data is not simple tables and AutoML fails, e.g. 3D pathology images or molecules as graphs; the author's own job predicted traffic flow on road-network graphs and, in a small team, included the data engineering; describes using scientific knowledge and research methods on real problems, thinking like a researcher, reading papers and building on existing work, adapting and tuning models to work in real settings rather than improving benchmarks, still forming and testing new hypotheses, and needing domain expertise (e.g. healthcare) and cross-disciplinary collaboration.",
    skills: [
      { skill: "deep-learning", level: 3, weight: 3, rationale: "Complex images, graphs and signals need neural models rather than simple tabular methods." },
      { skill: "research-methods", level: 3, weight: 3, rationale: "The role applies research methods and still forms and tests new hypotheses." },
      { skill: "paper-reading", level: 3, weight: 3, rationale: "Thinking like a researcher means reading papers and building on existing work." },
      { skill: "transfer-learning", level: 3, weight: 3, rationale: "The goal is to adapt and tune existing models until they work in the real setting." },
      { skill: "domain-expertise", level: 3, weight: 3, rationale: "Applying ML in a field such as healthcare needs combined ML and domain knowledge." },
      { skill: "graph-ml", level: 3, weight: 2, rationale: "Molecules and road networks with traffic flow are graph problems." },
      { skill: "computer-vision", level: 2, weight: 2, rationale: "Data such as 3D pathology images needs vision models." },
      { skill: "cross-functional-collaboration", level: 3, weight: 2, rationale: "The work depends on collaborating across disciplines and absorbing new expertise quickly." },
      { skill: "classical-ml", level: 3, weight: 2, rationale: "Strong baselines and an understanding of simpler methods come first." },
      { skill: "model-evaluation", level: 3, weight: 2, rationale: "Showing a model works on real data, not just a benchmark, depends on careful evaluation." },
      { skill: "dl-frameworks", level: 3, weight: 2, rationale: "Adapting models means changing real PyTorch or JAX code." },
      { skill: "statistics", level: 3, weight: 2, rationale: "Testing hypotheses on noisy real-world data needs statistical care." },
      { skill: "mathematics", level: 3, weight: 2, rationale: "Following and modifying methods from papers requires the underlying maths." },
      { skill: "python", level: 3, weight: 2, rationale: "Experiments, data handling and models are written in Python." },
      { skill: "data-ingestion-etl", level: 2, weight: 1, rationale: "In small teams the applied scientist does the data engineering too." },
      { skill: "scientific-writing", level: 2, weight: 1, rationale: "Findings are written up as internal reports and sometimes papers." },
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
      { skill: "software-design", level: 3, weight: 3, rationale: "The article treats ML engineering as a branch of software engineering." },
      { skill: "testing-ci", level: 3, weight: 3, rationale: "ML applications are developed and deployed with standard software-engineering tools and practices." },
      { skill: "model-serving", level: 3, weight: 3, rationale: "Building scalable endpoints that handle requests to ML applications is a named responsibility." },
      { skill: "system-design", level: 3, weight: 3, rationale: "ML engineers must know the architecture of production software systems well." },
      { skill: "mlops", level: 3, weight: 3, rationale: "Developing training pipelines is a named responsibility." },
      { skill: "python", level: 3, weight: 3, rationale: "Production ML code, pipelines and services are mostly Python." },
      { skill: "api-development", level: 3, weight: 2, rationale: "Models reach products through well-designed APIs." },
      { skill: "data-structures-algorithms", level: 3, weight: 2, rationale: "Hiring follows software-engineering interviews." },
      { skill: "containers-orchestration", level: 3, weight: 2, rationale: "Services and training jobs are shipped as containers on clusters." },
      { skill: "cloud-platforms", level: 2, weight: 2, rationale: "Production ML usually runs on cloud compute and storage." },
      { skill: "distributed-training", level: 2, weight: 2, rationale: "Some ML engineers build and maintain distributed infrastructure for large-scale training." },
      { skill: "monitoring-reliability", level: 2, weight: 2, rationale: "Models in production must be monitored for failures and drift." },
      { skill: "classical-ml", level: 2, weight: 2, rationale: "A working knowledge of ML is needed, though less than in research roles." },
      { skill: "deep-learning", level: 2, weight: 2, rationale: "Many production models are neural networks that must be understood well enough to ship." },
      { skill: "transfer-learning", level: 2, weight: 2, rationale: "The spread of pre-trained models means adapting them is often the ML part of the job." },
      { skill: "model-evaluation", level: 2, weight: 2, rationale: "Release decisions depend on evaluating a model before and after deployment." },
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
      { skill: "distributed-systems", level: 4, weight: 3, rationale: "Large-scale training runs on complex distributed compute infrastructure." },
      { skill: "containers-orchestration", level: 4, weight: 3, rationale: "Training and serving workloads are scheduled on container clusters the role operates." },
      { skill: "cloud-platforms", level: 3, weight: 3, rationale: "Most ML compute is provisioned in the cloud, and cost and capacity are this role's problem." },
      { skill: "distributed-training", level: 3, weight: 3, rationale: "The platform must make multi-node training fast and fault-tolerant." },
      { skill: "monitoring-reliability", level: 3, weight: 3, rationale: "Maintaining the infrastructure means keeping expensive clusters healthy and utilised." },
      { skill: "linux-shell", level: 3, weight: 2, rationale: "Cluster nodes, drivers and networking are debugged at the OS level." },
      { skill: "system-design", level: 3, weight: 2, rationale: "Platforms for many teams need careful architecture." },
      { skill: "software-design", level: 3, weight: 2, rationale: "Platform code and tooling are long-lived software used by other engineers." },
      { skill: "python", level: 3, weight: 2, rationale: "Tooling, SDKs and training integrations are usually written in Python." },
      { skill: "testing-ci", level: 3, weight: 2, rationale: "Infrastructure changes must be tested and rolled out safely." },
      { skill: "mlops", level: 2, weight: 2, rationale: "The platform hosts the pipelines, tracking and registries ML teams use." },
      { skill: "model-serving", level: 2, weight: 2, rationale: "Serving infrastructure is often part of the platform." },
      { skill: "performance-optimization", level: 2, weight: 1, rationale: "Utilisation and throughput problems often trace to I/O or communication bottlenecks." },
      { skill: "gpu-programming", level: 1, weight: 1, rationale: "Awareness of how GPUs are used helps schedule and debug them; writing kernels is not the job." },
      { skill: "deep-learning", level: 2, weight: 1, rationale: "The article notes the role may need almost no ML; enough to understand the workloads is sufficient." },
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
      { skill: "computer-architecture", level: 4, weight: 3, rationale: "Accelerator work starts from how the hardware computes and moves data." },
      { skill: "gpu-programming", level: 4, weight: 3, rationale: "ML operations are made fast by writing and tuning kernels." },
      { skill: "cpp-systems", level: 4, weight: 3, rationale: "Kernels, runtimes and compilers are written in C++." },
      { skill: "performance-optimization", level: 4, weight: 3, rationale: "The job is measured in throughput, latency and utilisation." },
      { skill: "ml-compilers", level: 3, weight: 3, rationale: "Compilers map model graphs onto the hardware." },
      { skill: "data-structures-algorithms", level: 3, weight: 2, rationale: "Efficient algorithms and layouts underpin fast kernels and compiler passes." },
      { skill: "python", level: 2, weight: 2, rationale: "Frameworks, benchmarks and kernel DSLs such as Triton are driven from Python." },
      { skill: "deep-learning", level: 2, weight: 2, rationale: "Knowing the operations models need (matmul, convolution, attention) is enough; the article says the role may need almost no ML." },
      { skill: "dl-frameworks", level: 2, weight: 1, rationale: "Kernels and backends are integrated into frameworks such as PyTorch." },
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
      { skill: "dl-frameworks", level: 4, weight: 3, rationale: "Research code lives deep inside PyTorch or JAX, often beyond standard APIs." },
      { skill: "distributed-training", level: 3, weight: 3, rationale: "Lab experiments, such as training large models, run on many GPUs." },
      { skill: "deep-learning", level: 3, weight: 3, rationale: "Implementations must be correct in the details of architectures and training." },
      { skill: "software-design", level: 3, weight: 3, rationale: "Engineering skill is what the role brings to designing and running experiments." },
      { skill: "python", level: 4, weight: 2, rationale: "Fast, correct experiment code depends on fluent Python." },
      { skill: "research-methods", level: 3, weight: 2, rationale: "Designing and running the experiments that test an idea is part of the job." },
      { skill: "paper-reading", level: 3, weight: 2, rationale: "Research engineers also come up with ideas and need the state of the art." },
      { skill: "model-evaluation", level: 3, weight: 2, rationale: "Experiments are only as good as their evaluation and benchmarks." },
      { skill: "mathematics", level: 3, weight: 2, rationale: "Papers have to be translated from equations into code." },
      { skill: "performance-optimization", level: 2, weight: 2, rationale: "Faster experiments mean more ideas tested." },
      { skill: "scientific-writing", level: 2, weight: 1, rationale: "Research engineers co-author papers, usually with a scientist leading the writing." },
      { skill: "gpu-programming", level: 2, weight: 1, rationale: "Custom kernels are sometimes needed to make a new idea fast enough to test." },
      { skill: "ml-theory", level: 2, weight: 1, rationale: "Enough theory to follow why a method should work and spot when results contradict it." },
      { skill: "testing-ci", level: 2, weight: 1, rationale: "Tests catch silent bugs that would invalidate experiments." },
      { skill: "linux-shell", level: 2, weight: 1, rationale: "Experiments run on shared Linux clusters." },
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
      { skill: "ml-theory", level: 4, weight: 3, rationale: "The role rests on solid, detailed understanding of how ML methods work." },
      { skill: "mathematics", level: 4, weight: 3, rationale: "New methods are developed and justified mathematically." },
      { skill: "research-methods", level: 4, weight: 3, rationale: "Proposing hypotheses and designing experiments to test them is the core loop." },
      { skill: "paper-reading", level: 4, weight: 3, rationale: "Researchers read widely to learn the state of the art and where it can improve." },
      { skill: "scientific-writing", level: 4, weight: 3, rationale: "Publishing papers, with first-author papers at top venues expected for entry, is the main output." },
      { skill: "deep-learning", level: 4, weight: 3, rationale: "Detailed deep-learning knowledge is named as the foundation of the role." },
      { skill: "statistics", level: 3, weight: 2, rationale: "Claims must survive noise across seeds and datasets." },
      { skill: "paper-implementation", level: 3, weight: 2, rationale: "The article notes research scientists must still be engineers who implement their ideas." },
      { skill: "dl-frameworks", level: 3, weight: 2, rationale: "Ideas are prototyped directly in PyTorch or JAX." },
      { skill: "model-evaluation", level: 3, weight: 2, rationale: "Convincing results depend on fair baselines and benchmarks." },
      { skill: "python", level: 3, weight: 2, rationale: "Research prototypes and analysis are written in Python." },
      { skill: "cross-functional-collaboration", level: 2, weight: 1, rationale: "Research involves a lot of discussion and interaction with collaborators." },
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
