#include "LabelRoutes.h"

#include "Server.h"
#include "http/Params.h"
#include "routes/JsonViews.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace osm::sim {

namespace {

constexpr int kMaxLabelsPerTenant = 30; // OSM.01010041
constexpr int kMaxLabelsPerCase = 5;    // OSM.01010042
constexpr qint64 kMaxInteger = 2147483647;

Response labelNotFound()
{
    return Response::osmError(200, QStringLiteral("OSM.01010039"), QStringLiteral("The labelId does not exist."));
}

Response nameExists()
{
    return Response::osmError(200, QStringLiteral("OSM.01010040"), QStringLiteral("LabelName already exists."));
}

// The {label_id} path segment: an Integer 0..2147483647 (the examples' "label-123" is refused).
std::optional<int> pathLabelId(Params &p, const Request &r)
{
    bool ok = false;
    const qlonglong id = r.pathParam(QStringLiteral("label_id")).toLongLong(&ok);
    if (!ok || id < 0 || id > kMaxInteger) {
        p.fail(QStringLiteral("label_id must be an integer between 0 and 2147483647"));
        return std::nullopt;
    }
    return int(id);
}

// name (1-64) and color (1-7) of create_label and update_label. The colour is not checked further: 5.9.4
// calls it a "colour id" and its example sends "1".
bool readLabelBody(Params &p, QString *name, QString *color)
{
    const QJsonObject body = p.bodyObject(true);
    *name = p.bodyString(body, QStringLiteral("name"), 64, true);
    *color = p.bodyString(body, QStringLiteral("color"), 7, true);
    if (p.ok() && name->isEmpty())
        p.fail(QStringLiteral("Field name must be 1 to 64 characters long"));
    if (p.ok() && color->isEmpty())
        p.fail(QStringLiteral("Field color must be 1 to 7 characters long"));
    return p.ok();
}

// label_ids: repeated query keys (or one comma-separated value), 1-5 integers.
QList<int> labelIdsOf(Params &p)
{
    QList<int> ids;
    for (const QString &text : p.array(QStringLiteral("label_ids"), kMaxLabelsPerCase, 10, true)) {
        bool ok = false;
        const qlonglong id = text.trimmed().toLongLong(&ok);
        if (!ok || id < 0 || id > kMaxInteger) {
            p.fail(QStringLiteral("Parameter label_ids must hold integers between 0 and 2147483647"));
            return {};
        }
        if (!ids.contains(int(id)))
            ids.append(int(id));
    }
    return ids;
}

QList<Label *> tenantLabels(DataSet &data, const QString &domainId)
{
    QList<Label *> out;
    for (Label &l : data.labels()) {
        if (l.domainId == domainId)
            out.append(&l);
    }
    std::sort(out.begin(), out.end(), [](const Label *a, const Label *b) { return a->id < b->id; });
    return out;
}

Response createLabel(Server &server, Request &r)
{
    Params p(r);
    QString name;
    QString color;
    if (!readLabelBody(p, &name, &color))
        return p.error();
    DataSet &data = server.dataSet();
    const QList<Label *> own = tenantLabels(data, r.identity.domainId);
    if (std::any_of(own.cbegin(), own.cend(), [&](const Label *l) { return l->name == name; }))
        return nameExists();
    if (own.size() >= kMaxLabelsPerTenant)
        return Response::osmError(200, QStringLiteral("OSM.01010041"),
                                  QStringLiteral("The same domainId labels should not be over 30."));
    int next = 1;
    for (const Label &l : data.labels())
        next = std::max(next, l.id + 1);
    data.labels().append({next, name, color, r.identity.domainId});
    Q_EMIT data.changed();
    return Response::empty(); // the example is "none"; no id is returned
}

Response listLabels(Server &server, Request &r)
{
    Params p(r);
    const int offset = p.integer(QStringLiteral("offset"), 0, 0, int(kMaxInteger));
    const int limit = p.integer(QStringLiteral("limit"), 10, 0, 100);
    const QString name = p.string(QStringLiteral("name"), 64);
    const std::optional<int> labelId = p.optionalInteger(QStringLiteral("label_id"), 0, int(kMaxInteger));
    if (!p.ok())
        return p.error();
    QList<const Label *> hits;
    for (const Label *l : tenantLabels(server.dataSet(), r.identity.domainId)) {
        if (!name.isEmpty() && !l->name.contains(name, Qt::CaseInsensitive))
            continue; // fuzzy: a substring, case ignored
        if (labelId && l->id != *labelId)
            continue;
        hits.append(l);
    }
    QJsonArray list;
    for (qsizetype i = offset; i < hits.size() && i < qsizetype(offset) + limit; ++i)
        list.append(JsonViews::label(*hits.at(i)));
    return Response::json(QJsonObject{{QStringLiteral("total_count"), int(hits.size())},
                                      {QStringLiteral("label_list"), list}});
}

Response deleteLabel(Server &server, Request &r)
{
    Params p(r);
    const std::optional<int> id = pathLabelId(p, r);
    if (!p.ok())
        return p.error();
    DataSet &data = server.dataSet();
    if (!data.findLabel(r.identity.domainId, *id))
        return labelNotFound();
    data.labels().removeIf([&](const Label &l) { return l.id == *id && l.domainId == r.identity.domainId; });
    // "Also removes its associations with cases."
    for (CaseRecord &c : data.cases()) {
        if (c.customerId == r.identity.domainId)
            c.labelIds.removeAll(*id);
    }
    Q_EMIT data.changed();
    return Response::empty();
}

Response updateLabel(Server &server, Request &r)
{
    Params p(r);
    const std::optional<int> id = pathLabelId(p, r);
    QString name;
    QString color;
    if (p.ok())
        readLabelBody(p, &name, &color);
    if (!p.ok())
        return p.error();
    DataSet &data = server.dataSet();
    Label *label = nullptr;
    const QList<Label *> own = tenantLabels(data, r.identity.domainId);
    for (Label *l : own) {
        if (l->id == *id)
            label = l;
    }
    if (!label)
        return labelNotFound();
    if (std::any_of(own.cbegin(), own.cend(), [&](const Label *l) { return l->id != *id && l->name == name; }))
        return nameExists();
    label->name = name;
    label->color = color;
    Q_EMIT data.changed();
    return Response::empty();
}

Response listCaseLabels(Server &server, Request &r)
{
    Params p(r);
    const QString caseId = p.caseId();
    if (!p.ok())
        return p.error();
    const CaseRecord *c = server.dataSet().findCase(r.identity.domainId, caseId);
    if (!c)
        return Response::caseNotFound();
    QJsonArray list;
    for (int id : c->labelIds) {
        if (const Label *l = server.dataSet().findLabel(c->customerId, id))
            list.append(JsonViews::label(*l));
    }
    return Response::json(QJsonObject{{QStringLiteral("case_label_list"), list}});
}

// add_case_labels (attach) and delete_case_labels (detach): the same parameters and checks.
Response changeCaseLabels(Server &server, Request &r, bool attach)
{
    Params p(r);
    const QString caseId = p.caseId();
    const QList<int> ids = labelIdsOf(p);
    if (!p.ok())
        return p.error();
    DataSet &data = server.dataSet();
    CaseRecord *c = data.findCase(r.identity.domainId, caseId);
    if (!c)
        return Response::caseNotFound();
    for (int id : ids) {
        if (!data.findLabel(r.identity.domainId, id))
            return labelNotFound();
    }
    QList<int> labels = c->labelIds;
    for (int id : ids) {
        if (attach && !labels.contains(id))
            labels.append(id); // attaching an attached label changes nothing
        else if (!attach)
            labels.removeAll(id); // so does detaching one that is not attached
    }
    if (labels.size() > kMaxLabelsPerCase)
        return Response::osmError(200, QStringLiteral("OSM.01010042"),
                                  QStringLiteral("The same caseId labels should not be over 5."));
    std::sort(labels.begin(), labels.end());
    if (labels != c->labelIds) {
        c->labelIds = labels;
        Q_EMIT data.changed();
    }
    return Response::empty();
}

} // namespace

void LabelRoutes::registerRoutes(Router &router, Server &server)
{
    const QString labels = QStringLiteral("/v2/servicerequest/labels");
    router.add("POST", labels, Router::Auth::Osm, [&server](Request &r) { return createLabel(server, r); });
    router.add("GET", labels, Router::Auth::Osm, [&server](Request &r) { return listLabels(server, r); });
    router.add("DELETE", labels + QStringLiteral("/{label_id}"), Router::Auth::Osm,
               [&server](Request &r) { return deleteLabel(server, r); });
    router.add("PUT", labels + QStringLiteral("/{label_id}"), Router::Auth::Osm,
               [&server](Request &r) { return updateLabel(server, r); });
    const QString caseLabels = QStringLiteral("/v2/servicerequest/cases/{case_id}/labels");
    router.add("GET", caseLabels, Router::Auth::Osm, [&server](Request &r) { return listCaseLabels(server, r); });
    router.add("POST", caseLabels, Router::Auth::Osm,
               [&server](Request &r) { return changeCaseLabels(server, r, true); });
    router.add("DELETE", caseLabels, Router::Auth::Osm,
               [&server](Request &r) { return changeCaseLabels(server, r, false); });
}

} // namespace osm::sim
