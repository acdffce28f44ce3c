#!/usr/bin/env bash
# Start-up benchmark of the one-off commands, against a bare JVM (bench/Hello.java) measured in the same run.
# Prints a Markdown table: median wall time, ratio to the bare JVM, and peak memory (max RSS of 3 runs).
#
#   bench/startup.sh [-r RUNS] [-w WARMUP] [CHECKOUT]
#
# CHECKOUT (default: this one) must hold a built target/okpay-support.jar and its launcher ./okpay-support;
# another checkout (an older commit) gives the "before" column. LAUNCHER=path overrides the launcher and
# JAR=path the jar, to measure one lever at a time. hyperfine is used when installed (Debian: apt-get
# install hyperfine), else a plain loop that takes turns between the commands. This is a benchmark, not a test:
# the machine's load changes the numbers, so compare only numbers from one run, and run it on a quiet machine.
set -euo pipefail
runs=20
warmup=3
while getopts r:w: opt; do
  case $opt in
    r) runs=$OPTARG ;;
    w) warmup=$OPTARG ;;
    *) echo "usage: $0 [-r RUNS] [-w WARMUP] [CHECKOUT]" >&2; exit 2 ;;
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

# label | command (words split on spaces, so a path with spaces needs the LAUNCHER/JAR symlink trick)
labels=("java -cp . Hello (bare JVM)")
commands=("java -cp $work Hello")
add() { labels+=("$1"); commands+=("$2"); }
add "faq search 钱没到账" "$launcher faq search 钱没到账"
add "contact --topic funds" "$launcher contact --topic funds"
add "diagnose declined-tx --code 51" "$launcher diagnose declined-tx --code 51"
add "security-check --list-checks" "$launcher security-check --list-checks"
if "$launcher" --help 2>/dev/null | grep -q "^  ask "; then
  add "ask 钱没到账" "$launcher ask 钱没到账"
fi
add "--version" "$launcher --version"
add "shell (first prompt, then end of input)" "$launcher shell"
add "java -jar: faq search 钱没到账" "java -jar $jar faq search 钱没到账"
add "java -jar: contact --topic funds" "java -jar $jar contact --topic funds"

for i in "${!commands[@]}"; do
  # a command that fails would time its error path: refuse to report it
  if ! ${commands[$i]} </dev/null >/dev/null 2>"$work/err"; then
    echo "failed: ${commands[$i]}" >&2; cat "$work/err" >&2; exit 1
  fi
done

declare -a median
if command -v hyperfine >/dev/null; then
  names=()
  for i in "${!commands[@]}"; do names+=(-n "c$i" "${commands[$i]}"); done
  hyperfine -N -w "$warmup" -r "$runs" --style none --export-csv "$work/h.csv" "${names[@]}" >/dev/null
  while IFS=, read -r name _mean _stddev med _rest; do
    [ "$name" = command ] || median[${name#c}]=$med
  done <"$work/h.csv"
  tool="hyperfine -N -w $warmup -r $runs"
else
  # the commands take turns, so a change in the machine's load touches them all alike
  declare -A times
  for ((round = -warmup; round < runs; round++)); do
    for i in "${!commands[@]}"; do
      start=$EPOCHREALTIME
      ${commands[$i]} </dev/null >/dev/null 2>&1
      end=$EPOCHREALTIME
      ((round < 0)) || times[$i]+="$(( ${end/./} - ${start/./} )) "
    done
  done
  for i in "${!commands[@]}"; do
    median[$i]=$(printf '%s\n' ${times[$i]} | sort -n | awk '{ a[NR] = $1 } END { m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.6f", m / 1e6 }')
  done
  tool="a plain loop, $runs turns after $warmup"
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
echo "| command | median | × bare JVM | peak memory |"
echo "|---|---|---|---|"
for i in "${!commands[@]}"; do
  awk -v l="${labels[$i]}" -v m="${median[$i]}" -v b="${median[0]}" -v p="$(peak "${commands[$i]}")" \
    'BEGIN { printf "| `%s` | %.0f ms | %.2f | %s |\n", l, m * 1000, m / b, p }'
done
