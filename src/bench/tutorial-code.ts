// The realistic corpus's code blocks: 5–40 lines in ten languages, assembled from a header, a function around
// statements drawn from a pool, and comments in Chinese and English, with names and values drawn anew for each
// statement, so that no two blocks of a corpus are alike (as in real tutorials, and as the highlight cache sees them).
import { pick } from "./article-shape.ts";
import { NUMBERS } from "./tutorial-words.ts";

export const CODE_LANGUAGES = ["python", "bash", "typescript", "javascript", "json", "yaml", "rust", "go", "cpp", "sql"] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

const COMMENTS = (
  "初始化配置|加载数据并做基本校验|检查输入参数是否合法|构建索引以加速查询|处理边界情况：空输入直接返回|缓存计算结果，避免重复请求|" +
  "记录日志，便于线上排查问题|TODO: 后续改为异步实现|使用 batch 方式提交，减少网络往返|释放资源，防止内存泄漏|NOTE: 超时时间需要根据实际情况调整|" +
  "过滤掉无效数据|合并多个来源的结果|重试三次后放弃|retry with exponential backoff|normalize input before hashing|统计耗时，单位为毫秒|" +
  "兼容旧版本的 API|确保线程安全|写入磁盘前先压缩"
).split("|");
const VARIABLES = "data items result count total buffer config cache records payload offset limit users tokens batch retries".split(" ");
const VERBS = "load parse build fetch render update compute validate merge flush".split(" ");
const NOUNS = "config records tokens cache index batch user payload".split(" ");
const KEYS = "name status score email region category level title".split(" ");
const STRINGS = "production|localhost|/api/v1/items|utf-8|admin|default|v2.3.1|Asia/Shanghai|info|data/train".split("|");
const TYPES = "User Record Config Item Token Event".split(" ");
const TABLES = "users orders articles events sessions products".split(" ");

/**
 * A language's pieces. Slots: `§v`/`§w` variables, `§f` a function, `§k` a key, `§s` a string, `§n` a number,
 * `§T` a type, `§t` a table; a slot keeps its value within one piece (and the function's name across the function).
 */
interface Pieces {
  comment: string;
  indent: string;
  /** snake_case function names. */
  snake?: boolean;
  headers: readonly string[];
  open?: string;
  close?: string;
  statements: readonly string[];
}

const JS_STATEMENTS = [
  "const §v = await fetch(`/api/§k?limit=§n`);",
  'if (!§v) {\n  throw new Error("§s is required");\n}',
  "const §w = §v.filter((x) => x.§k !== undefined).map((x) => x.id);",
  "for (const item of §v) {\n  §w.set(item.§k, item);\n}",
  "console.log(`[§s] processed ${§v.length} items`);",
  "const { §k, ...rest } = §v;",
  "await new Promise((resolve) => setTimeout(resolve, §n));",
  'try {\n  §w = JSON.parse(§v);\n} catch (err) {\n  console.error("parse failed", err);\n}',
  '§v.§k = §w.§k ?? "§s";',
];

const PIECES: Record<Exclude<CodeLanguage, "json" | "yaml">, Pieces> = {
  python: {
    comment: "#", indent: "    ", snake: true, open: "def §f(§v, §w=None):", close: "    return §v",
    headers: ["import json\nimport logging\n\nlogger = logging.getLogger(__name__)", "import os\nfrom pathlib import Path", "import numpy as np\nimport pandas as pd", "from typing import Any, Dict, List"],
    statements: [
      '§v = §w.get("§k", §n)', 'logger.info("§s: %s", §v)', "for item in §v:\n    if item is None:\n        continue\n    §w.append(item)",
      'if len(§v) > §n:\n    raise ValueError("§s too large")', "§v = [x * §n for x in §w if x]",
      'with open(Path("§k.json"), encoding="utf-8") as fp:\n    §v = json.load(fp)',
      'try:\n    §v = §f(§w)\nexcept KeyError as err:\n    logger.warning("missing key: %s", err)', '§v["§k"] = §w.get("§k", 0) + §n',
    ],
  },
  bash: {
    comment: "#", indent: "",
    headers: ["#!/usr/bin/env bash\nset -euo pipefail", "# 在项目根目录执行"],
    statements: [
      'export APP_ENV="§s"', 'mkdir -p "$HOME/§k/logs"', 'for f in ./§k/*.log; do\n  gzip -9 "$f"\ndone',
      'if [ ! -d "./§k" ]; then\n  echo "目录不存在: §k" >&2\n  exit 1\nfi', "curl -fsSL \"http://localhost:§n/health\" | jq '.status'",
      "docker run -d --name §k -p §n:80 nginx:alpine", "git pull --rebase origin main", "npm ci && npm run build", "pip install -r requirements.txt",
      'tar -czf "backup-$(date +%F).tar.gz" ./§k', 'grep -rn "TODO" src/ | wc -l', "kubectl rollout status deployment/§k --timeout=§ns",
    ],
  },
  javascript: {
    comment: "//", indent: "  ", open: "export async function §f(§v, §w = {}) {", close: "  return §v;\n}",
    headers: ["import fs from 'node:fs/promises';", "import path from 'node:path';\nimport { fileURLToPath } from 'node:url';", "const express = require('express');"],
    statements: JS_STATEMENTS,
  },
  typescript: {
    comment: "//", indent: "  ", open: "export async function §f(§v: §T[], §w: Map<string, §T>): Promise<§T[]> {", close: "  return §v;\n}",
    headers: ["import type { §T } from './types';", "import { readFile } from 'node:fs/promises';\nimport type { §T } from '../models';", "interface §TOptions {\n  limit?: number;\n  §k: string;\n}"],
    statements: [...JS_STATEMENTS, "const §w: Map<string, §T> = new Map();", "const §v = (input as §T[]).slice(0, §n);", 'type Partial§T = Partial<Pick<§T, "§k">>;'],
  },
  rust: {
    comment: "//", indent: "    ", snake: true, open: "pub fn §f(§v: &[§T]) -> Result<usize, Error> {", close: "    Ok(§v.len())\n}",
    headers: ["use std::collections::HashMap;", "use std::fs;\nuse std::io::{self, Read};", "use serde::{Deserialize, Serialize};"],
    statements: [
      "let mut §v: Vec<§T> = Vec::with_capacity(§n);", "let §w = §v.iter().filter(|x| x.§k > §n).count();", 'for item in §v.iter() {\n    println!("{:?}", item);\n}',
      "let mut §w: HashMap<String, usize> = HashMap::new();", 'if §v.is_empty() {\n    return Err(Error::new("§s"));\n}', 'let §w = fs::read_to_string("§k.toml")?;',
      'match §v.get(§n) {\n    Some(x) => println!("found {}", x.§k),\n    None => eprintln!("missing"),\n}', '§w.entry("§k".to_string()).or_insert(0);',
    ],
  },
  go: {
    comment: "//", indent: "\t", open: "func §f(§v []string) error {", close: "\treturn nil\n}",
    headers: ['package main\n\nimport (\n\t"fmt"\n\t"os"\n)', 'package service\n\nimport (\n\t"context"\n\t"log"\n\t"time"\n)'],
    statements: [
      "§v := make([]string, 0, §n)", 'if err != nil {\n\treturn fmt.Errorf("§s: %w", err)\n}', 'for i, item := range §v {\n\tfmt.Printf("%d: %v\\n", i, item)\n}',
      '§w, err := os.ReadFile("§k.json")', "ctx, cancel := context.WithTimeout(context.Background(), §n*time.Millisecond)\ndefer cancel()",
      '§w := map[string]int{"§k": §n}', 'log.Printf("processed %d items", len(§v))', "go func() {\n\tdefer wg.Done()\n\t§w <- §v\n}()",
    ],
  },
  cpp: {
    comment: "//", indent: "    ", snake: true, open: "int §f(const std::vector<int>& §v) {", close: "    return 0;\n}",
    headers: ["#include <iostream>\n#include <vector>", "#include <algorithm>\n#include <string>\n#include <unordered_map>", "#include <memory>\n#include <stdexcept>"],
    statements: [
      "std::vector<int> §w;\n§w.reserve(§n);", 'for (const auto& item : §v) {\n    std::cout << item << "\\n";\n}', "std::unordered_map<std::string, int> §w;",
      'if (§v.empty()) {\n    throw std::runtime_error("§s");\n}', "auto §w = std::make_unique<std::vector<int>>(§n);", "std::sort(§w.begin(), §w.end());",
      "const int §w = static_cast<int>(§v.size()) * §n;",
    ],
  },
  sql: {
    comment: "--", indent: "",
    headers: ["-- 以下语句在 PostgreSQL 15 上测试通过", "BEGIN;"],
    statements: [
      "SELECT §k, COUNT(*) AS total\nFROM §t\nWHERE created_at >= NOW() - INTERVAL '§n days'\nGROUP BY §k\nORDER BY total DESC\nLIMIT §n;",
      "CREATE TABLE IF NOT EXISTS §t (\n    id BIGSERIAL PRIMARY KEY,\n    §k VARCHAR(§n) NOT NULL,\n    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP\n);",
      "CREATE INDEX idx_§t_§k ON §t (§k);", "INSERT INTO §t (§k, status) VALUES ('§s', 'active');", "UPDATE §t SET status = 'archived' WHERE id < §n;",
      "EXPLAIN ANALYZE SELECT * FROM §t WHERE §k = '§s';",
    ],
  },
};

/** How each slot but the function's name is drawn. */
const SLOTS: Record<string, readonly string[]> = { v: VARIABLES, w: VARIABLES, k: KEYS, s: STRINGS, n: NUMBERS.map(String), T: TYPES, t: TABLES };

/** Fills a piece's slots; `kept` carries values across pieces (the function's name from `open` to its body). */
function fillSlots(next: () => number, template: string, pieces: Pieces, kept = new Map<string, string>()): string {
  const functionName = () => {
    const [verb, noun] = [pick(next, VERBS), pick(next, NOUNS)];
    return pieces.snake ? `${verb}_${noun}` : `${verb}${noun[0]!.toUpperCase()}${noun.slice(1)}`;
  };
  return template.replace(/§(\w)/g, (written, slot: string) => {
    const pool = SLOTS[slot];
    if (!kept.has(slot)) kept.set(slot, slot === "f" ? functionName() : pool === undefined ? written : pick(next, pool));
    return kept.get(slot)!;
  });
}

/** A scalar for JSON and YAML: a number, a boolean or a string. */
function scalar(next: () => number): string | number | boolean {
  const kind = Math.floor(next() * 3);
  return kind === 0 ? pick(next, NUMBERS) : kind === 1 ? next() < 0.5 : pick(next, STRINGS);
}

const DATA_KEYS = "name version port host timeout retries enabled features database cache logging level region replicas endpoint env mode output format".split(" ");

/** A JSON or YAML configuration of about `lines` lines (never more than 40): scalars, small maps and lists. */
function dataBlock(next: () => number, language: "json" | "yaml", lines: number): string {
  const entries: Array<[string, unknown]> = [];
  const yaml: string[] = [];
  const json = (list: Array<[string, unknown]>) => JSON.stringify(Object.fromEntries(list), null, 2);
  const size = () => (language === "json" ? json(entries).split("\n").length : yaml.length);
  while (size() < lines) {
    const key = `${pick(next, DATA_KEYS)}_${entries.length + 1}`;
    const kind = next();
    const value: unknown =
      kind < 0.3
        ? Object.fromEntries(KEYS.slice(0, 2 + Math.floor(next() * 3)).map((name) => [name, scalar(next)]))
        : kind < 0.45
          ? STRINGS.slice(Math.floor(next() * 5), 7 + Math.floor(next() * 3))
          : scalar(next);
    const entry = next() < 0.35 ? [`# ${pick(next, COMMENTS)}`] : [];
    if (Array.isArray(value)) entry.push(`${key}:`, ...value.map((item) => `  - ${JSON.stringify(item)}`));
    else if (typeof value === "object" && value !== null) entry.push(`${key}:`, ...Object.entries(value).map(([name, item]) => `  ${name}: ${JSON.stringify(item)}`));
    else entry.push(`${key}: ${JSON.stringify(value)}`);
    const grown = language === "json" ? json([...entries, [key, value]]).split("\n").length : yaml.length + entry.length;
    if (grown > 40) break;
    entries.push([key, value]);
    yaml.push(...entry);
  }
  return language === "json" ? json(entries) : yaml.join("\n");
}

/** A code block of 5–40 lines in `language`, without a final newline. */
export function codeBlock(next: () => number, language: CodeLanguage): string {
  const target = 5 + Math.floor(next() * 36);
  if (language === "json" || language === "yaml") return dataBlock(next, language, target);
  const pieces = PIECES[language];
  const functionSlots = new Map<string, string>();
  const lines = fillSlots(next, pick(next, pieces.headers), pieces).split("\n");
  lines.push("");
  if (pieces.open !== undefined) lines.push(fillSlots(next, pieces.open, pieces, functionSlots));
  const close = pieces.close === undefined ? [] : fillSlots(next, pieces.close, pieces, functionSlots).split("\n");
  while (lines.length + close.length < target) {
    const statement = fillSlots(next, pick(next, pieces.statements), pieces).split("\n").map((line) => (line === "" ? line : pieces.indent + line));
    if (next() < 0.4) statement.unshift(`${pieces.indent}${pieces.comment} ${pick(next, COMMENTS)}`);
    if (lines.length + close.length + statement.length > 40) break;
    lines.push(...statement);
  }
  return [...lines, ...close].join("\n");
}
