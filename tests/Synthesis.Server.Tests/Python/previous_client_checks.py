"""A client built before candidate products existed (the synthesis.v1 stubs as of model versions without a scorer,
kept under previous_stubs/) asks the running server for a prediction and prints what it understood, as JSON.

    /usr/bin/python3 previous_client_checks.py HOST:PORT
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "previous_stubs"))

import grpc  # noqa: E402
from synthesis.v1 import predictor_pb2, predictor_pb2_grpc, reactions_pb2  # noqa: E402

assert "candidates" not in predictor_pb2.PredictResponse.DESCRIPTOR.fields_by_name, "these must be the previous stubs"

with grpc.insecure_channel(sys.argv[1]) as channel:
    query = reactions_pb2.ReactionQuery(actions=["mixing", "heating"])
    query.precursors.add(formula="BaCO3")
    query.precursors.add(formula="TiO2")
    response = predictor_pb2_grpc.ReactionPredictorStub(channel).Predict(
        predictor_pb2.PredictRequest(query=query, neighbours=2), timeout=30)

print(json.dumps({
    "formula": response.formula,
    "elements": {e.element: e.fraction for e in response.elements},
    "neighbours": len(response.neighbours),
    "model_version": response.model_version,
}))
