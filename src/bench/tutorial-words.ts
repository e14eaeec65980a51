// The words of the realistic corpus's tutorials: topics (each in a section), Chinese sentence templates with English
// terms, inline code, inline math, bold and bare URLs, and the fill that turns a template into text. Pools only: what
// an article holds is decided in tutorial-plan.ts and tutorial-shape.ts.
import { pick } from "./article-shape.ts";

/** The realistic corpus's section folders, each with an `_index.md`; a topic's articles live in its section. */
export const TUTORIAL_SECTIONS = [
  { folder: "ai", title: "人工智能" },
  { folder: "frontend", title: "前端开发" },
  { folder: "backend", title: "后端服务" },
  { folder: "devops", title: "运维与部署" },
  { folder: "database", title: "数据库" },
  { folder: "systems", title: "系统编程" },
  { folder: "tools", title: "开发工具" },
  { folder: "encyclopedia", title: "计算机百科" },
] as const;

export type SectionFolder = (typeof TUTORIAL_SECTIONS)[number]["folder"];

/** A topic: its Chinese name, the English words of its slugs, its section. */
export interface Topic {
  name: string;
  slug: string;
  section: SectionFolder;
}

const topics = (section: SectionFolder, list: string): Topic[] =>
  list.split(";").map((entry) => {
    const [name = "", slug = ""] = entry.split("|");
    return { name, slug, section };
  });

export const TOPICS: readonly Topic[] = [
  ...topics("ai", "深度学习|deep-learning;神经网络|neural-network;大语言模型|llm;推荐系统|recommender;计算机视觉|computer-vision"),
  ...topics("frontend", "前端性能优化|web-performance;React 状态管理|react-state;CSS 布局|css-layout;TypeScript 类型系统|typescript-types"),
  ...topics("backend", "微服务架构|microservices;RESTful API 设计|rest-api;消息队列|message-queue;缓存策略|caching"),
  ...topics("devops", "Docker 容器化|docker;Kubernetes 集群管理|kubernetes;CI/CD 流水线|ci-cd;日志与监控|observability"),
  ...topics("database", "SQL 查询优化|sql-tuning;数据库索引|db-index;分布式事务|distributed-tx"),
  ...topics("systems", "Rust 所有权机制|rust-ownership;Go 并发编程|go-concurrency;内存管理|memory"),
  ...topics("tools", "Git 工作流|git-workflow;Shell 脚本|shell;Vim 配置|vim"),
  ...topics("encyclopedia", "算法复杂度|complexity;数据结构|data-structures;网络协议|network-protocols"),
];

export const TAGS = (
  "百科 知识 概念 入门 进阶 实战 教程 最佳实践 性能优化 架构 源码分析 面试 工具 效率 Python JavaScript TypeScript Rust Go C++ " +
  "SQL Docker Kubernetes Linux Git React Vue Node.js 机器学习 深度学习 数据库 网络 安全 测试 DevOps 云原生 前端 后端 算法 数据结构"
).split(" ");

export const AUTHORS = ["AI知识库", "张伟", "李娜", "王芳", "陈晨", "Kiln 编辑部", "老赵的技术笔记", "Alex Chen"];

/** English terms, as Chinese tutorials leave them. */
export const TERMS = (
  "API|SDK|CLI|HTTP/2|gRPC|JSON|Docker|Kubernetes|Redis|PostgreSQL|MySQL|Kafka|Nginx|React|Vue|Node.js|TypeScript|WebAssembly|" +
  "GPU|CUDA|PyTorch|TensorFlow|Transformer|Attention|embedding|batch size|learning rate|CI/CD|TLS|OAuth 2.0|JWT|ORM|LRU|B+ Tree|" +
  "async/await|Promise|goroutine|channel|borrow checker|lifetime|SSR|CDN|middleware|webhook|Prometheus|Grafana|RPC|eBPF|SIMD"
).split("|");
const QUALITIES = "性能 可维护性 可读性 稳定性 扩展性 吞吐量 响应延迟 安全性 开发效率 资源利用率".split(" ");
const PLACES = "高并发场景 数据处理流程 生产环境 团队协作 大规模集群 移动端 离线批处理任务 微服务之间的调用".split(" ");
const THINGS = "博客系统 短链接服务 实时聊天室 日志分析平台 图片分类器 任务调度器 命令行工具 个人知识库".split(" ");
const COMMANDS = (
  "npm run build|git rebase -i|useEffect|torch.no_grad()|kubectl get pods|cargo test|go mod tidy|JSON.parse|" +
  "asyncio.gather|EXPLAIN ANALYZE|docker compose up -d|--max-old-space-size|Array.prototype.map|Arc<Mutex<T>>|select!"
).split("|");
export const NUMBERS = [2, 3, 5, 8, 10, 16, 30, 32, 64, 100, 128, 256, 500, 1024, 3000, 8080];

/**
 * Sentences: `{T}` the topic, `{e}`/`{e2}` terms, `{x}` a quality, `{p}` a place, `{y}` a thing built, `{i}` a command,
 * `{n}` a number, `{s}` a topic's slug. Some carry bold, inline code, links, or a bare URL (followed by a space:
 * linkify would take the Chinese punctuation into the link). Inline math (no Chinese inside `$…$`, and never a digit
 * right after the closing `$`, which Kiln would read as a price) is in {@link MATH_SENTENCES}.
 */
export const SENTENCES = [
  "{T}是现代软件开发中非常重要的一个领域，理解它的基本原理可以帮助我们写出{x}更好的代码。",
  "在{p}中，{e}通常被用来提升{x}，但同时也会带来额外的复杂度。",
  "与传统方案相比，基于{e}的实现方式在{x}方面有明显优势。",
  "很多初学者会把{e}和{e2}混为一谈，其实两者解决的是完全不同的问题。",
  "我们可以通过 `{i}` 来查看当前的状态，这在调试时非常有用。",
  "需要注意的是，{e}的默认配置并不适合{p}，建议根据实际负载进行调整。",
  "根据我们的测试，合理使用{e}之后，{x}提升了大约 {n}%。",
  "如果你刚开始学习{T}，可以先从一个最小可运行的例子入手，再逐步加入{e}等高级特性。",
  "这一步看似简单，却是整个流程中最容易出错的地方。",
  "**关键点在于**：先保证正确性，再考虑{x}。",
  "在团队协作中，统一的{e}规范能够减少大量沟通成本。",
  "下面的示例展示了如何在{p}中使用{e}完成一个完整的任务。",
  "更多细节可以参考 [{e} 官方文档](https://docs.example.org/{s}/guide)，遇到问题时应当优先查阅。",
  "完整的配置项列表见 https://docs.example.org/{s}/reference ，升级前建议逐项核对。",
  "当数据量超过 {n} 万条时，简单的实现往往会遇到{x}瓶颈。",
  "从架构角度看，{T}的核心思想可以概括为“分而治之”。",
  "执行 `{i}` 之前，务必确认输入参数已经过校验。",
  "实践中最常见的错误是忽略了{e2}的边界条件，这会让问题在**上线之后**才暴露出来。",
  "这种设计让{e}与业务逻辑解耦，从而提高了系统的{x}。",
  "总的来说，{T}并没有银弹，每种方案都有自己的取舍。",
  "社区里有一篇[很好的讨论](https://forum.example.com/t/{s}/{n})，值得花时间读一读。",
  "我们曾经用{e}构建过一个{y}，上线后{x}一直表现良好。",
];

/** Sentences with inline math, mixed into the prose of the articles that have math. */
export const MATH_SENTENCES = [
  "对长度为 $n$ 的输入，这一步的时间复杂度是 $O(n \\log n)$，额外空间是 $O(n)$。",
  "把学习率记作 $\\eta$，每次更新就是 $w \\leftarrow w - \\eta \\nabla L(w)$，{e}的调参也围绕它展开。",
  "命中率 $h = \\frac{hits}{hits + misses}$ 每提高一点，{x}都会有可观的改善。",
  "内存占用大约是 $N \\times d \\times 4$ 字节，其中 $d$ 是 embedding 的维度。",
  "如果请求的到达服从泊松分布 $P(k) = \\frac{\\lambda^k e^{-\\lambda}}{k!}$，排队时间就可以估算出来。",
];

export const H2 = ["{T}基础概念", "为什么需要 {e}", "环境准备", "核心原理", "实战：用 {e} 构建{y}", "性能优化", "常见问题", "最佳实践", "进阶：{e} 与 {e2}", "设计思路"];
export const H3 = ["安装依赖", "配置 {e}", "第一步：准备数据", "代码实现", "注意事项", "调试技巧", "使用 {e}", "测试与验证", "原理分析"];
export const LIST_ITEMS = ["负责管理{x}相关的逻辑", "提供统一的调用接口", "在{p}中尤其常见", "可以显著改善{x}", "需要配合 {e2} 一起使用", "适合快速验证想法"];
export const LIST_STEPS = ["安装并配置 {e}", "编写{T}的最小示例", "运行测试并检查输出", "根据日志调整参数", "把服务部署到{p}", "用 `{i}` 检查结果"];
export const TITLES = [
  "{T}入门指南", "深入理解{T}", "{T}实战：从零到一", "{T}最佳实践与常见陷阱", "{T}性能优化的 {n} 个技巧", "用 {e} 搞定{T}",
  "{T}核心原理解析", "{e} 与 {e2}：如何选择？", "{T}学习笔记（{n}）", "{T} & {e}：一次完整的踩坑记录", "“{T}”到底是什么？", "从 \"Hello World\" 到{T}",
];
export const DESCRIPTIONS = ["从基础概念到生产实践的完整指南", "包含可运行的代码示例和常见问题解答", "结合真实项目经验的详细技术文章", "一篇写给初学者的通俗介绍"];
export const SLUG_WORDS = "intro guide deep-dive notes tips cookbook patterns faq".split(" ");
export const FIGURE_CAPTIONS = ["{T}架构图", "{T}流程示意", "{e} 工作原理", "系统整体结构", "{e} 的调用链路", "压测结果对比"];

/** Count of Han characters: how the prose's length is budgeted. */
export const hanCount = (text: string): number => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/** How each placeholder but the topic's is drawn. */
const PLACEHOLDERS: Record<string, (next: () => number) => string> = {
  e: (next) => pick(next, TERMS),
  e2: (next) => pick(next, TERMS),
  x: (next) => pick(next, QUALITIES),
  p: (next) => pick(next, PLACES),
  y: (next) => pick(next, THINGS),
  i: (next) => pick(next, COMMANDS),
  n: (next) => String(pick(next, NUMBERS)),
  s: (next) => pick(next, TOPICS).slug,
};

/**
 * A template filled from `next`: each placeholder drawn once, so `{e}` names one term wherever it repeats; unknown
 * ones are left as written.
 */
export function fill(next: () => number, template: string, topic: Topic): string {
  const drawn = new Map<string, string>([["T", topic.name]]);
  return template.replace(/\{(\w+)\}/g, (written, key: string) => {
    const draw = PLACEHOLDERS[key];
    if (!drawn.has(key)) drawn.set(key, draw === undefined ? written : draw(next));
    return drawn.get(key)!;
  });
}

/** A paragraph of sentences until it holds `budget` Han characters (at most six), with inline math when `math`. */
export function paragraph(next: () => number, topic: Topic, budget: number, math = false): string {
  const pool = math ? [...SENTENCES, ...MATH_SENTENCES] : SENTENCES;
  const sentences: string[] = [];
  do sentences.push(fill(next, pick(next, pool), topic));
  while (hanCount(sentences.join("")) < budget && sentences.length < 6);
  return sentences.join("");
}
