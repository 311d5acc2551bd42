#pragma once

#include "View.h"
#include "net/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace osm::ctl {

// Everything osmctl writes: results as JSON or as a readable view, errors, help. Server text is untrusted:
// the readable view strips control characters so that a description cannot move the cursor or recolour the
// terminal (JSON escapes them anyway).
class Output
{
    Q_DECLARE_TR_FUNCTIONS(osm::ctl::Output)

public:
    static QByteArray json(const QJsonObject &object);
    // "name: value" lines for plain fields, a table per array of objects, indented blocks for nested objects.
    static QString readable(const QJsonObject &object, const View &view = {});

    // The lines printed on stderr for a failed call: the sentence, then error_code, error_msg, request id.
    static QString errorReport(const Error &error);
    // The same for --json, printed on stdout: {"error": {"category", "error_code", "error_msg", "request_id", "message"}}.
    static QJsonObject errorJson(const Error &error);

    // Control characters (C0, DEL, C1) replaced; newlines and tabs become spaces.
    static QString clean(const QString &untrusted);
    // Terminal columns: East Asian wide characters count two.
    static int displayWidth(const QString &text);

    static void toStdout(const QString &text);
    static void toStdout(const QByteArray &utf8);
    static void toStderr(const QString &text);
};

} // namespace osm::ctl
