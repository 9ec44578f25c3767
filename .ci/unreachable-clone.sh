#!/usr/bin/env bash
# A clone in a 0700 folder (as under /root): run as root, the stack must come up or stop with one plain sentence.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=$(mktemp -d) # mode 0700, like a home folder
log="$dir/stack.log"
pid=
trap 'kill -INT "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$dir"' EXIT
git clone -q "$PWD" "$dir/clone"
(cd "$dir/clone" && npm ci --no-audit --no-fund --prefer-offline >/dev/null)
base=$(cd "$dir/clone" && npx tsx -e "import('./stack/lock.ts').then(async (m) => console.log(await m.freePortBlock([0, 1, 3, 4, 8])))")
(cd "$dir/clone" && STACK_API_PORT=$base STACK_DB_PORT=$((base + 1)) exec npx tsx stack/cli.ts stack) >"$log" 2>&1 &
pid=$!
for _ in $(seq 240); do
  if grep -q 'local stack is ready' "$log"; then
    echo "0700 clone: the stack came up"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    # Stopped: exactly one ✖ sentence, and no stack trace.
    if [ "$(grep -c '^✖ ' "$log")" = 1 ] && ! grep -qE '^\s+at |Error:' "$log"; then
      echo "0700 clone: the stack said why — $(grep '^✖ ' "$log")"
      exit 0
    fi
    echo "0700 clone: the stack neither came up nor said why in one sentence:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "0700 clone: no answer from the stack within 120 s:" >&2
cat "$log" >&2
exit 1
