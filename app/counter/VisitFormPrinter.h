#pragma once

#include "common/Result.h"
#include "common/StaffDirectory.h"
#include "counter/FormContext.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QWidget;

namespace madoguchi {

class PrintGate;

namespace counter {
class FormFiller;
}

// Prints a visit's forms one after the other through the print gate (variant check, supervisor
// approval, the audit record of each export) and writes each PDF to the output folder as
// "<ticket>-<form>.pdf". The PDFs are drawn and written on worker threads (PrintGate::exportFile):
// print() returns at once. The answer comes once, through the event loop after the last form,
// or at the first failure (at once when a form cannot even be filled); not at all when the
// printer or the gate is destroyed first.
class VisitFormPrinter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<QStringList>)>; // the files written

    VisitFormPrinter(const counter::FormFiller& forms, PrintGate& gate, QObject* parent = nullptr);

    bool isBusy() const { return m_busy; }
    void print(const QStringList& formNames, const counter::FormContext& context, const StaffMember& clerk,
               const QString& directory, const QString& prefix, Done done);

private:
    void next();
    void finish(Result<QStringList> result);

    const counter::FormFiller& m_forms;
    PrintGate& m_gate;
    bool m_busy = false;
    QStringList m_pending;
    QStringList m_written;
    counter::FormContext m_context;
    StaffMember m_clerk;
    QString m_directory;
    QString m_prefix;
    Done m_done;
};

} // namespace madoguchi
