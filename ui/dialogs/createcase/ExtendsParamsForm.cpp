#include "ExtendsParamsForm.h"

#include <QCheckBox>
#include <climits>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace osm::ui {

namespace {

enum ParamType { Integer = 1, Line = 3, SingleChoice = 4, MultipleChoice = 5, Agreement = 7, MultiLine = 8 };

QString textOf(const QWidget *editor)
{
    if (auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    if (auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return text->toPlainText();
    if (auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentIndex() >= 0 ? combo->currentData().toString() : QString(); // the option's value
    return {};
}

QStringList checkedOf(const QWidget *editor)
{
    QStringList checked;
    if (auto *list = qobject_cast<const QListWidget *>(editor)) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                checked.append(list->item(i)->data(Qt::UserRole).toString()); // the option's value
        }
    }
    return checked;
}

} // namespace

ExtendsParamsForm::ExtendsParamsForm(QWidget *parent)
    : QWidget(parent), m_layout(new QFormLayout(this)), m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("extendsParamsForm"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel->setObjectName(QStringLiteral("extendsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_layout->addRow(m_emptyLabel);
    retranslateUi();
}

QList<ExtendsParamsForm::Choice> ExtendsParamsForm::optionsOf(const QString &selectItem)
{
    QList<Choice> options;
    const auto firstString = [](const QJsonObject &o, std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            if (o.value(QLatin1String(key)).isString())
                return o.value(QLatin1String(key)).toString();
        }
        return QString();
    };
    const QJsonDocument doc = QJsonDocument::fromJson(selectItem.toUtf8());
    if (doc.isArray()) {
        for (const QJsonValue &item : doc.array()) {
            if (item.isObject()) {
                const QJsonObject o = item.toObject();
                const QString value = firstString(o, {"value", "key", "name", "label"});
                const QString label = firstString(o, {"name", "label", "value", "key"});
                options.append({value, label});
            } else if (item.isString()) {
                options.append({item.toString(), item.toString()});
            } else if (item.isDouble()) {
                options.append({QString::number(item.toDouble()), QString::number(item.toDouble())});
            }
        }
    } else if (doc.isObject()) {
        // value → label; a label that is not text shows the value.
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            options.append({it.key(), it.value().isString() ? it.value().toString() : it.key()});
    } else {
        static const QRegularExpression separators(QStringLiteral("[,;|\\n]"));
        for (const QString &part : selectItem.split(separators, Qt::SkipEmptyParts))
            options.append({part, part});
    }
    QList<Choice> cleaned;
    for (Choice choice : std::as_const(options)) {
        choice.value = choice.value.trimmed();
        choice.label = choice.label.trimmed();
        if (choice.label.isEmpty())
            choice.label = choice.value;
        if (!choice.value.isEmpty())
            cleaned.append(choice);
    }
    return cleaned;
}

QStringList ExtendsParamsForm::choicesOf(const QString &selectItem)
{
    QStringList labels;
    for (const Choice &choice : optionsOf(selectItem))
        labels.append(choice.label);
    return labels;
}

void ExtendsParamsForm::setParams(const QList<ExtendsParam> &params)
{
    while (m_layout->rowCount() > 1)
        m_layout->removeRow(1); // deletes the label and the editor
    m_params.clear();
    m_editors.clear();
    for (const ExtendsParam &param : params) {
        if (param.isShow == 0 || param.paramKey.isEmpty())
            continue;
        QWidget *editor = makeEditor(param);
        // Server text: shown as plain text only.
        auto *label = new QLabel(param.isRequired() ? tr("%1 *", "a required field's label").arg(param.paramName)
                                                    : param.paramName, this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(editor);
        editor->setAccessibleName(param.paramName);
        const QString tip = param.tips.isEmpty() ? param.paramDesc : param.tips;
        editor->setToolTip(tip);
        editor->setAccessibleDescription(tip);
        m_layout->addRow(label, editor);
        m_params.append(param);
        m_editors.append(editor);
    }
    m_emptyLabel->setVisible(m_params.isEmpty());
}

QWidget *ExtendsParamsForm::makeEditor(const ExtendsParam &param)
{
    QWidget *editor = nullptr;
    switch (param.paramType) {
    case Integer: {
        auto *line = new QLineEdit(this);
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]{0,18}$"));
        line->setValidator(new QRegularExpressionValidator(digits, line));
        line->setText(param.defaultValue);
        connect(line, &QLineEdit::textChanged, this, &ExtendsParamsForm::valuesChanged);
        editor = line;
        break;
    }
    case SingleChoice: {
        auto *combo = new QComboBox(this);
        for (const Choice &choice : optionsOf(param.selectItem))
            combo->addItem(choice.label, choice.value);
        combo->setPlaceholderText(tr("Choose…"));
        const int byValue = combo->findData(param.defaultValue);
        combo->setCurrentIndex(byValue >= 0 ? byValue : combo->findText(param.defaultValue));
        connect(combo, &QComboBox::currentIndexChanged, this, &ExtendsParamsForm::valuesChanged);
        editor = combo;
        break;
    }
    case MultipleChoice: {
        auto *list = new QListWidget(this);
        QStringList defaults;
        for (const Choice &choice : optionsOf(param.defaultValue))
            defaults.append(choice.value);
        for (const Choice &choice : optionsOf(param.selectItem)) {
            auto *item = new QListWidgetItem(choice.label, list);
            item->setData(Qt::UserRole, choice.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            const bool checked = defaults.contains(choice.value) || defaults.contains(choice.label);
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(list->sizeHintForRow(0) * qMin(list->count(), 5) + 2 * list->frameWidth() + 4);
        connect(list, &QListWidget::itemChanged, this, &ExtendsParamsForm::valuesChanged);
        editor = list;
        break;
    }
    case Agreement: {
        auto *box = new QCheckBox(param.paramDesc.isEmpty() ? param.paramName : param.paramDesc, this);
        connect(box, &QCheckBox::toggled, this, &ExtendsParamsForm::valuesChanged);
        editor = box;
        break;
    }
    case MultiLine: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setPlainText(param.defaultValue);
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 5);
        connect(text, &QPlainTextEdit::textChanged, this, &ExtendsParamsForm::valuesChanged);
        editor = text;
        break;
    }
    case Line:
    default: {
        auto *line = new QLineEdit(this);
        if (param.length > 0)
            line->setMaxLength(param.length);
        line->setText(param.defaultValue);
        connect(line, &QLineEdit::textChanged, this, &ExtendsParamsForm::valuesChanged);
        editor = line;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("extends_") + param.paramKey);
    return editor;
}

QJsonValue ExtendsParamsForm::valueOf(int index) const
{
    const ExtendsParam &param = m_params.at(index);
    const QWidget *editor = m_editors.at(index);
    // Undefined: nothing given (left out of extends_map).
    switch (param.paramType) {
    case Integer: {
        bool ok = false;
        const qint64 n = textOf(editor).toLongLong(&ok);
        return ok ? QJsonValue(n) : QJsonValue(QJsonValue::Undefined);
    }
    case MultipleChoice: {
        const QStringList checked = checkedOf(editor);
        return checked.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonArray::fromStringList(checked));
    }
    case Agreement:
        return qobject_cast<const QCheckBox *>(editor)->isChecked() ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined);
    default: {
        const QString text = textOf(editor).trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    }
}

QJsonObject ExtendsParamsForm::values() const
{
    QJsonObject values;
    for (int i = 0; i < m_params.size(); ++i) {
        const QJsonValue value = valueOf(i);
        if (!value.isUndefined())
            values.insert(m_params.at(i).paramKey, value);
    }
    return values;
}

void ExtendsParamsForm::setValues(const QJsonObject &values)
{
    for (int i = 0; i < m_params.size(); ++i) {
        const QString key = m_params.at(i).paramKey;
        if (!values.contains(key))
            continue;
        const QJsonValue value = values.value(key);
        QWidget *editor = m_editors.at(i);
        QSignalBlocker blocker(editor);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->setPlainText(value.toString());
        else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const int byValue = combo->findData(value.toString());
            combo->setCurrentIndex(byValue >= 0 ? byValue : combo->findText(value.toString()));
        }
        else if (auto *box = qobject_cast<QCheckBox *>(editor))
            box->setChecked(value.toBool());
        else if (auto *list = qobject_cast<QListWidget *>(editor)) {
            QStringList checked;
            for (const QJsonValue &v : value.toArray())
                checked.append(v.toString());
            for (int row = 0; row < list->count(); ++row) {
                const QListWidgetItem *item = list->item(row);
                const bool on = checked.contains(item->data(Qt::UserRole).toString()) || checked.contains(item->text());
                list->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
}

Error ExtendsParamsForm::validate() const
{
    for (int i = 0; i < m_params.size(); ++i) {
        const ExtendsParam &param = m_params.at(i);
        const QWidget *editor = m_editors.at(i);
        const QJsonValue value = valueOf(i);
        if (value.isUndefined()) {
            if (param.paramType == Integer && !textOf(editor).trimmed().isEmpty())
                return Error::validation(param.paramKey, tr("it must be a whole number."));
            if (param.isRequired())
                return Error::validation(param.paramKey, tr("it is required."));
            continue;
        }
        if (param.paramType == Integer) {
            const qint64 n = value.toInteger();
            if ((param.minValue && n < *param.minValue) || (param.maxValue && n > *param.maxValue)) {
                //: %1 and %2 are the smallest and the largest allowed number
                return Error::validation(param.paramKey, tr("it must be between %1 and %2.")
                                                             .arg(param.minValue.value_or(LLONG_MIN))
                                                             .arg(param.maxValue.value_or(LLONG_MAX)));
            }
            continue;
        }
        if (!value.isString())
            continue;
        const QString text = value.toString();
        if (param.length > 0 && text.size() > param.length)
            return Error::validation(param.paramKey, tr("it may be at most %n characters long.", nullptr, param.length));
        if (!param.regex.isEmpty()) {
            const QRegularExpression re(param.regex);
            // A pattern the server got wrong must not block the user: only a valid one is applied.
            if (re.isValid() && !re.match(text).hasMatch())
                return Error::validation(param.paramKey, tr("it does not have the expected format."));
        }
    }
    return {};
}

QWidget *ExtendsParamsForm::editorFor(const QString &paramKey) const
{
    for (int i = 0; i < m_params.size(); ++i) {
        if (m_params.at(i).paramKey == paramKey)
            return m_editors.at(i);
    }
    return nullptr;
}

QString ExtendsParamsForm::labelFor(const QString &paramKey) const
{
    for (const ExtendsParam &param : m_params) {
        if (param.paramKey == paramKey)
            return param.paramName;
    }
    return {};
}

void ExtendsParamsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExtendsParamsForm::retranslateUi()
{
    m_emptyLabel->setText(tr("This problem type asks for no additional information."));
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setPlaceholderText(tr("Choose…"));
    }
}

} // namespace osm::ui
