/**
 * The house's layers, checked on every `npm run lint` (and so in CI): no file imports itself back
 * through others (no file cycle), and each folder of src/ imports only the folders its row names
 * (no folder cycle: the table is ordered, top to bottom). The README's development section draws
 * the same map.
 */
const LAYERS = {
  // entry point and shell
  'main.ts': ['cli', 'time'],
  cli: [
    'calendar',
    'config',
    'doctor',
    'due',
    'ingest',
    'lab',
    'note',
    'quiz',
    'regen',
    'review',
    'schedule',
    'stats',
    'store',
    'text',
    'time',
    'vault',
  ],
  // use cases: one folder per job the CLI runs
  review: ['due', 'lab', 'note', 'quiz', 'regen', 'schedule', 'store', 'text', 'time', 'vault'],
  calendar: ['due', 'note', 'schedule', 'store', 'text', 'time'],
  stats: ['due', 'note', 'schedule', 'store', 'text', 'time'],
  due: ['note', 'schedule', 'store', 'text', 'time'],
  regen: ['note', 'schedule', 'store', 'text', 'time', 'vault'],
  ingest: ['note', 'store', 'text', 'time', 'vault'],
  doctor: ['note', 'text', 'time', 'vault'],
  // the review's terminal views (ink), loaded by the CLI only; they render the lab's one verdict
  // type, imported as a type only (rule quiz-uses-lab-types-only)
  quiz: ['lab', 'note', 'schedule', 'text', 'time'],
  lab: ['note', 'store', 'text', 'time'],
  // adapters
  store: ['note', 'schedule', 'text', 'time'],
  vault: ['text'],
  config: ['note', 'text'],
  // domain
  schedule: ['note', 'text', 'time'],
  note: ['text', 'time'],
  // shared helpers at the bottom
  time: ['text'],
  text: [],
};

/** Inside lab/: the use cases on top, then run, the sandbox, the scenario, the state. */
const LAB_LAYERS = {
  run: ['sandbox', 'scenario', 'state'],
  sandbox: ['scenario'],
  scenario: ['state'],
  state: [],
};

const folderOf = (name) => (name === 'main.ts' ? '^src/main\\.ts$' : `^src/${name}/`);
const either = (names) => `^src/(${names.join('|')})/`;

const allowed = [
  // Node's built-ins and the packages in node_modules: what each may use is package.json's business.
  { from: {}, to: { pathNot: '^(src|bench|test|scripts)/' } },
  { from: { path: '^src/([^/]+)/' }, to: { path: '^src/$1/' } },
  { from: { path: '^(bench|test|scripts)/' }, to: {} },
  ...Object.entries(LAYERS)
    .filter(([, to]) => to.length > 0)
    .map(([from, to]) => ({ from: { path: folderOf(from) }, to: { path: either(to) } })),
];

const forbidden = [
  {
    name: 'no-file-cycle',
    comment: 'A file that reaches itself again through its imports: split it, or move the shared part down.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  ...Object.entries(LAB_LAYERS).map(([from, to]) => ({
    name: `lab-${from}-layer`,
    comment: `src/lab/${from}/ may import only lab/{${to.join(',')}} of the lab's folders`,
    severity: 'error',
    from: { path: `^src/lab/${from}/` },
    to: {
      path: '^src/lab/',
      pathNot: [`^src/lab/${from}/`, ...to.map((t) => `^src/lab/${t}/`)],
    },
  })),
  {
    name: 'tests-use-public-entry-points',
    comment: "A test imports a folder of src/ through its index.ts, the folder's public entry point.",
    severity: 'error',
    from: { path: '^test/', pathNot: '-under-tsx\\.mjs$' },
    to: { path: '^src/', pathNot: '^src/[^/]+/index\\.tsx?$' },
  },
  {
    name: 'quiz-uses-lab-types-only',
    comment: 'The review TUI loads without the lab (its chunk loads on the first lab card): types only.',
    severity: 'error',
    from: { path: '^src/quiz/' },
    to: { path: '^src/lab/', dependencyTypesNot: ['type-only'] },
  },
  {
    name: 'src-never-imports-bench-or-test',
    severity: 'error',
    from: { path: '^src/' },
    to: { path: '^(bench|test)/' },
  },
];

module.exports = {
  allowed,
  allowedSeverity: 'error',
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
