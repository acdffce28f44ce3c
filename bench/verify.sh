#!/usr/bin/env bash
# contact verify: start-up for a phone number (international: no parsing; national: libphonenumber) and email addresses
# (official: a listed value; lookalike: skeletons and the suffix list), through the launcher and with java -jar,
# against a bare JVM (bench/Hello.java) in the same hyperfine run; then 10,000 values in one run from standard input.
# Usage: bench/verify.sh [runs]   (needs the jar and its archive: mvn -q -B package -DskipTests; hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}
JAR=target/okpay-support.jar
[[ -f $JAR ]] || { echo "build the jar first: mvn -q -B package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
javac -d "$WORK" bench/Hello.java
export LC_ALL=C.UTF-8 NO_COLOR=1
unset OKPAY_SUPPORT_KB
hyperfine -N -i -w 3 -r "$RUNS" --export-markdown "$WORK/startup.md" \
  "java -cp $WORK Hello" \
  "./okpay-support contact verify +1-555-0100" \
  "./okpay-support contact verify 555-0100" \
  "./okpay-support contact verify support@okpay.example" \
  "./okpay-support contact verify okpay-help@gmail.com" \
  "java -jar $JAR contact verify +1-555-0100" \
  "java -jar $JAR contact verify 555-0100" \
  "java -jar $JAR contact verify support@okpay.example" \
  "java -jar $JAR contact verify okpay-help@gmail.com"
cat "$WORK/startup.md"

# 10,000 values of every kind, generated with a fixed seed
python3 - "$WORK/values.txt" <<'PY'
import random, sys
random.seed(14)
shapes = ["support@okpay.example", "okpay-help{}.test", "+1-555-01{:02d}", "user{}@gmail.com", "@Someone{}",
          "https://evil{}.test/okpay", "0kpay{}.example", "+44 20 7946 {:04d}", "okpay.example.co{}.uk", "020 7946 {:04d}"]
with open(sys.argv[1], "w") as out:
    for _ in range(10_000):
        out.write(random.choice(shapes).format(random.randrange(100)) + "\n")
PY
for format in text json; do
  /usr/bin/time -f "10,000 values, --format $format: %e s wall, %U s user, %M KB max RSS" \
    ./okpay-support contact verify - --format "$format" < "$WORK/values.txt" > /dev/null || true
done
