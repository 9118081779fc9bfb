/**
 * Namespaces first: a missing namespace explains everything that should be inside it, and an extra
 * namespace one typo away from a missing one is named as the likely typo.
 */
import { likelyTypo, type CompareContext } from './compare-context.js';

/** Report missing and unexpected namespaces; mark what they explain. */
export function compareNamespaces(ctx: CompareContext): void {
  const extras = Object.keys(ctx.actual).filter((n) => !ctx.expected[n]);
  for (const ns of Object.keys(ctx.expected).filter((n) => !ctx.actual[n])) {
    const typo = likelyTypo(ns, extras);
    if (typo) extras.splice(extras.indexOf(typo), 1);
    missingNamespace(ctx, ns, typo);
  }
  for (const ns of extras) {
    accountLinksOf(ctx, ns);
    ctx.diffs.push({
      path: 'namespaces',
      expected: null,
      actual: ns,
      explanation: `unexpected namespace ${ns}`,
      hint: `ip netns del ${ns}`,
    });
  }
}

function missingNamespace(ctx: CompareContext, ns: string, typo: string | undefined): void {
  ctx.missingNs.add(ns);
  explainLinksOf(ctx, ns);
  if (typo) accountLinksOf(ctx, typo);
  ctx.diffs.push({
    path: 'namespaces',
    expected: ns,
    actual: typo ?? null,
    explanation: typo
      ? `namespace ${ns} is missing, but ${typo} exists — a typo for ${ns}?`
      : `namespace ${ns} is missing — did you run \`ip netns add ${ns}\`?`,
    hint: typo ? `ip netns del ${typo}; ip netns add ${ns}` : `ip netns add ${ns}`,
  });
}

/** Everything inside an unexpected (or typo'd) namespace is explained by that finding. */
function accountLinksOf(ctx: CompareContext, ns: string): void {
  for (const l of Object.keys(ctx.actual[ns]?.links ?? {})) ctx.accounted.add(`${ns}:${l}`);
}

/** Links expected in a missing namespace are broken; wherever they ended up, they are explained. */
function explainLinksOf(ctx: CompareContext, ns: string): void {
  for (const name of Object.keys(ctx.expected[ns]?.links ?? {})) {
    ctx.broken.add(`${ns}:${name}`);
    for (const [other, state] of Object.entries(ctx.actual)) {
      if (state.links[name] && !ctx.expected[other]?.links[name]) ctx.accounted.add(`${other}:${name}`);
    }
  }
}
