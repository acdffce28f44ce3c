#!/usr/bin/env bash
# Start-up benchmark of the one-off commands, against a bare JVM (bench/Hello.java) measured in the same run.
#
#   bench/startup.sh [-n ROUNDS] [-r RUNS] [CHECKOUT]
#
# Prints a Markdown table: the median wall time, its ratio to the bare JVM, the best (shortest) run and its
# ratio, the CPU time (user + system) and the peak memory (max RSS of 3 runs, /usr/bin/time -f %M). On a busy
# machine the best run is the steadier figure: it is the run that had the cores to itself. The commands take turns in ROUNDS rounds (default 5)
# of RUNS timed runs each (default 5, after one warm-up run), so a change in the machine's load touches them all
# alike; a ratio is the median over the rounds of (command ÷ bare JVM in the same round).
#
# CHECKOUT (default: this one) must hold a built target/okpay-support.jar and its launcher ./okpay-support.
# BEFORE=OTHER_CHECKOUT (an older commit, built) adds a row "(before)" under each command, measured in the same rounds.
# LAUNCHER=path overrides the launcher and JAR=path the jar, to measure one lever at a time. hyperfine is used when installed (Debian: apt-get install hyperfine), else a plain
# loop. This is a benchmark, not a test: run it on a quiet machine and compare only numbers from one run.
set -euo pipefail
rounds=5
runs=5
while getopts n:r: opt; do
  case $opt in
    n) rounds=$OPTARG ;;
    r) runs=$OPTARG ;;
    *) echo "usage: $0 [-n ROUNDS] [-r RUNS] [CHECKOUT]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
checkout="$(cd "${1:-$here}" && pwd)"
launcher="${LAUNCHER:-$checkout/okpay-support}"
jar="${JAR:-$checkout/target/okpay-support.jar}"
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -q -B package -DskipTests)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
javac -d "$work" "$here/bench/Hello.java"
cd "$work"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 XDG_CONFIG_HOME="$work" NO_COLOR=1
unset OKPAY_SUPPORT_KB OKPAY_SUPPORT_LANG

# A command is split on spaces (hyperfine -N does the same): give a path with spaces through LAUNCHER/JAR symlinks.
labels=("java -cp . Hello (bare JVM)")
commands=("java -cp $work Hello")
add() { labels+=("$1"); commands+=("$2"); }
# Each case runs through the launcher (L) or java -jar (J); with BEFORE=CHECKOUT each also runs from that checkout,
# in the same rounds, as the row below it: a before/after comparison that one machine's changing load touches alike.
cases=("faq search 钱没到账|L faq search 钱没到账" "contact --topic funds|L contact --topic funds"
  "diagnose declined-tx --code 51|L diagnose declined-tx --code 51" "security-check --list-checks|L security-check --list-checks")
if "$launcher" --help 2>/dev/null | grep -q "^  ask "; then
  cases+=("ask 钱没到账|L ask 钱没到账")
fi
cases+=("--version|L --version" "shell: first prompt, then end of input|L shell"
  "java -jar …jar faq search 钱没到账|J faq search 钱没到账" "java -jar …jar contact --topic funds|J contact --topic funds")
checkouts=("$launcher|$jar|")
if [ -n "${BEFORE:-}" ]; then
  before="$(cd "$BEFORE" && pwd)"
  [ -f "$before/target/okpay-support.jar" ] || { echo "no $before/target/okpay-support.jar: build that checkout first" >&2; exit 1; }
  checkouts+=("$before/okpay-support|$before/target/okpay-support.jar| (before)")
fi
for case in "${cases[@]}"; do
  label=${case%%|*} run=${case#*|}
  for checkout in "${checkouts[@]}"; do
    IFS='|' read -r with_launcher with_jar suffix <<<"$checkout"
    case $run in
      L\ *) add "$label$suffix" "$with_launcher ${run#L }" ;;
      J\ *) add "$label$suffix" "java -jar $with_jar ${run#J }" ;;
    esac
  done
done

for i in "${!commands[@]}"; do
  # a command that fails would time its error path: refuse to report it
  if ! ${commands[$i]} </dev/null >/dev/null 2>"$work/err"; then
    echo "failed: ${commands[$i]}" >&2; cat "$work/err" >&2; exit 1
  fi
done

# per command: one "median cpu best" line per round, in seconds
declare -a results
if command -v hyperfine >/dev/null; then
  names=()
  for i in "${!commands[@]}"; do names+=(-n "c$i" "${commands[$i]}"); done
  for ((round = 0; round < rounds; round++)); do
    hyperfine -N -w 1 -r "$runs" --style none --export-csv "$work/h.csv" "${names[@]}" >/dev/null 2>"$work/hyperfine.err" \
      || { cat "$work/hyperfine.err" >&2; exit 1; }
    while IFS=, read -r name _mean _stddev med user system best _rest; do
      [ "$name" = command ] || results[${name#c}]+="$med $(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }') $best"$'\n'
    done <"$work/h.csv"
  done
  tool="hyperfine -N, $rounds rounds of $runs runs (+1 warm-up)"
else
  for ((round = 0; round < rounds; round++)); do
    declare -A times=()
    for ((run = -1; run < runs; run++)); do
      for i in "${!commands[@]}"; do
        start=$EPOCHREALTIME
        ${commands[$i]} </dev/null >/dev/null 2>&1
        end=$EPOCHREALTIME
        ((run < 0)) || times[$i]+="$(( ${end/./} - ${start/./} )) "
      done
    done
    for i in "${!commands[@]}"; do
      results[$i]+="$(printf '%s\n' ${times[$i]} | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] / 1e6, "nan", a[1] / 1e6 }')"$'\n'
    done
  done
  tool="a plain loop, $rounds rounds of $runs turns (+1 warm-up)"
fi

peak() {
  local max=0 kib
  if [ ! -x /usr/bin/time ]; then echo "n/a"; return; fi
  for _ in 1 2 3; do
    /usr/bin/time -f %M -o "$work/rss" $1 </dev/null >/dev/null 2>&1
    kib=$(tail -n 1 "$work/rss")
    ((kib > max)) && max=$kib
  done
  awk -v k="$max" 'BEGIN { printf "%.0f MiB", k / 1024 }'
}

echo "okpay-support start-up, $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $tool"
echo "java: $(java -version 2>&1 | head -n 1); launcher: $launcher"
echo
echo "| command | median | × bare JVM | best | × bare JVM (best) | CPU | peak memory |"
echo "|---|---|---|---|---|---|---|"
for i in "${!commands[@]}"; do
  paste <(printf '%s' "${results[$i]}") <(printf '%s' "${results[0]}") | awk -v l="${labels[$i]}" -v p="$(peak "${commands[$i]}")" '
    function median(a, n,   i, j, t) {
      for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { n++; wall[n] = $1; ratio[n] = $1 / $4; cpu += $2; if (n == 1 || $3 < best) best = $3; if (n == 1 || $6 < base) base = $6 }
    END {
      c = cpu == cpu ? sprintf("%.0f ms", 1000 * cpu / n) : "n/a"
      printf "| `%s` | %.0f ms | %.2f | %.0f ms | %.2f | %s | %s |\n", l, 1000 * median(wall, n), median(ratio, n), 1000 * best, best / base, c, p
    }'
done
