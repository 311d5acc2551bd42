#pragma once

#include <QList>
#include <QString>

namespace osm::sim {

// The fixed configuration the cases refer to: sub-types, product categories, problem (business) types,
// regions, severities, sources, root causes and service types, each with a Chinese and an English name
// (X-Language picks one). Ids are stable hashes so that saved data sets stay valid.
class Catalog
{
public:
    struct Entry
    {
        QString id;
        QString zh;
        QString en;
        QString parentId;  // product category → sub-type, business type → product category
        int caseTypeId = 0; // business types: 0 consultation, 5 fault report
        QString name(bool english) const { return english ? en : zh; }
    };

    static const Catalog &instance();

    QList<Entry> subTypes;
    QList<Entry> productCategories;
    QList<Entry> businessTypes;
    QList<Entry> caseTypes; // id "0" / "5"
    QList<Entry> regions;
    QList<Entry> severities;
    QList<Entry> sources;
    QList<Entry> rootCauses;
    QList<Entry> serviceTypes;

    static const Entry *find(const QList<Entry> &list, const QString &id);
    static QString nameOf(const QList<Entry> &list, const QString &id, bool english);
    // True when value is the entry's id or one of its names (filters accept any of them).
    static bool matches(const QList<Entry> &list, const QString &id, const QString &value);

private:
    Catalog();
};

} // namespace osm::sim
