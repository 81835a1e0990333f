#!/usr/bin/python3
"""Writes the fixtures the structure-to-label tests read, using python3-spglib (Debian) as the reference.

    nice -n 10 /usr/bin/python3 tests/Synthesis.Chemistry.Tests/Fixtures/structures/make-expected-labels.py
    nice -n 10 /usr/bin/python3 tests/Synthesis.Chemistry.Tests/Fixtures/structures/make-expected-labels.py --all /tmp/all-labels.json

With --all FILE it writes the labels of all 1,265 structures to FILE instead (and no CIFs); the C# test checks them
when SYNTHESIS_EXPECTED_LABELS=FILE is set (ProtostructureLabellerTests.LabelsOfRealStructuresMatchPythonSpglib).

- expected-labels.json: for 21 structures of datasets/properties/matbench_phonons.json.gz (every 63rd), the
  protostructure label built from spglib's symmetry dataset (symprec 0.1 Å, angle tolerance 5°), written
  independently of the C# code: Pearson count = atoms of spglib's standardised cell, centring = first letter of
  its international symbol (A/B/C -> C), prototype from the input cell's composition, Wyckoff letters of the
  symmetry-distinct atoms, canonicalised over datasets/wyckoff/wyckoff-relabelings.json (smallest sum of letter
  positions a=1..z=26, A=27, each occupied position counted once; ties by text).
- <index>-p1.cif: the same structure as a CIF with every atom written out (cell parameters, fractional sites).
- <index>-symmetrised.cif: spglib's standardised cell reduced to one atom per orbit, with the space group's
  symmetry operations as x,y,z strings, so a reader must apply them to recover the structure.
"""
import fractions
import gzip
import json
import math
import pathlib
import sys
from collections import Counter
from functools import reduce

import spglib

SYMPREC, ANGLE_TOLERANCE = 0.1, 5.0
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
LETTERS = "abcdefghijklmnopqrstuvwxyzA"
FAMILY = [(2, "a"), (15, "m"), (74, "o"), (142, "t"), (194, "h"), (230, "c")]
CIF_STRUCTURES = (0, 567, 693)


def cell_of(structure):
    elements = sorted({site["species"][0]["element"] for site in structure["sites"]})
    types = [elements.index(site["species"][0]["element"]) + 1 for site in structure["sites"]]
    return structure["lattice"]["matrix"], [site["abc"] for site in structure["sites"]], types, elements


def label_of(structure, relabelings):
    lattice, positions, types, elements = cell_of(structure)
    data = spglib.get_symmetry_dataset((lattice, positions, types), symprec=SYMPREC, angle_tolerance=ANGLE_TOLERANCE)
    number = data["number"]
    orbits = sorted(set(data["equivalent_atoms"]))
    per_element = {e: Counter() for e in elements}
    for atom in orbits:
        per_element[elements[types[atom] - 1]][data["wyckoffs"][atom]] += 1

    def text(relabel):
        parts = []
        for e in elements:
            moved = sorted(((relabel.get(ord(l), l), n) for l, n in per_element[e].items()), key=lambda p: LETTERS.index(p[0]))
            parts.append("".join(("" if n == 1 else str(n)) + l for l, n in moved))
        return "_".join(parts)

    def score(wyckoff_text):
        return sum(LETTERS.index(ch) + 1 for ch in wyckoff_text if ch.isalpha())

    candidates = {text({int(k): v for k, v in r.items()}) for r in relabelings[str(number)]} | {text({})}
    wyckoffs = min(candidates, key=lambda t: (score(t), t))
    counts = Counter(types)
    divisor = reduce(math.gcd, counts.values())
    prototype = "".join(chr(65 + i) + ("" if counts[i + 1] // divisor == 1 else str(counts[i + 1] // divisor)) for i in range(len(elements)))
    family = next(f for top, f in FAMILY if number <= top)
    centring = data["international"][0]
    centring = "C" if centring in "ABCS" else centring
    pearson = f"{family}{centring}{len(data['std_types'])}"
    return f"{prototype}_{pearson}_{number}_{wyckoffs}:{'-'.join(elements)}", data


def parameters(lattice):
    lengths = [math.sqrt(sum(x * x for x in v)) for v in lattice]
    def angle(i, j):
        return math.degrees(math.acos(sum(a * b for a, b in zip(lattice[i], lattice[j])) / (lengths[i] * lengths[j])))
    return lengths + [angle(1, 2), angle(0, 2), angle(0, 1)]


def cif(name, lattice, sites, operations):
    a, b, c, alpha, beta, gamma = parameters(lattice)
    lines = [f"# {name}: written by make-expected-labels.py from matbench_phonons.json.gz", f"data_{name}",
             f"_cell_length_a {a:.8f}", f"_cell_length_b {b:.8f}", f"_cell_length_c {c:.8f}",
             f"_cell_angle_alpha {alpha:.8f}", f"_cell_angle_beta {beta:.8f}", f"_cell_angle_gamma {gamma:.8f}",
             "loop_", "_symmetry_equiv_pos_site_id", "_symmetry_equiv_pos_as_xyz"]
    lines += [f"{i + 1} '{op}'" for i, op in enumerate(operations)]
    lines += ["loop_", "_atom_site_type_symbol", "_atom_site_label", "_atom_site_fract_x", "_atom_site_fract_y",
              "_atom_site_fract_z", "_atom_site_occupancy"]
    lines += [f"{e} {e}{i + 1} {x:.8f} {y:.8f} {z:.8f} 1" for i, (e, (x, y, z)) in enumerate(sites)]
    return "\n".join(lines) + "\n"


def xyz(rotation, translation):
    parts = []
    for row, t in zip(rotation, translation):
        term = "".join(("+" if r > 0 else "-") + ("" if abs(r) == 1 else str(abs(r))) + v for r, v in zip(row, "xyz") if r)
        shift = fractions.Fraction(t % 1).limit_denominator(12)
        parts.append(term.lstrip("+") + (f"+{shift}" if shift else ""))
    return ",".join(parts)


def symmetrised(structure):
    lattice, positions, types, elements = cell_of(structure)
    std = spglib.standardize_cell((lattice, positions, types), symprec=SYMPREC, angle_tolerance=ANGLE_TOLERANCE)
    data = spglib.get_symmetry_dataset(std, symprec=SYMPREC, angle_tolerance=ANGLE_TOLERANCE)
    symmetry = spglib.get_symmetry_from_database(data["hall_number"])
    representatives = sorted(set(data["equivalent_atoms"]))
    sites = [(elements[std[2][i] - 1], std[1][i]) for i in representatives]
    return std[0].tolist(), sites, [xyz(r, t) for r, t in zip(symmetry["rotations"], symmetry["translations"])]


def main():
    table = json.loads(gzip.open(ROOT / "datasets/properties/matbench_phonons.json.gz").read())["data"]
    relabelings = json.loads((ROOT / "datasets/wyckoff/wyckoff-relabelings.json").read_text())
    every = "--all" in sys.argv
    expected = []
    for index in range(0, len(table), 1 if every else 63):
        structure = table[index][0]
        label, data = label_of(structure, relabelings)
        expected.append({"index": index, "label": label, "spaceGroup": data["number"], "international": data["international"]})
        print(index, label)
    if every:
        pathlib.Path(sys.argv[sys.argv.index("--all") + 1]).write_text(json.dumps(expected, indent=1) + "\n")
        return
    (HERE / "expected-labels.json").write_text(json.dumps(expected, indent=1) + "\n")
    for index in CIF_STRUCTURES:
        structure = table[index][0]
        lattice, positions, types, elements = cell_of(structure)
        (HERE / f"{index}-p1.cif").write_text(cif(f"phonons_{index}", lattice, [(elements[t - 1], p) for t, p in zip(types, positions)], ["x,y,z"]))
        (HERE / f"{index}-symmetrised.cif").write_text(cif(f"phonons_{index}_symmetrised", *symmetrised(structure)))


if __name__ == "__main__":
    main()
