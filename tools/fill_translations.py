#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts file from a JSON map {source: translation} (a
translation may be a list for numerus forms). Entries without a translation stay unfinished
and are printed, so the i18n test keeps failing until every string is translated.

    tools/fill_translations.py resources/i18n/crisisdesk_zh_CN.ts translations.json
"""
import html
import json
import re
import sys


def main(ts_path, map_path):
    text = open(ts_path, encoding="utf-8").read()
    mapping = json.load(open(map_path, encoding="utf-8"))
    missing = []

    def fill(match):
        block = match.group(0)
        if 'type="unfinished"' not in block:
            return block
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        if source not in mapping:
            missing.append(source)
            return block
        value = mapping[source]
        if 'numerus="yes"' in block:
            forms = value if isinstance(value, list) else [value]
            inner = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in forms)
            translation = f"<translation>{inner}\n        </translation>"
        else:
            translation = f"<translation>{html.escape(value, quote=False)}</translation>"
        return re.sub(r"<translation type=\"unfinished\">.*?</translation>|<translation type=\"unfinished\"/>",
                      lambda _: translation, block, flags=re.S)

    text = re.sub(r"<message[^>]*>.*?</message>", fill, text, flags=re.S)
    open(ts_path, "w", encoding="utf-8").write(text)
    for m in missing:
        print("untranslated:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
