#!/usr/bin/python3
"""Searches the 2016 workshop's partners: the Python twin of the C example.

    search.py [DIRECTORY [QUERY]]

Opens DIRECTORY (a liaison SQLite file, created when missing; default: one
in memory), loads examples/data/workshop-2016.json into it, searches for
QUERY (default "capaliku", which finds Sara Çapaliku: case, accents and
script are folded) and prints each hit's name and organization.

Run it with the binding on the path and the library where it finds it:

    LIAISON_LIBRARY=build/src/capi/libliaison.so PYTHONPATH=bindings/python \\
        /usr/bin/python3 examples/python/search.py
"""

import os
import sys

import liaison

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                      "workshop-2016.json")


def main(argv):
    path = argv[1] if len(argv) > 1 else ":memory:"
    query = argv[2] if len(argv) > 2 else "capaliku"
    sample = os.environ.get("LIAISON_SAMPLE_DIR")
    sample = os.path.join(sample, "workshop-2016.json") if sample else SAMPLE
    try:
        with liaison.open(path) as directory:
            directory.import_file(sample)
            hits = directory.search(query)
            for hit in hits:
                if hit.organization:
                    print("%s (%s)" % (hit.name, hit.organization))
                else:
                    print(hit.name)
            if not hits:
                print("no match for %r" % query, file=sys.stderr)
    except liaison.Error as error:
        print("search.py: %s" % error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
