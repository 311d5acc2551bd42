#include "OutboxItemText.h"

#include "store/CaseActionSender.h"
#include "store/LabelChangeSender.h"
#include "store/RelationChangeSender.h"

#include <QJsonArray>
#include <QLocale>

namespace osm::ui {

namespace {

QString shortened(const QString &text, int maxLength)
{
    const QString simple = text.simplified();
    return simple.size() > maxLength ? simple.left(maxLength) + QChar(0x2026) : simple;
}

} // namespace

QString OutboxItemText::describe(const OutboxItem &item, int maxLength)
{
    switch (item.kind) {
    case OutboxItem::Kind::Message:
        return shortened(item.content(), maxLength);
    case OutboxItem::Kind::CaseAction: {
        const std::optional<api::RunCaseActionParams> params = CaseActionSender::paramsOf(item);
        if (!params)
            break;
        switch (params->action) {
        case api::CaseAction::Press:
            return tr("Urge the case");
        case api::CaseAction::Cancel:
            return tr("Cancel the case");
        case api::CaseAction::Delete:
            return tr("Delete the case");
        case api::CaseAction::Close:
            if (!params->satisfactions.isEmpty() || !params->judgement.isEmpty())
                return tr("Close the case and rate it");
            return tr("Close the case");
        }
        break;
    }
    case OutboxItem::Kind::Rating:
        return tr("Rate the case");
    case OutboxItem::Kind::LabelChange: {
        const std::optional<LabelChangeSender::Change> change = LabelChangeSender::changeOf(item);
        if (!change)
            break;
        QStringList names = LabelChangeSender::labelNamesOf(item);
        if (names.isEmpty()) { // queued without names: the ids, at least
            const QJsonArray ids =
                item.payload.value(CaseWriteSender::paramsKey()).toObject().value(QLatin1String("label_ids")).toArray();
            for (const QJsonValue &id : ids)
                names.append(QString::number(id.toInt()));
        }
        const QString list = shortened(QLocale().createSeparatedList(names), maxLength);
        //: %1 is the label's name (or several, as a list)
        return *change == LabelChangeSender::Change::Add ? tr("Add label ‘%1’").arg(list)
                                                         //: %1 is the label's name (or several, as a list)
                                                         : tr("Remove label ‘%1’").arg(list);
    }
    case OutboxItem::Kind::RelationChange: {
        const QString ids = QLocale().createSeparatedList(RelationChangeSender::relatedIdsOf(item));
        //: %1 is the other case's id
        return RelationChangeSender::isCreate(item) ? tr("Relate case %1").arg(ids)
                                                    //: %1 is the other case's id
                                                    : tr("Remove the relation to case %1").arg(ids);
    }
    case OutboxItem::Kind::ContactChange:
        return tr("Change the reminder contact information");
    case OutboxItem::Kind::CreateCase:
        //: %1 is the beginning of the new case's description
        return tr("Create a case: %1")
            .arg(shortened(item.payload.value(QLatin1String("simple_description")).toString(), maxLength));
    case OutboxItem::Kind::AttachmentUpload:
        break;
    }
    return {};
}

} // namespace osm::ui
