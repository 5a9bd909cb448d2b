import { createElement, lazy, useState, type ComponentType, type FunctionComponent } from 'react';

/** A page loaded when first opened, whose module main.tsx may fetch before the first render: `preload()` does. */
export type LazyPage<P extends object> = FunctionComponent<P> & { preload: () => Promise<void> };

/**
 * Like React.lazy, except that once `preload()` has resolved the page renders at once: a React.lazy component suspends on its first
 * render even when its module is in, and React then holds the fallback at least 300 ms more. Each mounted page keeps the way it started
 * (lazy or direct), so a page shown through React.lazy is not remounted, losing its state, when its module comes in.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchPage = () =>
    (loading ??= load().then(
      (page) => (loaded = page),
      (error: unknown) => {
        // A failed fetch (the network) is asked again on the next try, as React.lazy's own would not be.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await fetchPage() }));
  function Page(props: P) {
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? (Lazy as ComponentType<P>));
    return createElement(Shown, props);
  }
  return Object.assign(Page, { preload: async () => void (await fetchPage()) });
}
