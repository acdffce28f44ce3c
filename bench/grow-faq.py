"""Writes OUT: faq.yaml with its FAQ entries copied (new ids, references to the originals) up to N entries.

Usage: python3 bench/grow-faq.py OUT N   (from the top of the checkout; used by bench/kb-scale.sh and bench/completion.sh)
"""
import re
import sys

out, n = sys.argv[1], int(sys.argv[2])
text = open("faq.yaml", encoding="utf-8").read()
start = text.index("\nfaqs:\n") + 1
end = re.compile(r"^[a-z_]+:", re.M).search(text, start + 6).start()
entries = re.split(r"(?m)^(?=  - id: )", text[start + 6:end])
head, entries = entries[0], [e for e in entries[1:] if e.strip()]
copies = []
for i in range(n - len(entries)):
    e = entries[i % len(entries)]
    copies.append(re.sub(r"^  - id: ([a-z0-9-]+)", lambda m: f"  - id: {m.group(1)}-copy-{i + 1}", e, count=1))
body = "".join(entries + copies)
if not body.endswith("\n\n"):
    body += "\n"
open(out, "w", encoding="utf-8").write(text[:start] + "faqs:\n" + head + body + text[end:])
