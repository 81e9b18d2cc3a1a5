#!/usr/bin/env python3
"""Dumps the finished translations of a Qt .ts file as the JSON map fill_translations.py reads
({source: translation}, a list for numerus forms). Used when two branches each translated their
own strings: after the merge, lupdate marks the other side's strings unfinished, and

    tools/ts_to_json.py other-side.ts > map.json
    tools/fill_translations.py resources/i18n/crisisdesk_zh_CN.ts map.json

carries its translations over.
"""
import html
import json
import re
import sys


def main(ts_path):
    text = open(ts_path, encoding="utf-8").read()
    mapping = {}
    for block in re.findall(r"<message[^>]*>.*?</message>", text, re.S):
        if 'type="unfinished"' in block or 'type="obsolete"' in block or 'type="vanished"' in block:
            continue
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        forms = re.findall(r"<numerusform>(.*?)</numerusform>", block, re.S)
        if forms:
            mapping[source] = [html.unescape(f) for f in forms]
            continue
        found = re.search(r"<translation>(.*?)</translation>", block, re.S)
        if found and found.group(1):
            mapping[source] = html.unescape(found.group(1))
    json.dump(mapping, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
