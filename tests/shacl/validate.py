"""Validates RDF files against SHACL shapes with pySHACL, for tests/it/shapes.rs.

Usage: python3 validate.py SHAPES.ttl DATA.nt [DATA.nt ...]

Each data file (N-Triples) is validated on its own, in one Python process (pySHACL takes
about a second to import). For each file one line is printed, `CONFORMS <file>` or
`VIOLATES <file>` followed by pySHACL's text report. Exit status: 0 when every file
conforms, 1 when any does not, 2 when pySHACL is missing or a file does not parse.
"""

import sys

try:
    import pyshacl
    import rdflib
except ImportError as e:  # the Rust test turns this into a clear failure
    print(f"pyshacl is not installed ({e}); run: pip install pyshacl==0.30.1", file=sys.stderr)
    sys.exit(2)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    shapes = rdflib.Graph().parse(argv[1], format="turtle")
    failed = 0
    for path in argv[2:]:
        data = rdflib.Graph().parse(path, format="nt")
        conforms, _, report = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", allow_warnings=False
        )
        if conforms:
            print(f"CONFORMS {path}")
        else:
            failed += 1
            print(f"VIOLATES {path}\n{report}")
    sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
