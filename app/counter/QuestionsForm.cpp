#include "counter/QuestionsForm.h"

#include "counter/ProcedureCatalog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace madoguchi {

using counter::CatalogFact;
using counter::ConditionValue;
using counter::FactType;

QuestionsForm::QuestionsForm(const counter::ProcedureCatalog& catalog, QString language, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_language(std::move(language))
{
    setObjectName(QStringLiteral("questionsForm"));
    setAccessibleName(tr("Questions for the citizen"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_none = new QLabel(tr("No open questions."), this);
    layout->addWidget(m_none);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
}

void QuestionsForm::setQuestions(const QStringList& factIds)
{
    if (factIds == m_questions)
        return;
    m_questions = factIds;
    rebuild();
}

void QuestionsForm::clearAnswers()
{
    m_answers.clear();
    m_questions.clear();
    rebuild();
}

QWidget* QuestionsForm::editor(const QString& factId) const
{
    return m_editors.value(factId);
}

bool QuestionsForm::answer(const QString& factId, const ConditionValue& value)
{
    m_answers.insert(factId, value);
    QWidget* widget = editor(factId);
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        const QSignalBlocker block(combo);
        if (std::holds_alternative<bool>(value))
            combo->setCurrentIndex(
                combo->findData(std::get<bool>(value) ? QStringLiteral("yes") : QStringLiteral("no")));
        else if (std::holds_alternative<QString>(value))
            combo->setCurrentIndex(combo->findData(std::get<QString>(value)));
    } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
        const QSignalBlocker block(spin);
        if (std::holds_alternative<int>(value))
            spin->setValue(std::get<int>(value));
    }
    Q_EMIT answersChanged();
    return widget != nullptr;
}

void QuestionsForm::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_none->setVisible(m_questions.isEmpty());
    for (const QString& id : m_questions) {
        const CatalogFact* fact = m_catalog.fact(id);
        if (!fact)
            continue;
        const QString label = fact->labelIn(m_language);
        QWidget* widget = nullptr;
        if (fact->type == FactType::Int) {
            auto* spin = new QSpinBox(this);
            spin->setRange(-1, 99);
            spin->setSpecialValueText(tr("Not asked yet"));
            spin->setValue(m_answers.contains(id) && std::holds_alternative<int>(m_answers.value(id))
                               ? std::get<int>(m_answers.value(id))
                               : -1);
            connect(spin, &QSpinBox::valueChanged, this, [this, id](int value) {
                if (value < 0)
                    m_answers.remove(id);
                else
                    m_answers.insert(id, value);
                Q_EMIT answersChanged();
            });
            widget = spin;
        } else {
            auto* combo = new QComboBox(this);
            combo->addItem(tr("Not asked yet"), QString());
            if (fact->type == FactType::Bool) {
                combo->addItem(tr("Yes"), QStringLiteral("yes"));
                combo->addItem(tr("No"), QStringLiteral("no"));
            } else {
                for (const counter::CatalogChoice& choice : fact->choices)
                    combo->addItem(choice.label.in(m_language), choice.id);
            }
            if (m_answers.contains(id)) {
                const ConditionValue value = m_answers.value(id);
                if (std::holds_alternative<bool>(value))
                    combo->setCurrentIndex(std::get<bool>(value) ? 1 : 2);
                else if (std::holds_alternative<QString>(value))
                    combo->setCurrentIndex(std::max(0, combo->findData(std::get<QString>(value))));
            }
            const bool isBool = fact->type == FactType::Bool;
            connect(combo, &QComboBox::currentIndexChanged, this, [this, id, combo, isBool] {
                const QString data = combo->currentData().toString();
                if (data.isEmpty())
                    m_answers.remove(id);
                else if (isBool)
                    m_answers.insert(id, data == QLatin1String("yes"));
                else
                    m_answers.insert(id, data);
                Q_EMIT answersChanged();
            });
            widget = combo;
        }
        widget->setObjectName(QStringLiteral("question-") + id);
        widget->setAccessibleName(label);
        m_form->addRow(label, widget);
        m_editors.insert(id, widget);
    }
}

} // namespace madoguchi
