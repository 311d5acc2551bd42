#pragma once

#include "store/LocalSearch.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace osm {
class LocalStore;
}

namespace osm::ui {

// File ▸ Search Saved Cases…: full-text search over what the local cache holds (case descriptions, messages,
// attachment names) of the whole account, also offline. Each hit shows where it is and the matched words in
// bold; opening a hit asks for its case, at the message when the hit is in one.
class LocalSearchDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kTypingPauseMs = 250;

    explicit LocalSearchDialog(LocalStore &store, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_field; }
    QListView *resultView() const { return m_results; }
    QStandardItemModel *resultModel() const { return m_model; }
    QString statusText() const;
    // Runs the search for the field's text now (also done as the user types).
    void search();

    enum Role { CaseIdRole = Qt::UserRole + 1, MessageIdRole, PlainTextRole };

Q_SIGNALS:
    void hitActivated(const QString &caseId, const QString &messageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showHits();
    QString placeOf(const SearchHit &hit) const;

    LocalSearch m_search;
    QLineEdit *m_field;
    QListView *m_results;
    QStandardItemModel *m_model;
    QLabel *m_hint;
    QLabel *m_status;
    QTimer m_typing;
    QList<SearchHit> m_hits;
    bool m_searched = false;
};

} // namespace osm::ui
