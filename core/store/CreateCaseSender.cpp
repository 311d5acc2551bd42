#include "CreateCaseSender.h"

#include "api/Agreements.h"
#include "api/Attachments.h"
#include "api/CaseQueries.h"
#include "model/CaseStatus.h"
#include "net/ApiClient.h"
#include "net/WhenReady.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace osm {

namespace {

const QString kRequest = QStringLiteral("request");
const QString kDescription = QStringLiteral("simple_description");
const QString kVerifiedIds = QStringLiteral("verified_ids");
const QString kAgreementId = QStringLiteral("agreement_id");
const QString kAgreementRecord = QStringLiteral("agreement_signed_record_id");
const QString kUploaded = QStringLiteral("uploaded");
const QString kCreating = QStringLiteral("creating");
const QString kCaseId = QStringLiteral("case_id");
const QString kForm = QStringLiteral("form");
const QString kPhoneVerifiedId = QStringLiteral("x-phone-verifiedid");
const QString kEmailVerifiedId = QStringLiteral("x-email-verifiedid");

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

bool sameText(const QString &a, const QString &b)
{
    return a.simplified() == b.simplified();
}

} // namespace

OutboxItem CreateCaseSender::makeItem(const api::CreateCaseParams &params, const QStringList &files,
                                      const QJsonObject &form, qint64 agreementId, const QJsonObject &uploaded)
{
    OutboxItem item;
    item.kind = OutboxItem::Kind::CreateCase;
    QJsonObject request = params.body();
    request.remove(QStringLiteral("accessory_ids"));
    item.payload.insert(kRequest, request);
    item.payload.insert(kDescription, params.simpleDescription);
    QJsonObject verified;
    if (!params.phoneVerifiedId.isEmpty())
        verified.insert(kPhoneVerifiedId, params.phoneVerifiedId);
    if (!params.emailVerifiedId.isEmpty())
        verified.insert(kEmailVerifiedId, params.emailVerifiedId);
    if (!verified.isEmpty())
        item.payload.insert(kVerifiedIds, verified);
    if (agreementId > 0 && !params.agreementSignedRecordId)
        item.payload.insert(kAgreementId, QString::number(agreementId));
    if (!form.isEmpty())
        item.payload.insert(kForm, form);
    if (!uploaded.isEmpty())
        item.payload.insert(kUploaded, uploaded);
    item.files = files;
    return item;
}

api::CreateCaseParams CreateCaseSender::paramsOf(const OutboxItem &item)
{
    const QJsonObject body = item.payload.value(kRequest).toObject();
    const auto text = [&body](const char *key) { return body.value(QLatin1String(key)).toString(); };
    api::CreateCaseParams params;
    params.incidentSubTypeId = text("incident_sub_type_id");
    params.productCategoryId = text("product_category_id");
    params.businessTypeId = text("business_type_id");
    params.regionId = text("region_id");
    params.simpleDescription = text("simple_description");
    params.sourceId = text("source_id");
    params.remindMobile = text("remind_mobile");
    params.remindMail = text("remind_mail");
    params.remindTime = text("remind_time");
    params.projectId = text("project_id");
    params.extendsMap = body.value(QStringLiteral("extends_map")).toObject();
    params.extensionMap = body.value(QStringLiteral("extension_map")).toObject();
    params.severityId = text("severity_id");
    params.verifyCode = text("verify_code");
    params.areaCode = text("area_code");
    params.incidentServiceType = text("incident_service_type");
    params.sessionIds = stringsOf(body.value(QStringLiteral("session_ids")));
    params.askForCaseWords = text("ask_for_case_words");
    params.agentCode = text("agent_code");
    params.agreementSignedRecordId = agreementRecordOf(item);
    const QJsonObject verified = item.payload.value(kVerifiedIds).toObject();
    params.phoneVerifiedId = verified.value(kPhoneVerifiedId).toString();
    params.emailVerifiedId = verified.value(kEmailVerifiedId).toString();
    const QJsonObject uploaded = item.payload.value(kUploaded).toObject();
    for (int i = 0; i < item.files.size(); ++i) {
        const QString id = uploaded.value(QString::number(i)).toString();
        if (!id.isEmpty())
            params.accessoryIds.append(id);
    }
    return params;
}

QString CreateCaseSender::caseIdOf(const OutboxItem &item)
{
    return item.payload.value(kCaseId).toString();
}

QJsonObject CreateCaseSender::formOf(const OutboxItem &item)
{
    return item.payload.value(kForm).toObject();
}

std::optional<qint64> CreateCaseSender::agreementRecordOf(const OutboxItem &item)
{
    // Signed by this item's sender, or already by the wizard (then part of the request).
    for (const QJsonValue &value : {item.payload.value(kAgreementRecord),
                                    item.payload.value(kRequest).toObject().value(kAgreementRecord)}) {
        if (value.isDouble())
            return value.toInteger();
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (ok)
            return id;
    }
    return std::nullopt;
}

QString CreateCaseSender::serverTime(const QDateTime &utc, const QString &xTimeZone)
{
    static const QRegularExpression zone(QStringLiteral("^GMT([+-])(\\d{1,2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch match = zone.match(xTimeZone.trimmed());
    QDateTime shown = utc.toLocalTime();
    if (match.hasMatch()) {
        int seconds = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60;
        if (match.captured(1) == QLatin1String("-"))
            seconds = -seconds;
        shown = utc.toTimeZone(QTimeZone(seconds));
    }
    return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void CreateCaseSender::start(ApiClient &client, const OutboxItem &item)
{
    m_client = &client;
    m_item = item;
    nextStep();
}

void CreateCaseSender::record()
{
    Q_EMIT progressed(m_item);
}

void CreateCaseSender::nextStep()
{
    if (!m_client)
        return; // the Outbox deletes this sender when its client goes
    if (uploadNextStaged(*m_client, m_item, api::kAccessoryFromIncident, tr("A staged file of this case is missing."),
                         [this] { nextStep(); }))
        return;
    if (m_item.payload.contains(kAgreementId) && !agreementRecordOf(m_item)) {
        signAgreement();
        return;
    }
    if (m_item.payload.value(kCreating).toBool())
        verify();
    else
        create();
}

void CreateCaseSender::signAgreement()
{
    api::SignAgreementParams params;
    params.id = m_item.payload.value(kAgreementId).toString().toLongLong();
    // Signing twice does no harm (a second record): no look before it.
    whenReady(api::signAgreement(*m_client, params), this, [this](const Result<AgreementSignature> &result) {
        if (!result.ok()) {
            Error error = result.error();
            error.setField(QStringLiteral("agreement"));
            Q_EMIT failed(error);
            return;
        }
        m_item.payload.insert(kAgreementRecord, QString::number(result->agreementSignedRecordId));
        record();
        nextStep();
    });
}

void CreateCaseSender::verify()
{
    const api::CreateCaseParams wanted = paramsOf(m_item);
    api::ListCasesParams params;
    params.limit = 100;
    params.queryStartTime = serverTime(m_item.createdAt.addSecs(-kClockSlackSeconds), m_client->timeZone());
    params.productCategoryId = wanted.productCategoryId;
    params.incidentSubTypeId = wanted.incidentSubTypeId;
    if (wanted.businessTypeId.size() <= 32) // list_cases allows 32 characters, create_case 512
        params.businessTypeId = wanted.businessTypeId;
    whenReady(api::listCases(*m_client, params), this, [this, wanted](const Result<CaseList> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error()); // a refused look proves nothing: the mark stays
            return;
        }
        const QDateTime after = m_item.createdAt.addSecs(-kClockSlackSeconds);
        const CaseList &list = result.value();
        // Newest first; the oldest match is the earliest attempt's.
        for (auto it = list.cases.crbegin(); it != list.cases.crend(); ++it) {
            const CaseSummary &found = *it;
            if (found.incidentId.isEmpty() || found.status == CaseStatus::Deleted
                || !sameText(found.simpleDescription, wanted.simpleDescription))
                continue;
            if (found.createTime.isValid() && found.createTime < after)
                continue;
            m_item.payload.insert(kCaseId, found.incidentId);
            m_item.payload.remove(kCreating);
            record();
            Q_EMIT succeeded(); // the earlier attempt arrived: not created twice
            return;
        }
        create();
    });
}

void CreateCaseSender::create()
{
    const api::CreateCaseParams params = paramsOf(m_item);
    if (const Error error = params.validate()) {
        Q_EMIT failed(error);
        return;
    }
    // Recorded before the request: from now on a lost answer means "look before creating again".
    m_item.payload.insert(kCreating, true);
    record();
    whenReady(api::createCase(*m_client, params), this, [this](const Result<CaseCreated> &result) {
        if (result.ok()) {
            m_item.payload.insert(kCaseId, result->incidentId);
            m_item.payload.remove(kCreating);
            record();
            Q_EMIT succeeded();
            return;
        }
        if (isRefusal(result.error())) {
            // Refused: this proves nothing was created, so the next try need not look first.
            m_item.payload.remove(kCreating);
            record();
        }
        Q_EMIT failed(result.error());
    });
}

} // namespace osm
