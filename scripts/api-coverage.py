#!/usr/bin/env python3
"""Writes docs/api-coverage.md: one row per id of the reference's endpoints.json.

Usage: scripts/api-coverage.py [endpoints.json] [output.md]
Defaults: tests/data/endpoints.json (the copy of shared/osm-api/endpoints.json) and docs/api-coverage.md.
Add a line to COVERAGE when an operation, an osmctl command or tests arrive.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# id -> (core operation, header, osmctl command, tests)
COVERAGE = {
    "iam_create_token": ("TokenAuthenticator (pipeline, internal)", "core/net/TokenAuthenticator.h", None,
                         ["tst_pipeline", "tst_authmodels"]),
    "list_cases": ("api::listCases", "core/api/CaseQueries.h", None, ["tst_pipeline", "tst_casemodels", "tst_simapi"]),
    "show_case_detail": ("api::showCaseDetail", "core/api/CaseQueries.h", None,
                         ["tst_pipeline", "tst_casemodels", "tst_simapi"]),
    "count_cases_by_status": ("api::countCasesByStatus", "core/api/CaseQueries.h", None,
                              ["tst_pipeline", "tst_casemodels", "tst_simapi"]),
    "list_messages": ("api::listMessages", "core/api/Messages.h", None,
                      ["tst_pipeline", "tst_messagemodels", "tst_simapi"]),
    "list_unread_messages": ("api::listUnreadMessages", "core/api/Messages.h", None,
                             ["tst_pipeline", "tst_messagemodels", "tst_simapi"]),
    "poll_instant_messages": ("api::pollInstantMessages", "core/api/Messages.h", None,
                              ["tst_pipeline", "tst_messagemodels", "tst_simapi"]),
    "list_more_messages": (None, None, None, ["tst_messagemodels (model only)"]),
    "create_message": (None, None, None, ["tst_simapi (simulator only)"]),
    "set_messages_read": (None, None, None, ["tst_simapi (simulator only)"]),
    "create_label": ("api::createLabel", "core/api/Labels.h", None, ["tst_labels"]),
    "list_labels": ("api::listLabels", "core/api/Labels.h", None, ["tst_labels", "tst_casemodels"]),
    "delete_label": ("api::deleteLabel", "core/api/Labels.h", None, ["tst_labels"]),
    "update_label": ("api::updateLabel", "core/api/Labels.h", None, ["tst_labels"]),
    "list_case_labels": ("api::listCaseLabels", "core/api/Labels.h", None, ["tst_labels"]),
    "add_case_labels": ("api::addCaseLabels", "core/api/Labels.h", None, ["tst_labels"]),
    "delete_case_labels": ("api::deleteCaseLabels", "core/api/Labels.h", None, ["tst_labels"]),
    "create_case_relation": ("api::createCaseRelation", "core/api/Relations.h", None, ["tst_relations"]),
    "delete_case_relation": ("api::deleteCaseRelation", "core/api/Relations.h", None, ["tst_relations"]),
    "list_case_relations": ("api::listCaseRelations", "core/api/Relations.h", None, ["tst_relations"]),
    "show_case_quota": ("api::showCaseQuota", "core/api/Quotas.h", None, ["tst_quotas"]),
    "list_area_codes": ("api::listAreaCodes", "core/api/Config.h", None, ["tst_config"]),
    "list_problem_types": ("api::listProblemTypes", "core/api/Config.h", None, ["tst_config"]),
    "list_extends_params": ("api::listExtendsParams", "core/api/Config.h", None, ["tst_config"]),
    "list_problem_templates": ("api::listProblemTemplates", "core/api/Config.h", None, ["tst_config"]),
    "list_case_categories": ("api::listCaseCategories", "core/api/Config.h", None, ["tst_config"]),
    "list_product_categories": ("api::listProductCategories", "core/api/Config.h", None, ["tst_config"]),
    "list_regions": ("api::listRegions", "core/api/Config.h", None, ["tst_config"]),
    "list_satisfaction_dimensions": ("api::listSatisfactionDimensions", "core/api/Config.h", None, ["tst_config"]),
    "list_severities": ("api::listSeverities", "core/api/Config.h", None, ["tst_config"]),
    "show_case_limits": ("api::showCaseLimits", "core/api/Config.h", None, ["tst_config"]),
}

DASH = "—"


def cell(text):
    return text.replace("|", "\\|") if text else DASH


def main():
    source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/data/endpoints.json"
    target = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs/api-coverage.md"
    endpoints = json.loads(source.read_text(encoding="utf-8"))
    unknown = set(COVERAGE) - {e["id"] for e in endpoints}
    if unknown:
        sys.exit("ids not in endpoints.json: " + ", ".join(sorted(unknown)))

    rows = []
    done = 0
    for e in endpoints:
        op, header, command, tests = COVERAGE.get(e["id"], (None, None, None, []))
        if e.get("method"):
            request = f"`{e['method']} {e['path']}`"
        else:
            request = "(appendix, not an endpoint)"
        if op and op.startswith("api::"):
            done += 1
        core = f"`{op}` ({header})" if op else DASH
        rows.append(f"| {e['section']} | `{e['id']}` | {request} | {cell(core)} | {cell(command and '`' + command + '`')} "
                    f"| {cell(', '.join(tests))} |")

    total = sum(1 for e in endpoints if e.get("method"))
    lines = [
        "# API coverage",
        "",
        "One row per `id` of the reference's `endpoints.json` (shared/osm-api/endpoints.json, copied to",
        "tests/data/endpoints.json). Generated by `scripts/api-coverage.py`: edit its `COVERAGE` table and run it again.",
        "",
        f"Typed core operations: {done} of {total} endpoints. `osmctl` does not exist yet.",
        "",
        "Tests: `tst_labels`, `tst_relations`, `tst_config`, `tst_quotas` (tests/core/api) run each operation against",
        "the in-process simulator (request as received, parsed answer), parse the reference's response example",
        "verbatim (examples that are not JSON: refused as MalformedBody, then parsed after a minimal repair written in",
        "the test), check the limits refused before sending, the service's rules and X-Language; `tst_pipeline`",
        "(tests/core/net) is the end-to-end pipeline test; `tst_*models` (tests/core/model) parse the reference's",
        "examples; `tst_simapi` (tests/sim) tests the simulator's routes directly.",
        "",
        "| § | id | request | core operation | osmctl | tests |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
    ]
    target.write_text("\n".join(lines), encoding="utf-8")
    print(f"{target}: {len(rows)} rows, {done} operations")


if __name__ == "__main__":
    main()
