#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace osm::sim {

// A multipart/form-data body (RFC 7578) split into its parts, as upload_accessory (5.5.1) receives it.
class Multipart
{
public:
    struct Part
    {
        QByteArray name;        // Content-Disposition name
        QString fileName;       // Content-Disposition filename (file parts only)
        bool isFile = false;    // a filename parameter was present
        QByteArray contentType; // the part's Content-Type, may be empty
        QByteArray data;
    };

    // The boundary parameter of a multipart/form-data Content-Type; empty when it is not one.
    static QByteArray boundaryOf(const QByteArray &contentType);
    // The parts, or nothing (and `problem` set) when the body is not well-formed for `boundary`.
    static std::optional<QList<Part>> parse(const QByteArray &body, const QByteArray &boundary,
                                            QString *problem);
    // The first part named `name`, or nullptr.
    static const Part *find(const QList<Part> &parts, const QByteArray &name);
};

} // namespace osm::sim
