#pragma once

#include "model/ExtendsParam.h"
#include "net/Error.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace osm::ui {

// The additional parameters (5.8.3 extends_params) a problem type asks for, as a form: one editor per
// parameter chosen by param_type — 1 integer (a line accepting digits, min/max checked), 3 single-line text,
// 4 single choice (a combo box), 5 multiple choice (a checkable list), 7 agreement (a check box), 8 multi-line
// text; other types (the example's 0) a single line. Parameters with is_show 0 are neither shown nor sent.
// values() is what create_case's extends_map carries, keyed by param_key: text as strings, integers as numbers,
// multiple choices as arrays of strings, agreements as true when ticked; empty optional values are left out.
class ExtendsParamsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ExtendsParamsForm(QWidget *parent = nullptr);

    void setParams(const QList<ExtendsParam> &params);
    QList<ExtendsParam> params() const { return m_params; }
    bool isEmpty() const { return m_params.isEmpty(); }

    QJsonObject values() const;
    // Restores values (a draft); keys not in the form are ignored.
    void setValues(const QJsonObject &values);
    // A Validation error naming the param_key of the first parameter that is missing or wrong.
    Error validate() const;
    // The editor of a parameter (for focusing the one an error names), or nullptr.
    QWidget *editorFor(const QString &paramKey) const;
    QString labelFor(const QString &paramKey) const;

    // One option of a choice: what is sent (value) and what is shown (label).
    struct Choice
    {
        QString value;
        QString label;
        friend bool operator==(const Choice &, const Choice &) = default;
    };
    // select_item has no documented format: a JSON array (of strings, or objects with value/name), a JSON
    // object of value → label (5.3.2's example: {"A":"选项1_EN","B":"选项2_EN"}), or text separated by commas,
    // semicolons, vertical bars or line breaks.
    static QList<Choice> optionsOf(const QString &selectItem);
    // The options' labels.
    static QStringList choicesOf(const QString &selectItem);

Q_SIGNALS:
    void valuesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeEditor(const ExtendsParam &param);
    QJsonValue valueOf(int index) const;
    void retranslateUi();

    QFormLayout *m_layout;
    QLabel *m_emptyLabel;
    QList<ExtendsParam> m_params;  // the shown ones, in order
    QList<QWidget *> m_editors;    // same order
};

} // namespace osm::ui
