#!/usr/bin/env bash
# Knowledge bases of 200, 1,000, 3,000 and 10,000 FAQ entries, made from the shipped entries with new ids: the time and
# peak memory of `faq search` (and `ask`, when the tool has it) on the first run (compiling into an empty cache) and on
# later runs (the cache warm), beside the embedded knowledge base and a bare JVM in the same run. The first run is timed
# twice: with `java -jar` (the JVM's default heap, a quarter of the machine's memory) and through the launcher
# ./okpay-support (its heap limit and flags), each into an empty cache.
# Usage: bench/kb-scale.sh [SIZES...]   (needs the jar: mvn -q -B package -DskipTests; hyperfine; python3)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/okpay-support.jar
[[ -f $JAR ]] || { echo "build the jar first: mvn -q -B package -DskipTests" >&2; exit 2; }
SIZES=("${@:-200 1000 3000 10000}")
[[ $# -gt 0 ]] || SIZES=(200 1000 3000 10000)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
HELLO=$WORK/hello
javac -d "$HELLO" bench/Hello.java
QUERY="payment declined"
COMMANDS=("faq search $QUERY")
if java -jar "$JAR" ask --help 2>/dev/null | grep -q "okpay-support ask"; then COMMANDS+=("ask $QUERY"); fi

# generate FILE N: faq.yaml with its FAQ entries copied (new ids, references to the originals) up to N entries
generate() {
  python3 bench/grow-faq.py "$1" "$2"
}

# peak CMD...: wall seconds, peak resident MiB and CPU seconds (user + system: what a busy machine does not inflate) of one run
peak() {
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  read -r secs kib user sys < "$WORK/time"
  printf "%s %d %s\n" "$secs" $((kib / 1024)) "$(python3 -c "print(round($user + $sys, 1))")"
}

mean() { # hyperfine's mean in ms of CMD
  hyperfine -N -w 2 -r "${RUNS:-10}" --export-json "$WORK/h.json" "$1" >/dev/null 2>&1
  python3 -c "import json;print(round(json.load(open('$WORK/h.json'))['results'][0]['mean']*1000))"
}

echo "machine: $(nproc) cores; java: $(java -version 2>&1 | head -1)"
hello=$(mean "java -cp $HELLO Hello")
for cmd in "${COMMANDS[@]}"; do
  embedded=$(mean "java -jar $JAR $cmd")
  echo
  echo "\`$cmd\` (bare JVM: $hello ms; embedded knowledge base: $embedded ms)"
  echo
  echo "| entries | file | first run | first run CPU | first run peak | launcher: first run | CPU | peak | cached mean | cached / embedded | cached peak |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in "${SIZES[@]}"; do
    kb="$WORK/kb-$n.yaml"
    [[ -f $kb ]] || generate "$kb" "$n"
    size=$(du -m "$kb" | cut -f1)
    cache="$WORK/cache-$n-$RANDOM"
    read -r first firstpeak firstcpu < <(peak env XDG_CACHE_HOME="$cache" java -jar "$JAR" --kb "$kb" $cmd)
    read -r lfirst lpeak lcpu < <(peak env XDG_CACHE_HOME="$cache-launcher" ./okpay-support --kb "$kb" $cmd)
    cached=$(XDG_CACHE_HOME="$cache" mean "java -jar $JAR --kb $kb $cmd")
    read -r _ cachedpeak _ < <(peak env XDG_CACHE_HOME="$cache" java -jar "$JAR" --kb "$kb" $cmd)
    ratio=$(python3 -c "print(f'{$cached/$embedded:.2f}')")
    echo "| $n | ${size} MB | ${first} s | ${firstcpu} s | ${firstpeak} MiB | ${lfirst} s | ${lcpu} s | ${lpeak} MiB | ${cached} ms | ${ratio} | ${cachedpeak} MiB |"
  done
done
