#!/usr/bin/env python3
"""One command for the HTML extraction benchmark: ghirbal and its peers over the
same pages in the same run, scored by the shared official scorer (score.py), and
one Markdown table per benchmark with accuracy, speed and ratios vs trafilatura.

    python3 bench/extraction/run.py                      # everything, defaults
    python3 bench/extraction/run.py --repeat 3           # speed = median of 3 timed runs
    python3 bench/extraction/run.py --tools ghirbal      # re-run ghirbal only; the
                                                         # report still shows the peers' stored runs
    python3 bench/extraction/run.py --report-only        # re-make the table from stored runs
    python3 bench/extraction/run.py --all-peers          # add justext, newspaper4k, goose3,
                                                         # boilerpy3, inscriptis (slow)

Steps: unpack the data (shared unpack.sh), create or reuse the venv with the
pinned Python peers, build the Rust peers runner (bench/extraction/rust-peers)
and ghirbal's `bench_html` example in release mode, run every tool on every
bench one at a time under `nice`, import the Rust tools' JSONL with
`score.py import-rust`, score, write bench/results/extraction.md.

Layout (all outside the repo except the report):
  $GHIRBAL_BENCH_DATA (default ~/.cache/ghirbal-bench)   unpacked data, venv/, target/
  $GHIRBAL_BENCH_RUNS (default $DATA/runs)              runs/<bench>/<tool>.json  (score.py's layout;
                                                        `score.py report` reads it too)
  $RUNS/.repeats/<k>/<bench>/<tool>.json                timed repeats 2..N
  $RUNS/jsonl/<bench>/<tool>.jsonl, pathlists/          what the Rust runners wrote / read
  bench/results/extraction.md                           the report (gitignored)

Python 3 standard library only (the peers run in the venv through score.py).
"""
import argparse
import datetime
import hashlib
import importlib.util
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get('GHIRBAL_BENCH_SHARED') or os.path.join(os.path.dirname(REPO), 'shared', 'bench', 'extraction')
DATA = os.environ.get('GHIRBAL_BENCH_DATA') or os.path.expanduser('~/.cache/ghirbal-bench')
RUNS = os.environ.get('GHIRBAL_BENCH_RUNS') or os.path.join(DATA, 'runs')
VENV = os.environ.get('GHIRBAL_BENCH_VENV') or os.path.join(DATA, 'venv')
TARGET = os.path.join(DATA, 'target')  # CARGO_TARGET_DIR of the Rust peers runner
PEERS_DIR = os.path.join(HERE, 'rust-peers')
PEERS_BIN = os.path.join(TARGET, 'release', 'rust-peers')
GHIRBAL_EXAMPLE = os.path.join(REPO, 'crates', 'ghirbal-extract', 'examples', 'bench_html.rs')

# bench name as score.py knows it -> (label, official metric key in score_run, metric name)
BENCHES = {
    'aeb': ('AEB (scrapinghub article-extraction-benchmark, 181 news pages)', 'aeb', 'AEB shingle F1'),
    'wcxb-dev': ('WCXB dev (web content extraction benchmark, 7 page types)', 'word', 'WCXB word F1'),
    'traf-eval': ("trafilatura's eval set (multilingual, with/without snippets)", 'snip', 'snippet F1'),
    'arabic': ('Arabic fixtures (3 real Arabic pages from peers\' test suites)', 'word', 'word F1 (2 pages with full GT)'),
}
ALIASES = {'wcxb': 'wcxb-dev', 'wcxb_dev': 'wcxb-dev', 'trafilatura-eval': 'traf-eval', 'traf_eval': 'traf-eval',
           'arabic-fixtures': 'arabic'}
PY_DEFAULT = ['trafilatura', 'resiliparse', 'readability']
PY_EXTRA = ['justext', 'newspaper4k', 'goose3', 'boilerpy3', 'inscriptis']
RUST_PEERS = ['rs_trafilatura', 'dom_smoothie']
DEFAULT_TOOLS = PY_DEFAULT + RUST_PEERS + ['ghirbal']
BASELINE = 'trafilatura'

COMMANDS = []  # (description, shell command) for the report


def log(msg):
    print(f'[{time.strftime("%H:%M:%S")}] {msg}', file=sys.stderr, flush=True)


FRESH = {}  # bench -> tools whose run this invocation wrote
RECORD = [True]  # record commands for the report (off during timed repeats 2..N)


def sh(cmd, *, env=None, stdout=None, cwd=None, check=True):
    """Run cmd (a list), logging it; record its shell form for the report."""
    s = ' '.join(shlex.quote(c) for c in cmd)
    if stdout is not None and hasattr(stdout, 'name'):
        s += ' > ' + shlex.quote(stdout.name)
    if RECORD[0] and s not in [c for _, c in COMMANDS]:
        COMMANDS.append(('', s))
    log('$ ' + s)
    return subprocess.run(cmd, env=env, stdout=stdout, cwd=cwd, check=check)


def nice(args):
    return ['nice', '-n', str(args.nice)] if args.nice else []


def runs_dir(rep):
    return RUNS if rep == 1 else os.path.join(RUNS, '.repeats', str(rep))


# ---------------------------------------------------------------- setup
def setup_data():
    sh(['bash', os.path.join(SHARED, 'unpack.sh')], env=dict(os.environ, GHIRBAL_BENCH_DATA=DATA),
       stdout=subprocess.DEVNULL)


def venv_python():
    return os.path.join(VENV, 'bin', 'python')


def setup_venv():
    req = os.path.join(SHARED, 'peers.txt')
    stamp = os.path.join(VENV, '.peers.sha256')
    want = hashlib.sha256(open(req, 'rb').read()).hexdigest()
    if os.path.isfile(stamp) and open(stamp).read().strip() == want and os.path.exists(venv_python()):
        log(f'venv {VENV}: peers already installed')
        return
    if not os.path.exists(venv_python()):
        sh([sys.executable, '-m', 'venv', VENV])
    # The pip a new venv gets (23.2 here) fails to resolve peers.txt's
    # `lxml[html_clean]` extras; a current one does.
    sh([venv_python(), '-m', 'pip', 'install', '-q', '-U', 'pip'])
    sh([venv_python(), '-m', 'pip', 'install', '-q', '-r', req])
    with open(stamp, 'w') as f:
        f.write(want + '\n')


def build_rust_peers(args):
    env = dict(os.environ, CARGO_TARGET_DIR=TARGET)
    sh(nice(args) + ['cargo', 'build', '--release', '--locked', '--manifest-path', os.path.join(PEERS_DIR, 'Cargo.toml')],
       env=env)


def build_ghirbal(args):
    """Build ghirbal's bench runner; return its binary or None (with a message) when it can't."""
    if not os.path.isfile(GHIRBAL_EXAMPLE):
        log(f'SKIP ghirbal: {os.path.relpath(GHIRBAL_EXAMPLE, REPO)} does not exist yet '
            '(cargo run --release -p ghirbal-extract --example bench_html -- PATHLIST > out.jsonl)')
        return None
    r = sh(nice(args) + ['cargo', 'build', '--release', '-p', 'ghirbal-extract', '--example', 'bench_html'],
           cwd=REPO, check=False)
    if r.returncode != 0:
        log('SKIP ghirbal: the bench_html example did not build (see cargo output above)')
        return None
    tgt = os.environ.get('CARGO_TARGET_DIR') or os.path.join(REPO, 'target')
    exe = os.path.join(tgt, 'release', 'examples', 'bench_html')
    if not os.path.isfile(exe):
        log(f'SKIP ghirbal: built, but no binary at {exe}')
        return None
    return exe


def crate_versions():
    """Versions of the Rust peers from the runner's Cargo.lock."""
    out, name = {}, None
    lock = os.path.join(PEERS_DIR, 'Cargo.lock')
    if os.path.isfile(lock):
        for line in open(lock):
            if line.startswith('name = '):
                name = line.split('"')[1]
            elif line.startswith('version = ') and name:
                out[name.replace('-', '_')] = line.split('"')[1]
    return out


def ghirbal_version():
    try:
        rev = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=REPO, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(['git', 'status', '--porcelain', '--', 'crates'], cwd=REPO, capture_output=True,
                               text=True).stdout.strip()
        return f'git {rev}' + ('+dirty' if dirty else '')
    except OSError:
        return '?'


# ---------------------------------------------------------------- running
def load_score():
    """Import the shared score.py as a module (after fixing its data/runs dirs)."""
    os.environ['GHIRBAL_BENCH_DATA'] = DATA
    os.environ['GHIRBAL_BENCH_RUNS'] = RUNS
    spec = importlib.util.spec_from_file_location('ghirbal_score', os.path.join(SHARED, 'score.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def url_or_empty(u):
    """Absolute http(s) URLs only: traf-eval keys some pages by a label (`hard::x.html`)."""
    return u if u and u.startswith(('http://', 'https://')) else ''


def pathlists(score, bench):
    """Write the page list twice: paths only (score.py list-files) and path<TAB>url."""
    d = os.path.join(RUNS, 'pathlists')
    os.makedirs(d, exist_ok=True)
    items = score.load_bench(bench)
    plain, tsv = os.path.join(d, bench + '.txt'), os.path.join(d, bench + '.tsv')
    with open(plain, 'w') as f:
        f.writelines(it['path'] + '\n' for it in items)
    with open(tsv, 'w') as f:
        f.writelines(it['path'] + '\t' + url_or_empty(it.get('url')) + '\n' for it in items)
    return plain, tsv


def run_python(args, bench, tool, rep):
    env = dict(os.environ, GHIRBAL_BENCH_DATA=DATA, GHIRBAL_BENCH_RUNS=runs_dir(rep))
    r = sh(nice(args) + [venv_python(), os.path.join(SHARED, 'score.py'), 'extract', '--bench', bench, '--tool', tool],
           env=env, check=False)
    if r.returncode != 0:
        log(f'FAILED {tool} on {bench} (exit {r.returncode})')
    return r.returncode == 0


def run_rust(args, bench, tool, rep, cmd, version):
    """cmd: the runner command without output redirection; its stdout is score.py's JSONL."""
    jdir = os.path.join(RUNS, 'jsonl', bench) if rep == 1 else os.path.join(runs_dir(rep), 'jsonl', bench)
    os.makedirs(jdir, exist_ok=True)
    jsonl = os.path.join(jdir, tool + '.jsonl')
    env = dict(os.environ, RAYON_NUM_THREADS='1')
    with open(jsonl, 'w') as out:
        r = sh(nice(args) + cmd, env=env, stdout=out, check=False)
    if r.returncode != 0:
        log(f'FAILED {tool} on {bench} (exit {r.returncode}); not imported')
        return False
    n = sum(1 for _ in open(jsonl))
    if n == 0:
        log(f'FAILED {tool} on {bench}: empty JSONL; not imported')
        return False
    env = dict(os.environ, GHIRBAL_BENCH_DATA=DATA, GHIRBAL_BENCH_RUNS=runs_dir(rep))
    sh([venv_python(), os.path.join(SHARED, 'score.py'), 'import-rust', '--bench', bench, '--tool', tool,
        '--jsonl', jsonl, '--version', version], env=env)
    got = json.load(open(os.path.join(runs_dir(rep), bench, tool + '.json')))['pages']
    if len(got) < n:
        log(f'WARNING {tool} on {bench}: {n - len(got)} of {n} JSONL lines had a path score.py does not know '
            '(paths must be exactly the PATHLIST lines)')
    return True


def clear_repeats(bench, tool):
    rep_root = os.path.join(RUNS, '.repeats')
    if os.path.isdir(rep_root):
        for k in os.listdir(rep_root):
            p = os.path.join(rep_root, k, bench, tool + '.json')
            if os.path.exists(p):
                os.remove(p)


# ---------------------------------------------------------------- report
def machine_info():
    cpu = '?'
    try:
        for line in open('/proc/cpuinfo'):
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    except OSError:
        pass
    ram = '?'
    try:
        for line in open('/proc/meminfo'):
            if line.startswith('MemTotal'):
                ram = f'{int(line.split()[1]) / 1024 / 1024:.1f} GiB'
                break
    except OSError:
        pass
    return dict(nproc=os.cpu_count(), cpu=cpu, ram=ram, kernel=platform.release(), python=platform.python_version(),
                load=' '.join(f'{x:.2f}' for x in os.getloadavg()))


def fmt(x, nd=3):
    return '-' if x is None or x != x else f'{x:.{nd}f}'


def speed_fmt(x):
    if x is None or x != x:
        return '-'
    return f'{x:.0f}' if x >= 100 else f'{x:.1f}' if x >= 10 else f'{x:.2f}'


def speed_only(run, items):
    """score_run's pages/CPU-s and MB/CPU-s without scoring the texts (for timed repeats)."""
    pages = run['pages']
    ids = [it['id'] for it in items if it['id'] in pages]
    secs = sum(pages[i].get('cpu', pages[i]['secs']) for i in ids)
    mb = sum(pages[i]['bytes'] for i in ids) / 1e6
    return (len(ids) / secs, mb / secs) if secs else (float('nan'), float('nan'))


def bench_table(score, bench, fresh=None):
    """Markdown for one bench from the stored runs. Returns (markdown, rows) or (None, [])."""
    label, key, mname = BENCHES[bench]
    bdir = os.path.join(RUNS, bench)
    if not os.path.isdir(bdir):
        return None, []
    tools = sorted(f[:-5] for f in os.listdir(bdir) if f.endswith('.json'))
    if not tools:
        return None, []
    items = score.load_bench(bench)
    rows = []
    for t in tools:
        run = json.load(open(os.path.join(bdir, t + '.json'), encoding='utf-8'))
        r = score.score_run(run, items)
        m = r.get(key)
        speeds, mbs = [r['pages_s']], [r['mb_s']]
        rep_root = os.path.join(RUNS, '.repeats')
        if os.path.isdir(rep_root):
            for k in sorted(os.listdir(rep_root)):
                p = os.path.join(rep_root, k, bench, t + '.json')
                if os.path.isfile(p):
                    ps, ms = speed_only(json.load(open(p, encoding='utf-8')), items)
                    speeds.append(ps)
                    mbs.append(ms)
        mtime = datetime.datetime.fromtimestamp(os.path.getmtime(os.path.join(bdir, t + '.json')))
        rows.append(dict(tool=t, version=run.get('version', '?'), n=r['n'], err=r['errors'], mtime=mtime,
                         P=m[0] if m else None, R=m[1] if m else None, F=m[2] if m else None,
                         pages_s=statistics.median(speeds), mb_s=statistics.median(mbs), reps=len(speeds),
                         spread=(min(speeds), max(speeds)), res=r, run=run))
    base = next((x for x in rows if x['tool'] == BASELINE), None)
    rows.sort(key=lambda x: -(x['F'] if x['F'] is not None else -1))
    out = [f'### {bench}: {label}', '',
           f'{len(items)} pages. Metric: **{mname}** (score.py `{key}`). Speed: CPU time of the extractor call only, '
           f'one thread; pages/CPU-s = pages / sum of per-page CPU seconds'
           + (f', median of {max(x["reps"] for x in rows)} timed runs' if max(x['reps'] for x in rows) > 1 else '')
           + '.', '',
           f'| tool | version | pages | errors | {mname} | P | R | pages/CPU-s | MB/CPU-s '
           f'| Δ F1 vs {BASELINE} | speed × {BASELINE} |',
           '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|']
    for x in rows:
        if base and x['F'] is not None and base['F'] is not None:
            d = x['F'] - base['F']
            delta = '0 (baseline)' if x is base else f'{d:+.3f}'
        else:
            delta = '-'
        ratio = '1.00× (baseline)' if x is base else (
            f'{x["pages_s"] / base["pages_s"]:.2f}×' if base and base['pages_s'] else '-')
        name = f'**{x["tool"]}**' if x['tool'] == 'ghirbal' else x['tool']
        if fresh is not None and x['tool'] not in fresh:
            name += ' †'
        spd = speed_fmt(x['pages_s'])
        if x['reps'] > 1:
            spd += f' ({speed_fmt(x["spread"][0])}–{speed_fmt(x["spread"][1])})'
        out.append(f'| {name} | {x["version"]} | {x["n"]} | {x["err"]} | {fmt(x["F"])} | {fmt(x["P"])} | {fmt(x["R"])} '
                   f'| {spd} | {speed_fmt(x["mb_s"])} | {delta} | {ratio} |')
    if max(x['reps'] for x in rows) > 1:
        out += ['', 'pages/CPU-s: median (min–max) over the timed runs.']
    stale = [x for x in rows if fresh is not None and x['tool'] not in fresh]
    if stale:
        out += ['', '† not run by this invocation: a stored run ('
                + ', '.join(f'{x["tool"]} {x["mtime"]:%Y-%m-%d %H:%M}' for x in stale)
                + '); its speed was measured at another time, under other load.']
    elif fresh is None:
        out += ['', 'Stored runs: ' + ', '.join(f'{x["tool"]} {x["mtime"]:%Y-%m-%d %H:%M}' for x in rows) + '.']
    # secondary metrics, for reference
    sec = []
    for x in rows:
        r = x['res']
        parts = []
        if key != 'word' and r.get('word'):
            parts.append(f'word F1 {r["word"][2]:.3f}')
        if key != 'aeb' and r.get('aeb') and bench != 'arabic':
            parts.append(f'AEB F1 {r["aeb"][2]:.3f}')
        if key != 'snip' and r.get('snip'):
            parts.append(f'snippet F1 {r["snip"][2]:.3f}')
        if parts:
            sec.append(f'- {x["tool"]}: ' + ', '.join(parts))
    if sec:
        out += ['', 'Other score.py metrics on the same outputs:', ''] + sec
    if any('word_by_type' in x['res'] for x in rows):
        types = sorted({t for x in rows for t in x['res'].get('word_by_type', {})}, key=str)
        out += ['', 'Word F1 by page type:', '', '| tool | ' + ' | '.join(map(str, types)) + ' |',
                '|---|' + '---:|' * len(types)]
        for x in rows:
            wt = x['res'].get('word_by_type', {})
            out.append(f'| {x["tool"]} | ' + ' | '.join(fmt(wt.get(t)) for t in types) + ' |')
    if bench == 'arabic':
        byid = {it['id']: it for it in items}
        out += ['', 'Per page (word F1 against the full text where there is one; assabah has snippets only):', '']
        for x in rows:
            parts = []
            for i, pg in sorted(x['run']['pages'].items()):
                it = byid[i]
                if it.get('gt_text') is not None:
                    parts.append(f"{i} F1 {score.word_prf(pg['text'], it['gt_text'])[2]:.3f}")
                else:
                    tp, fp, fn, tn = score.snip_counts(pg['text'], it['with_'], it['without'])
                    parts.append(f'{i} with {tp}/{tp + fn}, without leaked {fp}/{fp + tn}')
            out.append(f'- {x["tool"]}: ' + '; '.join(parts))
    return '\n'.join(out), rows


def write_report(args, score, benches, started, machine, argv):
    parts = ['# HTML extraction benchmark: ghirbal vs peers', '',
             f'Generated by `bench/extraction/run.py` on {started} (finished '
             f'{datetime.datetime.now().strftime("%Y-%m-%d %H:%M")}).', '',
             '## Machine', '',
             f'- CPU: {machine["cpu"]}, nproc {machine["nproc"]}; RAM {machine["ram"]}; Linux {machine["kernel"]}; '
             f'Python {machine["python"]}',
             f'- load average at start: {machine["load"]}; at end: '
             + ' '.join(f'{x:.2f}' for x in os.getloadavg())
             + ' (a shared machine: speed is CPU time, not wall time, and each tool ran alone, '
             + (f'under `nice -n {args.nice}`' if args.nice else 'not niced') + ')',
             f'- ghirbal: {ghirbal_version()}', '',
             '## How it was made', '', '```sh', 'python3 bench/extraction/run.py ' + ' '.join(shlex.quote(a) for a in argv),
             '```', '']
    if COMMANDS:
        parts += ['Commands it ran (each tool run once per timed repeat; repeats 2.. write under '
                  '`$RUNS/.repeats/<k>/`):', '', '```sh'] + [c for _, c in COMMANDS] + ['```', '']
    parts += [f'Data: `{DATA}`; runs: `{RUNS}` (`<bench>/<tool>.json`, score.py layout). '
              f'Scorer: `{os.path.join(SHARED, "score.py")}` (its docstring defines the metrics).', '']
    any_table = False
    for b in benches:
        md, _rows = bench_table(score, b, None if args.report_only else FRESH.get(b, set()))
        if md:
            parts += [md, '']
            any_table = True
    if not any_table:
        parts.append('No runs found.')
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(parts) + '\n')
    log(f'report -> {args.out}')
    return '\n'.join(parts)


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--bench', default=','.join(BENCHES),
                    help='comma list of benches (score.py names: aeb, wcxb-dev, traf-eval, arabic); default all four')
    ap.add_argument('--tools', default=','.join(DEFAULT_TOOLS),
                    help=f'comma list of tools to run (default {",".join(DEFAULT_TOOLS)}); the report also shows '
                         'any other tool already stored for the bench')
    ap.add_argument('--all-peers', action='store_true', help='also run ' + ', '.join(PY_EXTRA) + ' (slow)')
    ap.add_argument('--repeat', type=int, default=1, help='timed runs per tool; speed = median pages/CPU-s (default 1)')
    ap.add_argument('--nice', type=int, default=10, help='niceness of every tool run (0: none; default 10)')
    ap.add_argument('--report-only', action='store_true', help='no setup, no runs: table from stored runs')
    ap.add_argument('--ghirbal-urls', action='store_true',
                    help='give ghirbal the path<TAB>url list instead of the plain path list')
    ap.add_argument('--ghirbal-bin', metavar='EXE',
                    help="use this runner binary for ghirbal instead of building the bench_html example "
                         "(e.g. an older build, to compare)")
    ap.add_argument('--out', default=os.path.join(REPO, 'bench', 'results', 'extraction.md'))
    argv = sys.argv[1:]
    args = ap.parse_args()
    benches = [ALIASES.get(b.strip(), b.strip()) for b in args.bench.split(',') if b.strip()]
    for b in benches:
        if b not in BENCHES:
            ap.error(f'unknown bench {b}; known: {", ".join(BENCHES)}')
    tools = [t.strip().replace('-', '_') if t.strip() in ('rs-trafilatura', 'dom-smoothie') else t.strip()
             for t in args.tools.split(',') if t.strip()]
    if args.all_peers:
        tools = [t for t in PY_DEFAULT if t in tools] + [t for t in PY_EXTRA if t not in tools] + \
                [t for t in tools if t not in PY_DEFAULT]
    known = set(PY_DEFAULT + PY_EXTRA + RUST_PEERS + ['ghirbal'])
    for t in tools:
        if t not in known:
            ap.error(f'unknown tool {t}; known: {", ".join(sorted(known))}')
    started = datetime.datetime.now().strftime('%Y-%m-%d %H:%M')
    machine = machine_info()
    if not os.path.isfile(os.path.join(SHARED, 'score.py')):
        sys.exit(f'no score.py in {SHARED} (set GHIRBAL_BENCH_SHARED)')

    skipped = []
    if not args.report_only:
        setup_data()
        setup_venv()
        vers = crate_versions()
        ghirbal_exe = None
        if any(t in RUST_PEERS for t in tools):
            build_rust_peers(args)
        if 'ghirbal' in tools and args.ghirbal_bin:
            ghirbal_exe = os.path.abspath(args.ghirbal_bin)
        elif 'ghirbal' in tools:
            ghirbal_exe = build_ghirbal(args)
            if ghirbal_exe is None:
                skipped.append('ghirbal (no bench_html example yet, or it failed to build)')
        score = load_score()
        t_all = time.time()
        for b in benches:
            plain, tsv = pathlists(score, b)
            for t in tools:
                clear_repeats(b, t)
            for rep in range(1, args.repeat + 1):
                RECORD[0] = rep == 1
                for t in tools:
                    if t == 'ghirbal' and ghirbal_exe is None:
                        continue
                    t0 = time.time()
                    log(f'--- {b} / {t} (run {rep}/{args.repeat})')
                    if t in PY_DEFAULT or t in PY_EXTRA:
                        ok = run_python(args, b, t, rep)
                    elif t in RUST_PEERS:
                        ok = run_rust(args, b, t, rep, [PEERS_BIN, t, tsv], vers.get(t, '?'))
                    elif t == 'ghirbal':
                        gv = ghirbal_version() if not args.ghirbal_bin else \
                            f'{os.path.basename(args.ghirbal_bin)} (given binary)'
                        ok = run_rust(args, b, t, rep, [ghirbal_exe, tsv if args.ghirbal_urls else plain], gv)
                    if not ok and not any(x.startswith(f'{t} on {b} ') for x in skipped):
                        skipped.append(f'{t} on {b} (it failed; the table shows an older stored run of it, '
                                       'if there is one)')
                    if os.path.isfile(os.path.join(RUNS, b, t + '.json')) and \
                            os.path.getmtime(os.path.join(RUNS, b, t + '.json')) >= t0 - 1:
                        FRESH.setdefault(b, set()).add(t)
                    log(f'    {b} / {t} took {time.time() - t0:.0f} s wall')
        log(f'all runs took {time.time() - t_all:.0f} s wall')
    score = load_score()
    md = write_report(args, score, benches, started, machine, argv)
    if skipped:
        with open(args.out, 'a', encoding='utf-8') as f:
            f.write('\nSkipped in this run: ' + '; '.join(skipped) + '\n')
        for s in skipped:
            log('SKIPPED: ' + s)
    print(md)


if __name__ == '__main__':
    main()
