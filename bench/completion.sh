#!/usr/bin/env bash
# What the completion script's values cost, static (written into the script) against asking the tool on each Tab:
# one Tab answered from the script (`contact --region 中`, and `faq show a` on a knowledge base of 3,000 FAQ entries),
# sourcing the script (what ~/.bashrc pays), making it, and for the other way one run of the tool that loads the
# knowledge base (`faq list`, through the launcher and java -jar), beside a bare JVM in the same run.
# Usage: bench/completion.sh   (needs the jar: mvn -q -B package -DskipTests; hyperfine; python3)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/okpay-support.jar
[[ -f $JAR ]] || { echo "build the jar first: mvn -q -B package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
javac -d "$WORK/hello" bench/Hello.java
export LANG=C.UTF-8

# a knowledge base of 3,000 FAQ entries: the shipped ones copied with new ids (bench/grow-faq.py, as bench/kb-scale.sh makes them)
python3 bench/grow-faq.py "$WORK/big.yaml" 3000
java -jar "$JAR" completion bash > "$WORK/script.bash"
java -jar "$JAR" completion bash --kb "$WORK/big.yaml" > "$WORK/big.bash"

# tab SCRIPT WORDS...: a bash script that sources SCRIPT and then completes WORDS 100 times
tab() {
  local script=$1 out=$2; shift 2
  {
    echo "source '$script'"
    echo "for i in {1..100}; do"
    printf 'COMP_WORDS=(okpay-support'; printf " '%s'" "$@"; echo ")"
    echo "COMP_CWORD=$#; COMP_LINE=\"\${COMP_WORDS[*]}\"; COMP_POINT=\${#COMP_LINE}"
    echo "_okpay_support_complete okpay-support \"\${COMP_WORDS[COMP_CWORD]}\" \"\${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null"
    echo "done"
  } > "$out"
}
tab "$WORK/script.bash" "$WORK/tab.sh" contact --region 中
tab "$WORK/big.bash" "$WORK/tab-big.sh" faq show a
echo "source '$WORK/script.bash'" > "$WORK/source.sh"
echo "source '$WORK/big.bash'" > "$WORK/source-big.sh"

echo "machine: $(nproc) cores; java: $(java -version 2>&1 | head -1); scripts: $(wc -c < "$WORK/script.bash") bytes," \
  "$(wc -c < "$WORK/big.bash") bytes with 3,000 FAQ entries"
hyperfine -N -w 3 -r "${RUNS:-20}" \
  -n "bare JVM (Hello)" "java -cp $WORK/hello Hello" \
  -n "bash, nothing" "bash --norc -c true" \
  -n "bash: source the script" "bash --norc $WORK/source.sh" \
  -n "bash: source, 100 Tabs (contact --region 中)" "bash --norc $WORK/tab.sh" \
  -n "bash: source the 3,000-entry script" "bash --norc $WORK/source-big.sh" \
  -n "bash: source it, 100 Tabs (faq show a)" "bash --norc $WORK/tab-big.sh" \
  -n "launcher: faq list" "./okpay-support faq list" \
  -n "java -jar: faq list" "java -jar $JAR faq list" \
  -n "launcher: completion bash" "./okpay-support completion bash"
