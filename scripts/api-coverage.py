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
    "list_cases": ("api::listCases", "core/api/CaseQueries.h", "osmctl cases list", ["tst_pipeline", "tst_casemodels", "tst_simapi"]),
    "show_case_detail": ("api::showCaseDetail", "core/api/CaseQueries.h", "osmctl cases show",
                         ["tst_pipeline", "tst_casemodels", "tst_simapi"]),
    "count_cases_by_status": ("api::countCasesByStatus", "core/api/CaseQueries.h", "osmctl cases count",
                              ["tst_pipeline", "tst_casemodels", "tst_simapi"]),
    "list_messages": ("api::listMessages", "core/api/Messages.h", "osmctl messages list",
                      ["tst_pipeline", "tst_messagemodels", "tst_simapi"]),
    "list_unread_messages": ("api::listUnreadMessages", "core/api/Messages.h", "osmctl messages unread",
                             ["tst_pipeline", "tst_messagemodels", "tst_simapi"]),
    "poll_instant_messages": ("api::pollInstantMessages", "core/api/Messages.h", "osmctl messages poll",
                              ["tst_pipeline", "tst_messagemodels", "tst_simapi"]),
    "list_more_messages": ("api::listMoreMessages", "core/api/Messages.h", "osmctl messages more",
                           ["tst_messages", "tst_messagemodels"]),
    "create_message": ("api::createMessage", "core/api/Messages.h", "osmctl messages send",
                       ["tst_messages", "tst_simapi"]),
    "withdraw_message": ("api::withdrawMessage", "core/api/Messages.h", "osmctl messages withdraw", ["tst_messages", "tst_osmctl_messages"]),
    "set_messages_read": ("api::setMessagesRead", "core/api/Messages.h", "osmctl messages read",
                          ["tst_messages", "tst_simapi"]),
    "show_published_agreement": ("api::showPublishedAgreement", "core/api/Agreements.h", "osmctl agreements published", ["tst_agreements", "tst_osmctl_agreements"]),
    "check_latest_agreement_signed": ("api::checkLatestAgreementSigned", "core/api/Agreements.h", "osmctl agreements signed-latest",
                                      ["tst_agreements", "tst_osmctl_agreements"]),
    "sign_agreement": ("api::signAgreement", "core/api/Agreements.h", "osmctl agreements sign", ["tst_agreements", "tst_osmctl_agreements"]),
    "check_need_verify": ("api::checkNeedVerify", "core/api/VerifyCodes.h", "osmctl verify need-verify", ["tst_verifycodes", "tst_osmctl_verify"]),
    "list_verified_contacts": ("api::listVerifiedContacts", "core/api/VerifyCodes.h", "osmctl verify list", ["tst_verifycodes", "tst_osmctl_verify"]),
    "verify_contact": ("api::verifyContact", "core/api/VerifyCodes.h", "osmctl verify check", ["tst_verifycodes", "tst_osmctl_verify"]),
    "send_verify_code": ("api::sendVerifyCode", "core/api/VerifyCodes.h", "osmctl verify send", ["tst_verifycodes", "tst_osmctl_verify"]),
    "create_label": ("api::createLabel", "core/api/Labels.h", "osmctl labels create", ["tst_labels"]),
    "list_labels": ("api::listLabels", "core/api/Labels.h", "osmctl labels list", ["tst_labels", "tst_casemodels"]),
    "delete_label": ("api::deleteLabel", "core/api/Labels.h", "osmctl labels delete", ["tst_labels"]),
    "update_label": ("api::updateLabel", "core/api/Labels.h", "osmctl labels update", ["tst_labels"]),
    "list_case_labels": ("api::listCaseLabels", "core/api/Labels.h", "osmctl labels case-list", ["tst_labels"]),
    "add_case_labels": ("api::addCaseLabels", "core/api/Labels.h", "osmctl labels case-add", ["tst_labels"]),
    "delete_case_labels": ("api::deleteCaseLabels", "core/api/Labels.h", "osmctl labels case-remove", ["tst_labels"]),
    "create_case_relation": ("api::createCaseRelation", "core/api/Relations.h", "osmctl relations create", ["tst_relations"]),
    "delete_case_relation": ("api::deleteCaseRelation", "core/api/Relations.h", "osmctl relations delete", ["tst_relations"]),
    "list_case_relations": ("api::listCaseRelations", "core/api/Relations.h", "osmctl relations list", ["tst_relations"]),
    "show_case_quota": ("api::showCaseQuota", "core/api/Quotas.h", "osmctl quotas show", ["tst_quotas"]),
    "list_area_codes": ("api::listAreaCodes", "core/api/Config.h", "osmctl config area-codes", ["tst_config"]),
    "list_problem_types": ("api::listProblemTypes", "core/api/Config.h", "osmctl config problem-types", ["tst_config"]),
    "list_extends_params": ("api::listExtendsParams", "core/api/Config.h", "osmctl config extends-params", ["tst_config"]),
    "list_problem_templates": ("api::listProblemTemplates", "core/api/Config.h", "osmctl config templates", ["tst_config"]),
    "list_case_categories": ("api::listCaseCategories", "core/api/Config.h", "osmctl config categories", ["tst_config"]),
    "list_product_categories": ("api::listProductCategories", "core/api/Config.h", "osmctl config product-categories", ["tst_config"]),
    "list_regions": ("api::listRegions", "core/api/Config.h", "osmctl config regions", ["tst_config"]),
    "list_satisfaction_dimensions": ("api::listSatisfactionDimensions", "core/api/Config.h", "osmctl config satisfaction-dimensions", ["tst_config"]),
    "list_severities": ("api::listSeverities", "core/api/Config.h", "osmctl config severities", ["tst_config"]),
    "show_case_limits": ("api::showCaseLimits", "core/api/Config.h", "osmctl config limits", ["tst_config"]),
    "list_accessory_access_urls": ("api::listAccessoryAccessUrls", "core/api/Attachments.h", "osmctl attachments urls", ["tst_attachments", "tst_osmctl_attachments"]),
    "upload_accessory": ("api::uploadAccessory", "core/api/Attachments.h", "osmctl attachments upload", ["tst_attachments", "tst_osmctl_attachments"]),
    "upload_accessory_json": ("api::uploadAccessoryJson", "core/api/Attachments.h", "osmctl attachments upload --base64", ["tst_attachments", "tst_osmctl_attachments"]),
    "delete_accessory": ("api::deleteAccessory", "core/api/Attachments.h", "osmctl attachments delete", ["tst_attachments", "tst_osmctl_attachments"]),
    "download_accessory": ("api::downloadAccessories", "core/api/Attachments.h", "osmctl attachments download",
                           ["tst_attachments", "tst_filenames", "tst_osmctl_attachments"]),
    "show_accessory_image": ("api::showAccessoryImage", "core/api/Attachments.h", "osmctl attachments image", ["tst_attachments", "tst_osmctl_attachments"]),
    "show_accessory_limits": ("api::showAccessoryLimits", "core/api/Attachments.h", "osmctl attachments limits", ["tst_attachments", "tst_osmctl_attachments"]),
    "export_cases": ("api::exportCases", "core/api/CaseExport.h", "osmctl cases export", ["tst_attachments", "tst_osmctl_casewrites"]),
    "show_configuration": ("api::showConfiguration", "core/api/Configurations.h", "osmctl configurations show", ["tst_configurations", "tst_osmctl_configurations"]),
    "create_diagnose_feedback": ("api::createDiagnoseFeedback", "core/api/Diagnosis.h", "osmctl diagnose feedback", ["tst_diagnosis", "tst_osmctl_diagnose"]),
    "show_diagnose_item_results": ("api::showDiagnoseItemResults", "core/api/Diagnosis.h", "osmctl diagnose items", ["tst_diagnosis", "tst_osmctl_diagnose"]),
    "show_diagnose_job": ("api::showDiagnoseJob", "core/api/Diagnosis.h", "osmctl diagnose job", ["tst_diagnosis", "tst_osmctl_diagnose"]),
    "list_diagnose_records": ("api::listDiagnoseRecords", "core/api/Diagnosis.h", "osmctl diagnose records", ["tst_diagnosis", "tst_osmctl_diagnose"]),
    "start_diagnose_job": ("api::startDiagnoseJob", "core/api/Diagnosis.h", "osmctl diagnose start", ["tst_diagnosis", "tst_osmctl_diagnose"]),
    "list_diagnose_vm_resources": ("api::listDiagnoseVmResources", "core/api/Diagnosis.h", "osmctl diagnose resources", ["tst_diagnosis", "tst_osmctl_diagnose"]),
    "create_report_feedback": ("api::createReportFeedback", "core/api/Feedback.h", "osmctl feedback create", ["tst_feedback", "tst_osmctl_feedback"]),
    "verify_authorization_host": ("api::verifyAuthorizationHost", "core/api/Authorizations.h", "osmctl authorizations check-hosts", ["tst_authorizations", "tst_osmctl_authorizations"]),
    "reject_or_cancel_authorization": ("api::rejectOrCancelAuthorization", "core/api/Authorizations.h", "osmctl authorizations reject / revoke",
                                       ["tst_authorizations", "tst_privileges", "tst_osmctl_authorizations"]),
    "show_login_type": ("api::showLoginType", "core/api/Authorizations.h", "osmctl authorizations login-types", ["tst_authorizations", "tst_osmctl_authorizations"]),
    "show_authorization": ("api::showAuthorization", "core/api/Authorizations.h", "osmctl authorizations show", ["tst_authorizations", "tst_osmctl_authorizations"]),
    "confirm_authorization": ("api::confirmAuthorization", "core/api/Authorizations.h", "osmctl authorizations confirm", ["tst_authorizations", "tst_osmctl_authorizations"]),
    "list_authorizations": ("api::listAuthorizations", "core/api/Authorizations.h", "osmctl authorizations list", ["tst_authorizations", "tst_osmctl_authorizations"]),
    "list_bastion_operation_logs": ("api::listBastionOperationLogs", "core/api/Authorizations.h", "osmctl authorizations operation-logs",
                                    ["tst_authorizations", "tst_osmctl_authorizations"]),
    "list_bastion_history_sessions": ("api::listBastionHistorySessions", "core/api/Authorizations.h", "osmctl authorizations sessions",
                                      ["tst_authorizations", "tst_osmctl_authorizations"]),
    "list_bastion_file_transfer_logs": ("api::listBastionFileTransferLogs", "core/api/Authorizations.h", "osmctl authorizations file-transfer-logs",
                                        ["tst_authorizations", "tst_osmctl_authorizations"]),
    "show_privilege_policy": ("api::showPrivilegePolicy", "core/api/Privileges.h", "osmctl privileges policy", ["tst_privileges", "tst_osmctl_privileges"]),
    "check_case_privilege": ("api::checkCasePrivilege", "core/api/Privileges.h", "osmctl privileges check", ["tst_privileges", "tst_osmctl_privileges"]),
    "create_privilege": ("api::createPrivilege", "core/api/Privileges.h", "osmctl privileges create", ["tst_privileges", "tst_osmctl_privileges"]),
    "update_case_contact_info": ("api::updateCaseContactInfo", "core/api/CaseWrites.h", "osmctl cases contact", ["tst_casewrites", "tst_osmctl_casewrites"]),
    "list_case_extends_params": ("api::listCaseExtendsParams", "core/api/CaseWrites.h", "osmctl cases extends-params", ["tst_casewrites", "tst_osmctl_casewrites"]),
    "create_case_extends_params": ("api::createCaseExtendsParams", "core/api/CaseWrites.h", "osmctl cases set-extends-params", ["tst_casewrites", "tst_osmctl_casewrites"]),
    "list_customer_regions": ("api::listCustomerRegions", "core/api/CaseWrites.h", "osmctl cases regions", ["tst_casewrites", "tst_osmctl_casewrites"]),
    "create_case": ("api::createCase", "core/api/CaseWrites.h", "osmctl cases create", ["tst_casewrites", "tst_osmctl_casewrites"]),
    "create_case_score": ("api::createCaseScore", "core/api/CaseWrites.h", "osmctl cases score", ["tst_casewrites", "tst_osmctl_casewrites"]),
    "run_case_action": ("api::runCaseAction", "core/api/CaseWrites.h", "osmctl cases action", ["tst_casewrites", "tst_osmctl_casewrites"]),
    "list_agencies": ("api::listAgencies", "core/api/CaseQueries.h", "osmctl agencies list", ["tst_casequeries", "tst_osmctl_accounts"]),
    "check_partner_case_privilege": ("api::checkPartnerCasePrivilege", "core/api/CaseQueries.h", "osmctl partners privilege", ["tst_casequeries", "tst_osmctl_accounts"]),
    "list_case_operate_logs": ("api::listCaseOperateLogs", "core/api/CaseQueries.h", "osmctl cases logs", ["tst_casequeries", "tst_osmctl_cases"]),
    "show_cc_emails": ("api::showCcEmails", "core/api/CaseQueries.h", "osmctl cases cc-emails", ["tst_casequeries", "tst_osmctl_cases"]),
    "show_case_status": ("api::showCaseStatus", "core/api/CaseQueries.h", "osmctl cases status", ["tst_casequeries", "tst_osmctl_cases"]),
    "show_partner_service_info": ("api::showPartnerServiceInfo", "core/api/CaseQueries.h", "osmctl partners service-info", ["tst_casequeries", "tst_osmctl_accounts"]),
    "list_sub_customers": ("api::listSubCustomers", "core/api/CaseQueries.h", "osmctl customers list", ["tst_casequeries", "tst_osmctl_accounts"]),
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
        f"Typed core operations: {done} of {total} endpoints; osmctl commands: "
        f"{sum(1 for e in endpoints if COVERAGE.get(e['id'], (None, None, None))[2])}.",
        "",
        "Tests: each group's `tst_<group>` (tests/core/api) runs every operation against the in-process simulator",
        "(request as received, parsed answer), parses the reference's response example verbatim (examples that are",
        "not JSON: refused as MalformedBody, then parsed after a minimal repair written in the test), checks the",
        "limits refused before sending and the service's rules; `tst_osmctl_<group>` (tests/app/osmctl) runs the",
        "osmctl commands end to end against the simulator (exit code, printed JSON, request received);",
        "`tst_pipeline` (tests/core/net) is the end-to-end pipeline test; `tst_*models` (tests/core/model) parse",
        "the reference's examples; `tst_simapi` (tests/sim) tests the simulator's routes directly.",
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
