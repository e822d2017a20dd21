import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { type ViewContext, ViewCtx } from './context.ts';

/** A whole HTML document for one request: the page component gets the request's view through `useView()`. */
export function renderPage(ctx: ViewContext, page: VNode): string {
  return `<!doctype html>${renderToString(<ViewCtx.Provider value={ctx}>{page}</ViewCtx.Provider>)}`;
}
