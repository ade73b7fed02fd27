import type { CategorySlug } from "../types";
import type { LocalizedCategory } from "./types";

export const KO_CATEGORIES: Readonly<Record<CategorySlug, LocalizedCategory>> = {
  "software-engineering": {
    name: "프로그래밍과 소프트웨어 엔지니어링",
    description: "다른 사람이 읽고 실행하고 고칠 수 있는 코드를 작성하고, 구조화하고, 테스트하고, 공유하는 일.",
  },
  data: {
    name: "데이터",
    description: "분석과 모델에 믿고 쓸 수 있도록 데이터를 수집·저장·가공·이동해 쉽게 접근할 수 있게 만드는 일.",
  },
  "analysis-statistics": {
    name: "분석과 통계",
    description: "원시 데이터를 믿을 수 있는 결과로 바꾸는 수학·통계 지식과 탐색적 분석 습관.",
  },
  "machine-learning": {
    name: "머신러닝",
    description: "고전적 기법부터 딥러닝까지, 데이터에서 패턴을 학습하는 모델을 만들고, 맞게 조정하고, 평가하는 일.",
  },
  research: {
    name: "연구",
    description: "문헌을 읽고, 가설을 세워 검증하고, 새로운 아이디어를 구현해 글로 정리하는 일.",
  },
  "production-infrastructure": {
    name: "프로덕션과 인프라",
    description: "실제 사용자를 위해 모델을 학습시키고 서빙하는 시스템을 설계·배포·확장·운영하는 일.",
  },
  "hardware-performance": {
    name: "하드웨어와 성능",
    description: "저수준 코드와 GPU 커널부터 가속기와 컴파일러까지, 실제 머신에서 ML 워크로드를 빠르게 돌리는 일.",
  },
  "business-collaboration": {
    name: "비즈니스와 협업",
    description: "일의 목표를 이해하고, 여러 팀에 걸쳐 소통하고 협업하며 이끄는 일.",
  },
};
