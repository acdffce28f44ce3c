#!/bin/sh
# Cold start of `ask` against `faq search` and a bare JVM, in the same hyperfine run (issue #10: ask must be no slower
# than faq search). Usage: bench/ask.sh [runs]   (builds the jar first if it is missing; needs hyperfine)
set -e
cd "$(dirname "$0")/.."
RUNS=${1:-20}
JAR=target/okpay-support.jar
HELLO=${HELLO:-}
[ -f "$JAR" ] || mvn -q -B package -DskipTests -Dasciidoctor.skip
if [ -z "$HELLO" ] || [ ! -f "$HELLO/Hello.class" ]; then
  HELLO=$(mktemp -d)
  javac -d "$HELLO" bench/Hello.java
fi
hyperfine -N -w 3 -r "$RUNS" --export-markdown target/bench-ask.md \
  "java -cp $HELLO Hello" \
  "java -jar $JAR faq search 钱没到账" \
  "java -jar $JAR ask 我的转账一天了还没到账" \
  "java -jar $JAR faq search money not arrived" \
  "java -jar $JAR ask 'my transfer has not arrived, it has been 3 days'"
