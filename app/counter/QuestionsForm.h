#pragma once

#include "counter/ConditionValue.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace madoguchi {

namespace counter {
class ProcedureCatalog;
}

// The catalog's questions the navigator still needs answered for the events chosen (加入保険,
// 住民票が必要か, …): one combo box (yes / no, the choices) or spin box each, "not asked yet"
// first. Answers are kept when a question leaves the list and comes back.
class QuestionsForm : public QWidget
{
    Q_OBJECT

public:
    QuestionsForm(const counter::ProcedureCatalog& catalog, QString language, QWidget* parent = nullptr);

    // The questions to show now (fact ids), in order.
    void setQuestions(const QStringList& factIds);
    QHash<QString, counter::ConditionValue> answers() const { return m_answers; }
    void clearAnswers();
    // Sets an answer as if chosen (tests, restoring); true when the question is shown.
    bool answer(const QString& factId, const counter::ConditionValue& value);
    QWidget* editor(const QString& factId) const;

Q_SIGNALS:
    void answersChanged();

private:
    void rebuild();

    const counter::ProcedureCatalog& m_catalog;
    QString m_language;
    QStringList m_questions;
    QHash<QString, counter::ConditionValue> m_answers;
    QHash<QString, QWidget*> m_editors;
    QFormLayout* m_form = nullptr;
    QLabel* m_none = nullptr;
};

} // namespace madoguchi
