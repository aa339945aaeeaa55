/**
 * dist/_headers: the security headers for static hosts that read one (Netlify, Cloudflare
 * Pages and others with the same format). Each page's own policy is in its <meta>; a header
 * policy applies on top of it (the browser enforces both), and reaches what a <meta> cannot:
 * frame-ancestors, and the workers and service worker, which take their policy from their own
 * response. So the header carries the union of every page's policy, plus frame-ancestors.
 */

/** Parses a policy ("a 'self'; b x y") into directive → sources, in order. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), ...sources]);
  }
  return out;
}

/**
 * The union of several pages' policies: every directive any page has, with every source any
 * page allows for it (the page's own <meta> keeps each page as strict as it was).
 * @example mergeCsp(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"]) // "script-src 'self' 'sha256-a' 'sha256-b'"
 */
export function mergeCsp(policies: string[], extra: string[] = []): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of [...policies, ...extra]) {
    for (const [name, sources] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy in a built page's <meta http-equiv="content-security-policy">, or null. */
export function metaCsp(html: string): string | null {
  const m = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return m ? m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null;
}

/** Headers a <meta> can't set: no framing, no MIME sniffing, origins only to other sites, no powerful features. */
export const EXTRA_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
];

/**
 * The _headers file: one rule for every path.
 * @example headersFile(["default-src 'self'"]) // "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n…"
 */
export function headersFile(policies: string[]): string {
  const csp = mergeCsp(policies, ["frame-ancestors 'none'"]);
  const lines = [['Content-Security-Policy', csp] as [string, string], ...EXTRA_HEADERS].map(([k, v]) => `  ${k}: ${v}`);
  return `/*\n${lines.join('\n')}\n`;
}
