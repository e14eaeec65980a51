// Interface text of the layouts in the languages Kiln speaks; the page's language picks the set.

const ZH = {
  home: "首页",
  tags: "标签",
  categories: "分类",
  toc: "目录",
  draft: "草稿",
  minutes: "分钟阅读",
  updated: "更新于",
  by: "作者",
  articles: "篇文章",
  notFound: "页面不存在",
  notFoundHint: "你要找的页面不存在或已移动。",
  backHome: "返回首页",
  skip: "跳到正文",
  noArticles: "还没有文章。",
};

/** Every key the layouts may ask for. */
export type UiKey = keyof typeof ZH;

const EN: Record<UiKey, string> = {
  home: "Home",
  tags: "Tags",
  categories: "Categories",
  toc: "On this page",
  draft: "Draft",
  minutes: "min read",
  updated: "Updated",
  by: "By",
  articles: "articles",
  notFound: "Page not found",
  notFoundHint: "The page you are looking for does not exist or has moved.",
  backHome: "Back to the home page",
  skip: "Skip to content",
  noArticles: "No articles yet.",
};

/** The text for a key in a page language (`zh-CN`, `en-US`…); Chinese for zh*, English otherwise. */
export function uiText(key: UiKey, lang: string): string {
  return (lang.toLowerCase().startsWith("zh") ? ZH : EN)[key];
}
