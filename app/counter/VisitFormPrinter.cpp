#include "counter/VisitFormPrinter.h"

#include "counter/FormFiller.h"
#include "documents/PrintGate.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

namespace madoguchi {

VisitFormPrinter::VisitFormPrinter(const counter::FormFiller& forms, PrintGate& gate, QObject* parent)
    : QObject(parent)
    , m_forms(forms)
    , m_gate(gate)
{}

void VisitFormPrinter::print(const QStringList& formNames, const counter::FormContext& context,
                             const StaffMember& clerk, const QString& directory, const QString& prefix,
                             Done done)
{
    if (m_busy) {
        done(makeError(QStringLiteral("counter.forms.busy"), tr("Forms are being printed already."), prefix));
        return;
    }
    if (!QDir().mkpath(directory)) {
        done(makeError(QStringLiteral("counter.forms.folder"), tr("The output folder cannot be created."),
                       directory));
        return;
    }
    m_busy = true;
    m_pending = formNames;
    m_written.clear();
    m_context = context;
    m_clerk = clerk;
    m_directory = directory;
    m_prefix = prefix;
    m_done = std::move(done);
    next();
}

void VisitFormPrinter::next()
{
    if (m_pending.isEmpty()) {
        finish(m_written);
        return;
    }
    const QString form = m_pending.takeFirst();
    const QString path =
        QDir(m_directory)
            .filePath(m_prefix + QLatin1Char('-') + QFileInfo(form).fileName() + QStringLiteral(".pdf"));
    // Filled here (a template and the visit's data: quick); the gate draws the PDF and writes the
    // file on worker threads and answers through the event loop, so the GUI thread never waits.
    auto document = m_forms.fill(form, m_context);
    if (!document) {
        finish(document.error());
        return;
    }
    QPointer<VisitFormPrinter> self(this);
    m_gate.exportFile(document.value(), m_clerk, path, [self, path](Status written) {
        if (!self)
            return;
        if (!written) {
            self->finish(written.error());
            return;
        }
        self->m_written << path;
        self->next();
    });
}

void VisitFormPrinter::finish(Result<QStringList> result)
{
    m_busy = false;
    m_pending.clear();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(result));
}

} // namespace madoguchi
