#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace osm::ctl {

// Hints for the readable (non --json) output of a command. Without hints every array of objects is a table
// of its plain (non-nested) fields, and every other field a "name: value" line.
struct View
{
    QHash<QString, QStringList> columns; // array key → the keys shown as its table's columns, in order
};

} // namespace osm::ctl
