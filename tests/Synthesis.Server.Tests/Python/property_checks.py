"""Drives the Python client's property calls against a running server and prints what it saw as one JSON object.

    PYTHONPATH=clients/python /usr/bin/python3 property_checks.py HOST:PORT CIF_FILE
"""
import json
import sys

from synthesis_client import Synthesis, SynthesisError

address, cif_file = sys.argv[1], sys.argv[2]
with Synthesis(address, timeout=30) as client:
    models = client.list_models()
    gap = client.predict_composition("NaCl")
    with open(cif_file) as cif:
        from_cif = client.predict_structure(cif=cif.read())
    from_json = client.predict_structure(pymatgen_json={
        "lattice": {"matrix": [[0, 3.5, 3.5], [3.5, 0, 3.5], [3.5, 3.5, 0]]},
        "sites": [{"species": [{"element": "Ba", "occu": 1}], "abc": [0, 0, 0]},
                  {"species": [{"element": "Te", "occu": 1}], "abc": [0.5, 0.5, 0.5]}]})
    try:
        client.predict_structure(label="AB6C3_hR31_160_a_2b_b:Hf-N-Zn")
        label_error = None
    except SynthesisError as e:
        label_error = {"code": e.code.name, "details": e.details}

print(json.dumps({
    "models": {m.name: {"input": m.input, "unit": m.unit, "test_mae": m.test_mae} for m in models},
    "gap": {"formula": gap.formula, "unit": gap.unit, "value": gap.value, "aleatoric": gap.aleatoric_uncertainty},
    "from_cif": {"label": from_cif.protostructure_label, "unit": from_cif.unit, "value": from_cif.value},
    "from_json": {"label": from_json.protostructure_label, "value": from_json.value},
    "label_error": label_error,
}))
