// Node environment on purpose: the first frame as Astro's static build renders it.
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { defaults } from '~state/index';
import { observeWorld } from '~compute/imitation/index';
import { ImitationIsland } from '~components/widgets/imitation/ImitationIsland';
import { imitationInstance } from '~components/widgets/imitation/instance';
import { imitationSchema, scenarioOf } from '~components/widgets/imitation/params';
import { quotesOf } from '~components/widgets/imitation/quotes';
import { advanceRun, createRun } from '~components/widgets/imitation/simulation';
import { checkInstanceProps } from '~components/ui/instance/checkProps';

describe('a focused imitation figure on the server', () => {
  it('renders its start state as the first frame, with the caption filled for it', () => {
    expect(typeof window).toBe('undefined');
    const config = checkInstanceProps(imitationInstance, { id: 'deceptive-top-k', state: '?imitation.rule=top-k&imitation.k=1&imitation.step=600', controls: ['k', 'step'], caption: '{setRule}: {catastrophes} catastrophes, {queries} queries by step {step}.' }, { file: 'content/x.mdx' });
    const html = renderToString(<ImitationIsland {...config} />);
    const params = { ...defaults(imitationSchema), rule: 'top-k' as const, k: 1, step: 600 };
    const run = createRun(scenarioOf(params));
    advanceRun(run, 600, 20_000);
    const q = quotesOf(observeWorld(run.state), params);
    expect(Number(q.catastrophes)).toBeGreaterThan(0);
    expect(html).toContain(`k = 1: ${q.catastrophes} catastrophes, ${q.queries} queries by step 600.`);
    expect(html).toContain('Step 600. Catastrophes: conservative');
    expect(html).toContain('deceptive-top-k.k=1');
  });
});
