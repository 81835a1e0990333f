"""Drives the Python client against a running server and prints what it saw as one JSON object.

    PYTHONPATH=clients/python /usr/bin/python3 client_checks.py HOST:PORT REACTION_ID
"""
import json
import sys

from synthesis_client import Synthesis, SynthesisError

address, reaction_id = sys.argv[1], sys.argv[2]
with Synthesis(address, timeout=30) as client:
    prediction = client.predict(["Na2O2", "NiO"], actions=["mixing", "heating"], neighbours=3, amounts=[1.0, 2.0])
    similar = client.similar(reaction_id, k=2)
    similar_query = client.similar(precursors=["BaCO3", "TiO2"], actions=["mixing"], k=3)
    page = client.search("licoo2", contains=["Li", "Co"], excludes=["Ni"])
    stored = client.get_reaction(reaction_id)
    try:
        client.predict(["Na2O2"], actions=["mixing"])
        error = None
    except SynthesisError as e:
        error = {"code": e.code.name, "details": e.details}

print(json.dumps({
    "formula": prediction.formula,
    "model_version": prediction.model_version,
    "neighbours": len(prediction.neighbours),
    "similar": [n.reaction_id for n in similar],
    "similar_query": len(similar_query),
    "search": [m.reaction_id for m in page.matches],
    "doi": stored["doi"],
    "error": error,
}))
