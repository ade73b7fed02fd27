import type { Category } from "./types";

// The order is the order the UI groups skills in, so it follows a person's usual path from
// writing code, through data and analysis, to models, research, production and hardware.
export const CATEGORIES: readonly Category[] = [
  {
    slug: "software-engineering",
    name: "Programming and software engineering",
    description:
      "Writing, structuring, testing and sharing code that other people can read, run and change.",
  },
  {
    slug: "data",
    name: "Data",
    description:
      "Collecting, storing, shaping and moving data so it is reliable and easy to reach for analysis and models.",
  },
  {
    slug: "analysis-statistics",
    name: "Analysis and statistics",
    description:
      "The mathematics, statistics and exploratory habits that turn raw data into trustworthy findings.",
  },
  {
    slug: "machine-learning",
    name: "Machine learning",
    description:
      "Building, adapting and evaluating models that learn patterns from data, from classical methods to deep learning.",
  },
  {
    slug: "research",
    name: "Research",
    description:
      "Reading the literature, forming and testing hypotheses, implementing new ideas and writing them up.",
  },
  {
    slug: "production-infrastructure",
    name: "Production and infrastructure",
    description:
      "Designing, deploying, scaling and operating the systems that train and serve models for real users.",
  },
  {
    slug: "hardware-performance",
    name: "Hardware and performance",
    description:
      "Making ML workloads fast on real machines, from low-level code and GPU kernels to accelerators and compilers.",
  },
  {
    slug: "business-collaboration",
    name: "Business and collaboration",
    description:
      "Understanding the goals behind the work and communicating, collaborating and leading across teams.",
  },
];
