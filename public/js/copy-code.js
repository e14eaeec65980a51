// @ts-check
// copy-code.js: a "copy" button on every code block. Copies what a reader would type: no `$ ` prompts, no
// command output in shell sessions, no lines marked removed (`[!code --]`). Confirms on the button and to
// screen readers through one polite live region.

const zh = document.documentElement.lang.toLowerCase().startsWith("zh");
const TEXT = zh
  ? { copy: "复制", label: "复制代码", copied: "已复制", announce: "代码已复制到剪贴板", failed: "复制失败" }
  : { copy: "Copy", label: "Copy code", copied: "Copied", announce: "Code copied to the clipboard", failed: "Copy failed" };

/** @param {HTMLElement} code @returns {string} */
export function codeText(code) {
  const lines = code.querySelectorAll(":scope > .line");
  if (lines.length === 0) return code.textContent ?? "";
  const kept = [];
  for (const line of lines) {
    if (line.matches(".diff.remove, .line--output")) continue;
    const clone = /** @type {HTMLElement} */ (line.cloneNode(true));
    clone.querySelectorAll(".line__prompt").forEach((prompt) => prompt.remove());
    const text = clone.textContent ?? "";
    // A removed `// [!code …]` comment can leave a space behind on its (marked) line.
    kept.push(line.classList.length > 1 ? text.trimEnd() : text);
  }
  return kept.join("\n");
}

const blocks = document.querySelectorAll("figure.code-block");
if (blocks.length > 0 && navigator.clipboard) {
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.append(status);

  for (const block of blocks) {
    const code = block.querySelector("pre > code");
    if (!(code instanceof HTMLElement)) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "code-copy";
    button.textContent = TEXT.copy;
    button.setAttribute("aria-label", TEXT.label);
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let reset;
    button.addEventListener("click", async () => {
      let ok = true;
      try {
        await navigator.clipboard.writeText(codeText(code));
      } catch {
        ok = false;
      }
      button.textContent = ok ? TEXT.copied : TEXT.failed;
      button.dataset["state"] = ok ? "copied" : "failed";
      // Emptied first so the same message is announced again on a second copy.
      status.textContent = "";
      status.textContent = ok ? TEXT.announce : TEXT.failed;
      clearTimeout(reset);
      reset = setTimeout(() => {
        button.textContent = TEXT.copy;
        delete button.dataset["state"];
      }, 2000);
    });
    block.append(button);
  }
}
