#!/usr/bin/env python3
"""Validates FHIR R4 Bundles with an implementation independent of Backstory: the
`fhir.resources` 6.1 models (FHIR 4.0.1, pydantic 1), which check every element's name,
type and cardinality. The models do not check required code bindings, so the few this
export uses are checked here from the R4 value sets, with the Bundle's internal references.

Usage: fhir_validate.py BUNDLE.json [...]   (exit 1 and a message per broken file)
"""
import json
import sys

import fhir.resources
from fhir.resources.bundle import Bundle

# R4 (4.0.1) required bindings of the elements Backstory writes.
BUNDLE_TYPES = {"document", "message", "transaction", "transaction-response", "batch",
                "batch-response", "history", "searchset", "collection"}
OBSERVATION_STATUS = {"registered", "preliminary", "final", "amended", "corrected",
                      "cancelled", "entered-in-error", "unknown"}
FLAG_STATUS = {"active", "inactive", "entered-in-error"}
PROCEDURE_STATUS = {"preparation", "in-progress", "not-done", "on-hold", "stopped",
                    "completed", "entered-in-error", "unknown"}
MEDICATION_STATEMENT_STATUS = {"active", "completed", "entered-in-error", "intended",
                               "stopped", "on-hold", "unknown", "not-taken"}


def problems(path):
    with open(path, encoding="utf-8") as f:
        raw = json.load(f)
    try:
        Bundle.parse_obj(raw)
    except Exception as err:  # pydantic's ValidationError lists every broken element
        yield f"not a valid R4 Bundle: {err}"
        return
    if raw.get("type") not in BUNDLE_TYPES:
        yield f"Bundle.type {raw.get('type')!r} is not an R4 bundle type"
    entries = raw.get("entry", [])
    urls = [e.get("fullUrl") for e in entries]
    if len(set(urls)) != len(urls):
        yield "two entries share a fullUrl"
    known = set(urls)
    for e in entries:
        r = e["resource"]
        kind = r["resourceType"]
        if r.get("id") and e.get("fullUrl") != f"urn:uuid:{r['id']}":
            yield f"{kind} {r['id']}: fullUrl {e.get('fullUrl')} does not name it"
        if kind == "Observation" and r.get("status") not in OBSERVATION_STATUS:
            yield f"Observation {r.get('id')}: status {r.get('status')!r}"
        if kind == "Flag" and r.get("status") not in FLAG_STATUS:
            yield f"Flag {r.get('id')}: status {r.get('status')!r}"
        if kind == "Procedure" and r.get("status") not in PROCEDURE_STATUS:
            yield f"Procedure {r.get('id')}: status {r.get('status')!r}"
        if kind == "MedicationStatement" and r.get("status") not in MEDICATION_STATEMENT_STATUS:
            yield f"MedicationStatement {r.get('id')}: status {r.get('status')!r}"
        refs = [r.get("subject", {}).get("reference")] + [
            m.get("reference")
            for key in ("hasMember", "focus", "reasonReference")
            for m in r.get(key, [])
        ]
        for ref in filter(None, refs):
            if ref not in known:
                yield f"{kind} {r.get('id')}: reference {ref} is not in the bundle"


def main(paths):
    if fhir.resources.__fhir_version__ != "4.0.1":
        sys.exit(f"fhir.resources {fhir.resources.__version__} models FHIR {fhir.resources.__fhir_version__}, not R4 4.0.1")
    failed = False
    for path in paths:
        found = list(problems(path))
        for p in found:
            print(f"{path}: {p}", file=sys.stderr)
        if found:
            failed = True
        else:
            print(f"{path}: valid FHIR R4 Bundle")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
