#pragma once

#include "store/OutboxItem.h"

#include <QCoreApplication>
#include <QString>

namespace osm::ui {

// What an outbox item does, in one line of the user's language, for the views of the outbox (OutboxPanel
// under a case's thread, lists of waiting writes): "Close the case", "Add label ‘Urgent’", "Relate case
// 123"… A message is its text, shortened. Server-side names (labels) and the user's own text are untrusted:
// show the result as plain text.
class OutboxItemText
{
    Q_DECLARE_TR_FUNCTIONS(osm::ui::OutboxItemText)

public:
    static QString describe(const OutboxItem &item, int maxLength = 80);
};

} // namespace osm::ui
