// The distractors of the ranking test: 60 generated articles about servers, databases and front-end work whose words
// share parts with the deep-learning terms (优化 and 器, 超 and 参数, 注意 and 机制, 正则, 调度, 裁剪…), so a page
// that merely mentions the parts competes with the page about the term, as on a real mixed site.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Sentences in the shared vocabulary; none holds a term of the query set whole. */
const SENTENCES = [
  "数据库查询优化要先看执行计划，再决定是否加索引。",
  "服务器的连接超时参数设得太短，高峰期就会频繁报错。",
  "容器编排时有几条注意事项：资源限制、健康检查和重启机制。",
  "用正则表达式校验输入之前，先想清楚要匹配的格式。",
  "任务调度系统需要重试机制和幂等设计。",
  "图片缩放与裁剪应该在上传时完成，避免每次请求都处理。",
  "编辑器的插件越多，启动越慢，定期清理很有必要。",
  "学习笔记里记下了提高效率的几个小技巧。",
  "命令行参数解析推荐使用成熟的库，而不是手写。",
  "缓存的命中率决定了优化的上限。",
  "浏览器的渲染性能优化离不开减少重排和重绘。",
  "调试器可以在条件断点处暂停，观察变量的变化。",
  "消息队列里的消息过期后会被丢弃，注意设置合理的时间。",
  "日志的平滑滚动显示需要前端做节流处理。",
  "权限模型里的权重字段决定了规则的优先级。",
  "字符编码不一致是乱码的根源，统一用 UTF-8。",
  "矩阵运算在前端图形渲染中很常见。",
  "信号衰减会影响无线网络的吞吐量。",
  "数据迁移前要备份，并准备回滚方案。",
  "超链接的样式要和正文区分开，方便读者识别。",
  "函数参数过多时，考虑把它们收进一个配置对象。",
  "服务器上的定时任务要记录执行结果，方便排查。",
  "连接池的大小要根据数据库的承载能力来设置。",
  "安全增强措施包括最小权限原则和定期轮换密钥。",
  "交叉编译时要指定目标平台的工具链。",
  "批处理脚本适合在夜间低峰期运行。",
  "标签页过多会占用大量内存，浏览器会自动冻结后台页面。",
  "注意力不集中时，试试番茄工作法提高效率。",
  "拟合曲线之前，先把异常值剔除。",
  "退火算法是一种经典的随机搜索方法。",
];

const TOPICS = [
  { folder: "backend", category: "后端开发", titles: ["服务器性能优化", "超时参数调优", "任务调度与重试机制"] },
  { folder: "frontend", category: "前端开发", titles: ["浏览器渲染优化", "图片缩放与裁剪", "正则表达式与字符编码"] },
  { folder: "ops", category: "运维", titles: ["容器编排注意事项", "服务器定时任务调度", "日志衰减与归档"] },
  { folder: "tools", category: "开发工具", titles: ["编辑器与调试器", "学习效率笔记", "批处理与数据增量"] },
] as const;

/** Headings that hold parts of the terms too: Pagefind weighs heading words above text. */
const HEADINGS = ["优化思路", "注意事项", "参数说明", "处理机制", "常见问题", "学习资料"];

/** Writes the 60 distractor articles below `folder` (article i takes sentences by a fixed stride: deterministic). */
export async function writeDistractors(folder: string): Promise<void> {
  for (let index = 0; index < 60; index++) {
    const topic = TOPICS[index % TOPICS.length]!;
    const title = `${topic.titles[index % topic.titles.length]}（${index + 1}）`;
    const body = Array.from({ length: 12 }, (_, line) => SENTENCES[(index * 7 + line * 11) % SENTENCES.length]);
    const text = [
      "---",
      `title: ${JSON.stringify(title)}`,
      `date: 2025-0${1 + (index % 4)}-${String(1 + (index % 28)).padStart(2, "0")}T09:00:00+08:00`,
      `categories: [${JSON.stringify(topic.category)}]`,
      "---",
      "",
      `## ${HEADINGS[index % HEADINGS.length]}`,
      "",
      body.slice(0, 6).join(""),
      "",
      `## ${HEADINGS[(index + 3) % HEADINGS.length]}`,
      "",
      body.slice(6).join(""),
      "",
    ].join("\n");
    await mkdir(join(folder, topic.folder), { recursive: true });
    await writeFile(join(folder, topic.folder, `note-${String(index + 1).padStart(2, "0")}.md`), text);
  }
}
