#pragma once

#include "OutboxSender.h"
#include "api/CaseWrites.h"

#include <QPointer>
#include <optional>

namespace osm {

// Sends an outbox item of Kind::CreateCase (no case id: the case does not exist yet). One attempt:
//  1. each staged file is uploaded (accessory_from=incident), its id recorded at once (never uploaded twice);
//  2. the agreement the user accepted is signed when the item names one and no record was kept yet;
//  3. create_case, marked "started" in the store before the request goes.
// On success the new case's id is recorded in the payload ("case_id") before succeeded(), so that whoever
// hears Outbox::itemSent can open it.
//
// No idempotency key exists in the API: when an earlier attempt was started and its answer never read (a
// crash, a dropped connection, the client destroyed), the recent cases are listed first (list_cases from the
// item's creation minus some clock slack, filtered by its sub-type, product and problem type) and a case with
// the same description is taken as this item's — its id recorded — instead of creating a second one.
//
// Payload keys: "request" (create_case's body as CreateCaseParams::body() writes it, without accessory_ids),
// "simple_description" (a copy, for the outbox's views), "verified_ids" (the x-phone/x-email-verifiedid
// headers), "agreement_id" (to sign first), "uploaded" (file index → accessory id), "creating" (the mark),
// "case_id" (the result), "form" (left alone: the wizard's draft, for Edit).
class CreateCaseSender : public OutboxSender
{
    Q_OBJECT

public:
    using OutboxSender::OutboxSender;

    // How much earlier than the item's creation a matching case may be dated (the two clocks differ).
    static constexpr int kClockSlackSeconds = 600;

    void start(ApiClient &client, const OutboxItem &item) override;

    // `params.accessoryIds` is ignored: the ids come from uploading `files` (`uploaded`: ids of files
    // uploaded before, by index). `agreementId`: an agreement to sign before creating (0 = none).
    static OutboxItem makeItem(const api::CreateCaseParams &params, const QStringList &files,
                               const QJsonObject &form = {}, qint64 agreementId = 0,
                               const QJsonObject &uploaded = {});
    // The create_case parameters the item holds (accessory ids from its uploads so far).
    static api::CreateCaseParams paramsOf(const OutboxItem &item);
    // The new case's id once sent (or found); empty before.
    static QString caseIdOf(const OutboxItem &item);
    static QJsonObject formOf(const OutboxItem &item);
    static std::optional<qint64> agreementRecordOf(const OutboxItem &item);

    // query_start_time for `utc` as the server reads it: in the client's X-Time-Zone ("GMT+8", "GMT-3:30").
    static QString serverTime(const QDateTime &utc, const QString &xTimeZone);

private:
    void nextStep();
    void signAgreement();
    void verify();
    void create();
    void record();

    QPointer<ApiClient> m_client;
    OutboxItem m_item;
};

} // namespace osm
