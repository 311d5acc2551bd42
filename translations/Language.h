#pragma once
// The language set-up shared by osmdesk and its tests: which catalogues ship, and how one is applied.

#include <QLocale>
#include <QStringList>

namespace osm::i18n {

// The languages OSM Desk ships a catalogue for, as QLocale names ("zh_CN", "ar", ...). English, the
// source language, is not listed: it needs no catalogue.
QStringList shippedLanguages();

// The value of --language on a command line ("--language de" or "--language=de"), empty when not given;
// read before the options are parsed, so that --help already speaks it.
QString languageArgument(const QStringList &arguments);

// The locale for a --language value ("zh_CN", "zh-TW", "pt_BR", "ar", "en"); the system's when empty.
// Returns QLocale::c() for a value that names no language.
QLocale localeFor(const QString &code);

struct Applied
{
    QString catalogue;   // the osmdesk catalogue loaded ("osmdesk_zh_CN"), empty for English
    QString qtCatalogue; // Qt's own catalogue loaded ("qtbase_zh_CN"), empty when Qt has none
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

// Makes `locale` the default QLocale (dates, numbers, the API's X-Language), installs OSM Desk's
// translator from :/i18n and Qt's own from QLibraryInfo's translations path (replacing any installed
// by an earlier call) and sets the application's layout direction from the locale: right-to-left for
// Arabic; Qt's -reverse option still mirrors it. Needs a QGuiApplication.
Applied applyLanguage(const QLocale &locale);

} // namespace osm::i18n
