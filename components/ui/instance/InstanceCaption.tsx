import { fillCaption } from './spec';
import './instance.css';

/** Props of InstanceCaption. */
export interface InstanceCaptionProps {
  /** The editors' caption with `{name}` slots (checked at build time against the widget's quotable values). */
  template: string | null | undefined;
  /** The instance's live values by name, already formatted for a reader. */
  values: Readonly<Record<string, string>>;
}

/**
 * The editors' caption of an instance, quoting its live values: rendered on the server for the
 * starting state and re-filled as the reader tweaks, announced politely.
 * @example <InstanceCaption template="Laplace's rule gives {probability}." values={{ probability: '38.1%' }} />
 */
export function InstanceCaption({ template, values }: InstanceCaptionProps) {
  if (!template) return null;
  return (
    <p class="instance-caption" aria-live="polite" data-testid="instance-caption">
      {fillCaption(template, values)}
    </p>
  );
}
