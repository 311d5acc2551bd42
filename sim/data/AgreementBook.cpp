#include "AgreementBook.h"

#include "DemoCredentials.h"
#include "Server.h"

#include <QDateTime>

namespace osm::sim {

namespace {
const QLatin1StringView kObjectName("osm-sim-agreement-book");

QList<AgreementBook::Version> publishedVersions()
{
    const QString caseZh = QStringLiteral("新建工单");
    const QString caseEn = QStringLiteral("Creating a case");
    const QString termsZh = QStringLiteral(
        "华为云工单服务协议\n\n1. 您提交的工单内容将用于定位和解决您的问题。\n"
        "2. 请勿在工单中填写密码、密钥等敏感信息。\n3. 技术支持工程师仅在您授权后访问您的资源。");
    const QString termsEn = QStringLiteral(
        "Huawei Cloud case service agreement\n\n1. What you submit in a case is used to locate and solve your problem.\n"
        "2. Do not write passwords, keys or other secrets into a case.\n"
        "3. Support engineers access your resources only after you authorize it.");
    return {
        {101, 0, QStringLiteral("1.0.0"), caseZh, caseEn, QStringLiteral("新建工单-普通用户"),
         QStringLiteral("New case (normal user)"), termsZh, termsEn},
        {102, 0, QStringLiteral("2.0.0"), caseZh, caseEn, QStringLiteral("新建工单-普通用户"),
         QStringLiteral("New case (normal user)"),
         termsZh + QStringLiteral("\n4. 工单及其留言保存三年。"),
         termsEn + QStringLiteral("\n4. Cases and their messages are kept for three years.")},
        {201, 1, QStringLiteral("1.0.0"), caseZh, caseEn, QStringLiteral("新建工单-ISV用户"),
         QStringLiteral("New case (ISV user)"), termsZh, termsEn},
        {301, 2, QStringLiteral("1.0.0"), QStringLiteral("授权"), QStringLiteral("Authorization"), QStringLiteral("授权"),
         QStringLiteral("Authorization"),
         QStringLiteral("授权协议\n\n授权期间，技术支持工程师可按授权范围登录您的实例排查问题。"),
         QStringLiteral("Authorization agreement\n\nWhile the authorization lasts, support engineers may log in to your "
                        "instances within its scope to investigate.")},
    };
}
} // namespace

AgreementBook::AgreementBook(QObject *parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
    // The demo account signed version 1.0.0 of the new-case agreement (2026-01-05), not the latest 2.0.0.
    m_signatures.append(Signature{m_nextRecordId++, QString::fromLatin1(demo::kDomainId), {}, 101, {},
                                  QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch()});
}

AgreementBook &AgreementBook::of(Server &server)
{
    if (auto *book = server.findChild<AgreementBook *>(kObjectName, Qt::FindDirectChildrenOnly))
        return *book;
    return *new AgreementBook(&server);
}

const QList<AgreementBook::Version> &AgreementBook::versions()
{
    static const QList<Version> all = publishedVersions();
    return all;
}

std::optional<AgreementBook::Version> AgreementBook::latest(int type)
{
    std::optional<Version> found;
    for (const Version &v : versions()) {
        if (v.type == type)
            found = v; // oldest first: the last one wins
    }
    return found;
}

std::optional<AgreementBook::Version> AgreementBook::find(qint64 agreementId)
{
    for (const Version &v : versions()) {
        if (v.id == agreementId)
            return v;
    }
    return std::nullopt;
}

bool AgreementBook::hasSignedLatest(const QString &domainId, int type) const
{
    const std::optional<Version> newest = latest(type);
    if (!newest)
        return false;
    for (const Signature &s : m_signatures) {
        if (s.domainId == domainId && s.agreementId == newest->id)
            return true;
    }
    return false;
}

AgreementBook::SignResult AgreementBook::sign(const QString &domainId, const QString &userId, qint64 agreementId,
                                              const QString &relationId, Signature *record)
{
    const std::optional<Version> version = find(agreementId);
    if (!version)
        return SignResult::UnknownAgreement;
    if (latest(version->type)->id != agreementId)
        return SignResult::Superseded;
    // Every signing is a record of its own (create_case refers to one).
    const Signature signature{m_nextRecordId++, domainId, userId, agreementId, relationId,
                              QDateTime::currentMSecsSinceEpoch()};
    m_signatures.append(signature);
    if (record)
        *record = signature;
    return SignResult::Signed;
}

std::optional<AgreementBook::Signature> AgreementBook::findRecord(const QString &domainId, qint64 recordId) const
{
    for (const Signature &s : m_signatures) {
        if (s.domainId == domainId && s.recordId == recordId)
            return s;
    }
    return std::nullopt;
}

QList<AgreementBook::Signature> AgreementBook::signatures(const QString &domainId) const
{
    QList<Signature> list;
    for (const Signature &s : m_signatures) {
        if (s.domainId == domainId)
            list.append(s);
    }
    return list;
}

} // namespace osm::sim
