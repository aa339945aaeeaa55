import type { Issue } from '../../src/state/defineSchema';
import './controls.css';

/** Props of Issues: the `issues` returned by useUrlState. */
export interface IssuesProps {
  issues: readonly Issue[];
}

/**
 * The notes about link values that were not used as written ("This link's value “abc” for ftp
 * was not understood; using 1/300."), in a polite live region. The region is always rendered,
 * because screen readers only announce changes inside a region that already exists.
 * @example <Issues issues={parse(schema, location.search).issues} />
 */
export function Issues({ issues }: IssuesProps) {
  return (
    <div class="ui-issues" role="status" aria-live="polite">
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue) => (
            <li key={issue.key}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
