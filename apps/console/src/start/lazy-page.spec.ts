import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { lazyPage, type LazyPage } from './lazy-page';

const Greeting = ({ name }: { name: string }) => createElement('h1', null, `Hello ${name}`);
const inSuspense = (page: LazyPage<{ name: string }>) =>
  renderToString(createElement(Suspense, { fallback: createElement('p', null, 'Loading') }, createElement(page, { name: 'Ada' })));

describe('a page loaded when first opened', () => {
  it('suspends, as React.lazy does, while its module has not been fetched', () => {
    const page = lazyPage(() => Promise.resolve(Greeting));
    expect(inSuspense(page)).toContain('Loading');
  });

  it('renders at once, with its props, once preload() has resolved', async () => {
    const page = lazyPage(() => Promise.resolve(Greeting));
    await page.preload();
    const html = inSuspense(page);
    expect(html).toContain('Hello Ada');
    expect(html).not.toContain('Loading');
  });

  it('fetches its module once however often it is preloaded', async () => {
    const load = jest.fn(() => Promise.resolve(Greeting));
    const page = lazyPage(load);
    await Promise.all([page.preload(), page.preload()]);
    await page.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetches its module again after a failed fetch', async () => {
    const load = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting);
    const page = lazyPage(load);
    await expect(page.preload()).rejects.toThrow('offline');
    await page.preload();
    expect(inSuspense(page)).toContain('Hello Ada');
  });
});
