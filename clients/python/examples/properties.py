#!/usr/bin/python3
"""Lists the property models, then predicts a band gap from a composition and a phonon peak from a structure.

    PYTHONPATH=clients/python /usr/bin/python3 clients/python/examples/properties.py [host:port] [structure.cif]
"""
import sys

from synthesis_client import Synthesis, SynthesisError

with Synthesis(sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:50051") as client:
    for model in client.list_models():
        mae = "test MAE {:.3g} {}".format(model.test_mae, model.unit) if model.test_mae is not None else "not tested"
        print("{} ({}): {} in {}, {} member(s), {}".format(model.name, model.input, model.target, model.unit, model.members, mae))

    print(client.predict_composition("CdTe"))
    print(client.predict_structure(label="AB_cF8_225_a_b:Ba-Te"))
    if len(sys.argv) > 2:
        with open(sys.argv[2]) as cif:
            print(client.predict_structure(cif=cif.read()))

    try:
        client.predict_structure(label="AB6C3_hR31_160_a_2b_b:Hf-N-Zn")
    except SynthesisError as e:
        print("a label whose Pearson count disagrees with its Wyckoff sets is refused:", e)
