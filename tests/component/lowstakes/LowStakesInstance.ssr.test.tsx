// Node environment on purpose: the first frame as Astro's static build renders it.
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { defaults } from '~state/index';
import { simulate } from '~compute/lowstakes/index';
import { checkInstanceProps } from '~components/ui/instance/checkProps';
import { LowStakesIsland } from '~components/widgets/lowstakes/LowStakesIsland';
import { lowstakesInstance } from '~components/widgets/lowstakes/instance';
import { CHART_WINDOWS, lowstakesSchema, scenarioOf } from '~components/widgets/lowstakes/params';
import { quotesOf } from '~components/widgets/lowstakes/text';

describe('a focused low-stakes figure on the server', () => {
  it('renders its start state as the first frame, with the caption filled for it', () => {
    expect(typeof window).toBe('undefined');
    const config = checkInstanceProps(lowstakesInstance, { id: 'transition', state: '?lowstakes.learner=fixed-share&lowstakes.chart=weights', controls: ['learner', 'turn'], caption: '{learner} recovers {recover} steps after the turn.' }, { file: 'content/x.mdx' });
    const html = renderToString(<LowStakesIsland {...config} />);
    const params = { ...defaults(lowstakesSchema), learner: 'fixed-share' as const, chart: 'weights' as const };
    const q = quotesOf(simulate(scenarioOf(params), CHART_WINDOWS), params);
    expect(q.recover).not.toBe('never');
    expect(html).toContain(`Fixed-Share recovers ${q.recover} steps after the turn.`);
    expect(html).toContain('ls-show-weights');
    expect(html).toMatch(/<option selected value="fixed-share">/);
  });
});
