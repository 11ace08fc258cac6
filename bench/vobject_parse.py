#!/usr/bin/python3
"""The anchor of vcard_bench: parses a vCard file with vobject and prints
"<cards> <seconds>", the seconds of the parse alone, measured here so that
the interpreter's start and the imports are left out.

    /usr/bin/python3 bench/vobject_parse.py FILE

vobject is Debian's python3-vobject. allowQP=True is how vobject reads
vCard 2.1 files: it joins QUOTED-PRINTABLE soft line breaks, which the
generated file has in its 2.1 cards (without it those cards fail to parse).
"""
import sys
import time

import vobject


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: vobject_parse.py FILE")
    with open(sys.argv[1], encoding="utf-8") as stream:
        start = time.perf_counter()
        cards = sum(1 for _ in vobject.readComponents(stream, allowQP=True))
        elapsed = time.perf_counter() - start
    print(cards, f"{elapsed:.6f}")


if __name__ == "__main__":
    main()
