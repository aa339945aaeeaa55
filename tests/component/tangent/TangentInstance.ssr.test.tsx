// Node environment on purpose: the static HTML of the build, no window.
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { defaults } from '~state/index';
import { instanceSchema } from '~components/ui/instance/instanceSchema';
import { checkInstanceProps } from '~components/ui/instance/checkProps';
import { TangentIsland } from '~components/widgets/tangent/TangentIsland';
import { tangentInstance } from '~components/widgets/tangent/instance';
import { frameAt } from '~components/widgets/tangent/frames';
import { runConfig, runKey, tangentSchema } from '~components/widgets/tangent/params';

describe('a Tangent instance on the server', () => {
  it('renders its start state as the first frame, with its caption filled', () => {
    const config = checkInstanceProps(tangentInstance, { id: 'wide', state: '?tangent.width=64&tangent.steps=100&tangent.step=40', controls: ['width'], caption: 'Step {step} at width {width}: gap {functionGap}.' }, { file: 'content/x.mdx', locals: {} });
    const p = defaults(instanceSchema(tangentSchema, config.id, config.start));
    const frame = frameAt(runConfig(p), p.steps, p.step);
    const html = renderToString(<TangentIsland {...config} initial={{ key: runKey(p), frame, sweeps: {} }} />);
    expect(frame.step).toBe(40);
    expect(html).toContain('Step 40 of 100.');
    expect(html).toContain(`Step 40 at width 64: gap ${String(Number(frame.functionGap.toPrecision(3)))}.`);
    expect(html).toContain('aria-valuetext="64"');
    expect(html).not.toContain('ui-playpause');
    expect(html).toMatch(/href="[^"]*\?[^"]*wide\.width=64/);
    expect(html).not.toMatch(/NaN|undefined/);
  });
});
