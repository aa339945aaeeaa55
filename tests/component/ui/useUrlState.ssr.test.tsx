// Node environment on purpose: no window, no location, as during Astro's static build.
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { defineSchema } from '~state/defineSchema';
import { number } from '~state/number';
import { useUrlState } from '~components/ui/useUrlState';
import { Slider } from '~components/ui/Slider';

const schema = defineSchema('ssr', { vs: number({ default: 1.5, min: 0.5, max: 2, step: 0.1 }) });

function Widget() {
  const [params, setParams, issues] = useUrlState(schema);
  return (
    <div>
      <Slider label="Virtual successes" value={params.vs} min={0.5} max={2} step={0.1} onChange={(vs) => setParams({ vs })} />
      <p>{issues.length} issues</p>
    </div>
  );
}

describe('useUrlState on the server', () => {
  it('renders the defaults without touching browser globals', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<Widget />);
    expect(html).toContain('value="1.5"');
    expect(html).toContain('aria-valuetext="1.5"');
    expect(html).toContain('0 issues');
    expect(html).toMatch(/<label class="ui-label" for="([^"]+)">Virtual successes<\/label>/);
  });
});
