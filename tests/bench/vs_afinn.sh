#!/usr/bin/env bash
# calma-cli score against AFINN (Node's `sentiment` package), side by side on the same JSON Lines:
# the whole process, wall-clock and peak memory, on one thread and on all cores. Prints figures only.
#   tests/bench/vs_afinn.sh [build/bin/calma-cli] [ROWS]
# Installs `sentiment` with npm into a temporary folder (Node and npm from Debian's packages).
set -euo pipefail
cli=${1:-build/bin/calma-cli}
rows=${2:-60000}
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v node >/dev/null && command -v npm >/dev/null || { echo "needs node and npm (apt-get install nodejs npm)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
(cd "$work" && npm install --silent --no-audit --no-fund sentiment@5 >/dev/null 2>&1) || { echo "npm install sentiment failed" >&2; exit 1; }

# The project's corpora and class messages, repeated to ROWS lines of {"id","text"}.
python3 - "$data" "$rows" > "$work/input.jsonl" <<'EOF'
import json, sys, os
data, rows = sys.argv[1], int(sys.argv[2])
texts = []
for name in ('corpus_en.jsonl', 'corpus_es.jsonl', 'tone_classes.jsonl'):
    with open(os.path.join(data, name), encoding='utf-8') as f:
        texts += [json.loads(l)['text'] for l in f if l.strip()]
for i in range(rows):
    print(json.dumps({'id': i, 'text': texts[i % len(texts)]}, ensure_ascii=False))
EOF

cat > "$work/afinn.js" <<'EOF'
// One JSON line in, one out: {"id","score"}, like calma-cli score's contract.
const Sentiment = require('sentiment');
const readline = require('readline');
const sentiment = new Sentiment();
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
rl.on('line', (line) => {
  const o = JSON.parse(line);
  out.push(JSON.stringify({ id: o.id, score: sentiment.analyze(o.text).score }));
  if (out.length >= 4096) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
});
rl.on('close', () => { if (out.length) process.stdout.write(out.join('\n') + '\n'); });
EOF

measure() { # label, command…
    local label=$1; shift
    local start end rss
    start=$(date +%s.%N)
    rss=$( { /usr/bin/time -f '%M' "$@" < "$work/input.jsonl" > /dev/null; } 2>&1 | tail -n 1)
    end=$(date +%s.%N)
    python3 -c "import sys; t=$end-$start; print(f'{sys.argv[1]:32} {t:7.2f} s  {$rows/t:10.0f} messages/s  peak {int(sys.argv[2])/1024:7.1f} MiB')" "$label" "$rss"
}

echo "$rows JSON lines ($(du -h "$work/input.jsonl" | cut -f1)), whole process, three runs each:"
for run in 1 2 3; do
    measure "AFINN (node sentiment)" node "$work/afinn.js"
    measure "calma-cli score --threads 1" "$cli" score --threads 1
    measure "calma-cli score (all cores)" "$cli" score
done
