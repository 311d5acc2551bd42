#include "OutboxItem.h"


namespace osm {

namespace {

const QList<std::pair<OutboxItem::Kind, QString>> &kindNames()
{
    static const QList<std::pair<OutboxItem::Kind, QString>> names = {
        {OutboxItem::Kind::Message, QStringLiteral("message")},
        {OutboxItem::Kind::AttachmentUpload, QStringLiteral("attachment_upload")},
        {OutboxItem::Kind::CaseAction, QStringLiteral("case_action")},
        {OutboxItem::Kind::Rating, QStringLiteral("rating")},
        {OutboxItem::Kind::LabelChange, QStringLiteral("label_change")},
        {OutboxItem::Kind::RelationChange, QStringLiteral("relation_change")},
        {OutboxItem::Kind::ContactChange, QStringLiteral("contact_change")},
        {OutboxItem::Kind::CreateCase, QStringLiteral("create_case")},
    };
    return names;
}

const QList<std::pair<OutboxItem::State, QString>> &stateNames()
{
    static const QList<std::pair<OutboxItem::State, QString>> names = {
        {OutboxItem::State::Pending, QStringLiteral("pending")},
        {OutboxItem::State::Sending, QStringLiteral("sending")},
        {OutboxItem::State::Failed, QStringLiteral("failed")},
        {OutboxItem::State::Sent, QStringLiteral("sent")},
    };
    return names;
}

} // namespace

QString OutboxItem::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames())
        if (k == kind)
            return name;
    return {};
}

OutboxItem::Kind OutboxItem::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kindNames())
        if (n == name)
            return k;
    return Kind::Message;
}

QString OutboxItem::stateName(State state)
{
    for (const auto &[s, name] : stateNames())
        if (s == state)
            return name;
    return {};
}

OutboxItem::State OutboxItem::stateFromName(const QString &name)
{
    for (const auto &[s, n] : stateNames())
        if (n == name)
            return s;
    return State::Pending;
}

} // namespace osm
