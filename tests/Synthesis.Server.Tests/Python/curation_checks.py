"""Drives the Python curation client against a running server and prints what it saw as one JSON object.

    PYTHONPATH=clients/python /usr/bin/python3 curation_checks.py HOST:PORT API_KEY FLAG_ID
"""
import json
import sys

from synthesis_client import Curation, SynthesisError

address, api_key, flag_id = sys.argv[1], sys.argv[2], sys.argv[3]
with Curation(address, api_key=api_key, timeout=30) as curation:
    page = curation.list_flags(reasons=["MODEL_DISAGREES"], page_size=50)
    flag = curation.get_flag(flag_id)
    revision = flag.get("revision", 0)
    reviewed = curation.review_flag(flag_id, "FALSE_ALARM", expected_revision=revision, reviewer="python", note="checked")
    try:
        curation.review_flag(flag_id, "CONFIRMED_ERROR", expected_revision=revision, reviewer="python-late")
        conflict = None
    except SynthesisError as e:
        conflict = e.code.name
    records = curation.export_records()

print(json.dumps({
    "listed": [f["flag_id"] for f in page["flags"]],
    "status": reviewed["status"],
    "revision": reviewed["revision"] - revision,
    "conflict": conflict,
    "records": len(records),
}))
