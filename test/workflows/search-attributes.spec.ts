import { findConfigFile, loadConfig } from '../../libs/config/load-config';
import { ALL_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';

/** temporal.yaml registers what the workflows set: a name or type drifting apart would fail workflow tasks. */
it('temporal.yaml registers exactly the search attributes the workflows use', () => {
  const registered = loadConfig({}, findConfigFile({})).temporal.searchAttributes;
  const usedByWorkflows = Object.fromEntries(
    ALL_SEARCH_ATTRIBUTES.map(({ name, type }) => [
      name,
      type === 'KEYWORD_LIST' ? 'KeywordList' : type.charAt(0) + type.slice(1).toLowerCase(),
    ]),
  );
  expect(registered).toEqual(usedByWorkflows);
});
