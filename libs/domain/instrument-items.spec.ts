import { QUESTIONNAIRE_ITEMS } from './instrument-items';
import { QUESTIONNAIRE_IDS, questionnaire } from './instruments';

describe('the wording a young person answers', () => {
  it.each(QUESTIONNAIRE_IDS)('%s: one item per answer the scoring takes, one word per point of its scale, keys unique', (id) => {
    const { items, scale } = QUESTIONNAIRE_ITEMS[id];
    const spec = questionnaire(id).scale;
    expect(items).toHaveLength(spec.items);
    expect(scale).toHaveLength(spec.max - spec.min + 1);
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    for (const text of [...items.map((item) => item.text), ...scale]) expect([text.da.trim(), text.en.trim()]).not.toContain('');
  });
});
