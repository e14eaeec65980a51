// Small notebooks written for the tests: nbformat 4 JSON built from cells, so each test shows only what it is about.

type Cell = Record<string, unknown>;

/** A notebook's JSON text with these cells and metadata (a Python kernel unless the metadata says otherwise). */
export function notebookJson(cells: Cell[], metadata: Record<string, unknown> = {}): string {
  const kernel = { kernelspec: { name: "python3", display_name: "Python 3", language: "python" } };
  return JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: { ...kernel, ...metadata }, cells });
}

export const markdown = (source: string | string[], extra: Cell = {}): Cell => ({ cell_type: "markdown", metadata: {}, source, ...extra });
export const raw = (source: string): Cell => ({ cell_type: "raw", metadata: {}, source });
export const code = (source: string, outputs: Cell[] = [], tags: string[] = [], count: number | null = 1): Cell => ({
  cell_type: "code",
  metadata: tags.length > 0 ? { tags } : {},
  execution_count: count,
  outputs,
  source,
});
export const stream = (name: "stdout" | "stderr", text: string | string[]): Cell => ({ output_type: "stream", name, text });
export const result = (data: Record<string, unknown>, count = 1): Cell => ({ output_type: "execute_result", execution_count: count, metadata: {}, data });
export const display = (data: Record<string, unknown>, metadata: Record<string, unknown> = {}): Cell => ({ output_type: "display_data", metadata, data });

/** A 2×1 PNG, as Jupyter stores it (base64 split over lines). */
export const PNG_2X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+K\nAAAADklEQVR4nGP4z8AAQv8BD/kD/YURmXYAAAAASUVORK5CYII=\n";

/** The front matter every test article needs. */
export const FRONT = raw("---\ntitle: 测试笔记本\ndate: 2025-01-01T10:00:00+08:00\n---\n");
