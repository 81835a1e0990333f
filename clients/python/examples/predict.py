#!/usr/bin/python3
"""Predicts a product, finds similar reactions and searches the dataset.

    PYTHONPATH=clients/python /usr/bin/python3 clients/python/examples/predict.py [host:port]
"""
import sys

from synthesis_client import Synthesis, SynthesisError

with Synthesis(sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:50051") as client:
    print(client.predict(["BaCO3", "TiO2"], actions=["mixing", "heating"], neighbours=5))

    page = client.search("LiCoO2", contains=["Li", "Co"], excludes=["Ni"], page_size=5)
    print("search 'LiCoO2' (Li and Co, no Ni): {} matches".format(page.total))
    for match in page.matches:
        print("  {:3d}  {}  {}".format(match.score, match.reaction_id, match.reaction_string))

    try:
        client.predict(["NiO"], actions=["heating"])
    except SynthesisError as e:
        print("a single precursor is refused:", e)
