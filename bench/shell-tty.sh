#!/usr/bin/env bash
# The shell's first prompt on a real terminal, as a person sees it: `okpay-support shell` started in a pseudo-terminal
# (script(1)), timed from its start until the prompt is on the screen, then Ctrl-D; a bare JVM (bench/Hello.java)
# printing its line the same way, in turns with it. bench/startup.sh times the shell with input from /dev/null (a dumb
# terminal); this is the terminal path (JLine's native terminal, the terminal's capabilities, raw mode, signals).
#
#   bench/shell-tty.sh [-r RUNS] [CHECKOUT...]
#
# Prints a Markdown table: the median time to the prompt over RUNS turns (default 11), and its ratio to the bare JVM's
# median. Each CHECKOUT (default: this one) must hold a built jar and its launcher; several give columns to compare.
# The pseudo-terminal costs both rows the same start of script(1). A benchmark, not a test.
set -euo pipefail
runs=11
while getopts r: opt; do
  case $opt in
    r) runs=$OPTARG ;;
    *) echo "usage: $0 [-r RUNS] [CHECKOUT...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
command -v script >/dev/null || { echo "script(1) is needed (util-linux)" >&2; exit 1; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
checkouts=("$@")
((${#checkouts[@]})) || checkouts=("$here")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
javac -d "$work" "$here/bench/Hello.java"
cd "$work"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 XDG_CONFIG_HOME="$work" TERM=xterm-256color
unset OKPAY_SUPPORT_KB OKPAY_SUPPORT_LANG NO_COLOR

# One turn: milliseconds from the start of COMMAND in a pseudo-terminal until DELIMITER (the prompt's '>', or the end
# of Hello's line) is read from it; then Ctrl-D, and wait for it to end.
turn() {
  local delimiter=$1 command=$2 start chunk
  start=$EPOCHREALTIME
  coproc TTY { exec script -qfec "exec $command" /dev/null; }
  IFS= read -r -t 30 -d "$delimiter" -u "${TTY[0]}" chunk || true
  local end=$EPOCHREALTIME
  printf '\004' >&"${TTY[1]}" 2>/dev/null || true
  wait "$TTY_PID" 2>/dev/null || true
  echo $(( (${end/./} - ${start/./}) / 1000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

labels=("java -cp . Hello (bare JVM)")
commands=("java -cp $work Hello")
delimiters=($'\n')
for checkout in "${checkouts[@]}"; do
  checkout="$(cd "$checkout" && pwd)"
  labels+=("shell: first prompt ($checkout)")
  commands+=("$checkout/okpay-support shell")
  delimiters+=(">")
done

declare -a times
for ((run = -1; run < runs; run++)); do
  for i in "${!commands[@]}"; do
    t=$(turn "${delimiters[$i]}" "${commands[$i]}")
    ((run < 0)) || times[$i]+="$t"$'\n'
  done
done

echo "okpay-support shell on a pseudo-terminal, $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $runs turns"
echo
echo "| command | median to the prompt | × bare JVM |"
echo "|---|---|---|"
base=$(printf '%s' "${times[0]}" | median)
for i in "${!commands[@]}"; do
  m=$(printf '%s' "${times[$i]}" | median)
  awk -v l="${labels[$i]}" -v m="$m" -v b="$base" 'BEGIN { printf "| `%s` | %d ms | %.2f |\n", l, m, m / b }'
done
