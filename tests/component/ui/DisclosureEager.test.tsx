// Node environment: the static HTML a reader without JavaScript gets.
import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { Disclosure } from '~components/ui/instance/Disclosure';

const panel = (props: { open: boolean; eager?: boolean }) =>
  renderToString(
    <Disclosure summary="Width sweep" onToggle={() => {}} {...props}>
      <p class="inside">the sweep</p>
    </Disclosure>,
  );

describe('Disclosure', () => {
  it('renders its children only when open by default', () => {
    expect(panel({ open: false })).not.toContain('the sweep');
    expect(panel({ open: true })).toContain('the sweep');
  });
  it('with eager, puts the children in the page while closed, inside a closed <details>', () => {
    const html = panel({ open: false, eager: true });
    expect(html).toContain('<p class="inside">the sweep</p>');
    expect(html).toMatch(/^<details class="instance-disclosure">/);
  });
});
