// Grammars on demand: a language's grammar is loaded the first time a block needs it, together with every grammar
// it can reach, so its HTML is the same as when all of Kiln's languages are loaded up front (and never depends on
// which blocks came first).
import type { LanguageRegistration } from "shiki";

/** The part of shiki's highlighter the loader uses. */
export interface GrammarHost {
  loadLanguageSync(...langs: LanguageRegistration[][]): void;
  getLoadedLanguages(): string[];
}

/** Every scope a grammar includes by name (`source.css`, `source.css#rule`), nested rules included. */
function includedScopes(grammar: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(grammar)) {
    for (const item of grammar) includedScopes(item, found);
  } else if (typeof grammar === "object" && grammar !== null) {
    for (const [key, value] of Object.entries(grammar)) {
      if (key === "include" && typeof value === "string" && !value.startsWith("#") && !value.startsWith("$")) {
        found.add(value.split("#")[0]!);
      } else if (typeof value === "object") {
        includedScopes(value, found);
      }
    }
  }
  return found;
}

/** Loads grammars into `host` on demand, drawing on `registrations` (all of Kiln's languages and what they embed). */
export class GrammarLoader {
  readonly #host: GrammarHost;
  readonly #byName = new Map<string, LanguageRegistration>();
  readonly #neighbours = new Map<string, string[]>();
  readonly #ready = new Set<string>();

  constructor(host: GrammarHost, registrations: readonly LanguageRegistration[]) {
    this.#host = host;
    for (const registration of registrations) this.#byName.set(registration.name, registration);
  }

  /** Makes sure `language` (a shiki language id, or one of its aliases) can be highlighted. */
  ensure(language: string): void {
    if (this.#ready.has(language)) return;
    const name = this.#resolve(language);
    const loaded = new Set(this.#host.getLoadedLanguages());
    const missing = [...this.#reach(name)].filter((other) => !loaded.has(other));
    for (const batch of this.#loadOrder(missing)) this.#host.loadLanguageSync(batch);
    this.#ready.add(language);
  }

  #resolve(language: string): string {
    if (this.#byName.has(language)) return language;
    for (const registration of this.#byName.values()) if (registration.aliases?.includes(language)) return registration.name;
    throw new Error(`no grammar for "${language}": it is not one of Kiln's languages`);
  }

  /** The grammars `name` can reach: what it embeds (eagerly or lazily), includes by scope, or is injected with. */
  #reach(name: string): Set<string> {
    const reached = new Set<string>([name]);
    for (const current of reached) for (const next of this.#neighboursOf(current)) reached.add(next);
    return reached;
  }

  #neighboursOf(name: string): string[] {
    let neighbours = this.#neighbours.get(name);
    if (neighbours !== undefined) return neighbours;
    const registration = this.#byName.get(name)!;
    const scopes = includedScopes(registration);
    const found = new Set<string>([...(registration.embeddedLangs ?? []), ...(registration.embeddedLangsLazy ?? [])]);
    for (const other of this.#byName.values()) {
      if (scopes.has(other.scopeName)) found.add(other.name);
      const target = registration.scopeName;
      if (other.injectTo?.some((scope) => target === scope || target.startsWith(`${scope}.`))) found.add(other.name);
    }
    neighbours = [...found].filter((other) => this.#byName.has(other));
    this.#neighbours.set(name, neighbours);
    return neighbours;
  }

  /**
   * One registration per batch, each after the grammars it embeds eagerly, and grammars that embed others lazily
   * or receive injections last: shiki reloads a loaded grammar whenever one of those arrives after it, and
   * reloading Markdown (which lazily embeds dozens of languages) once per language took seconds.
   */
  #loadOrder(names: readonly string[]): LanguageRegistration[][] {
    const pending = new Set(names);
    const late = (name: string) => {
      const registration = this.#byName.get(name)!;
      return (registration.embeddedLangsLazy?.length ?? 0) > 0 || names.some((other) => this.#injects(other, name));
    };
    const order: string[] = [];
    const visit = (name: string) => {
      if (!pending.delete(name)) return;
      for (const dependency of this.#byName.get(name)!.embeddedLangs ?? []) visit(dependency);
      order.push(name);
    };
    for (const name of names) if (!late(name)) visit(name);
    for (const name of names) visit(name);
    return order.map((name) => [this.#byName.get(name)!]);
  }

  #injects(injector: string, target: string): boolean {
    const scope = this.#byName.get(target)!.scopeName;
    return this.#byName.get(injector)!.injectTo?.some((to) => scope === to || scope.startsWith(`${to}.`)) ?? false;
  }
}
