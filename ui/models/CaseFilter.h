#pragma once

#include "api/CaseQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace osm::ui {

// What the filter bar asks for, as values: the console's filters of list_cases (5.11.9). Views (status,
// group) are the views pane's part; this is the rest, plus a status for the scope views.
struct CaseFilter
{
    Q_DECLARE_TR_FUNCTIONS(osm::ui::CaseFilter)

public:
    static constexpr int kMaxKeywords = 3;       // search_key: at most 3 keywords
    static constexpr int kMaxKeywordLength = 64; // of at most 64 characters each

    QDate createdFrom;          // query_start_time, from the start of that day (local time, sent as X-Time-Zone)
    QDate createdTo;            // query_end_time, to the end of that day
    std::optional<int> status;  // status
    QString submitterId;        // x_customer_id (sub-user)
    std::optional<int> labelId; // label_id_list, one label
    QString labelName;          // for showing the filter only
    QString caseId;             // incident_id
    QString keywords;           // search_key: words of the description, space-separated

    // The words of `keywords`; more than kMaxKeywords makes the filter invalid rather than silently shorter.
    QStringList keywordList() const;
    bool isValid() const;
    bool isEmpty() const;
    // Adds the filters to `params`; leaves what it does not set alone.
    void applyTo(api::ListCasesParams &params) const;
    // One short translated item per active filter, for showing the current filter.
    QStringList describe() const;

    // Sets the status filter of a list query. list_cases' `status` takes 0-4, 12 and 17 only; any other code
    // (Paused, 5, which only responses carry) goes through `incident_statuses`, whose format the reference
    // leaves open (osm-sim accepts a single code or a comma-separated list).
    static void setStatus(api::ListCasesParams &params, int status);
    // yyyy-MM-dd HH:mm:ss, the format 5.11.9 requires.
    static QString startOfDay(const QDate &date);
    static QString endOfDay(const QDate &date);

    friend bool operator==(const CaseFilter &, const CaseFilter &) = default;
};

} // namespace osm::ui
