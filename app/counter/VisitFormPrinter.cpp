#include "counter/VisitFormPrinter.h"

#include "counter/FormFiller.h"
#include "documents/PrintGate.h"

#include <QDir>
#include <QFile>
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
    QPointer<VisitFormPrinter> self(this);
    m_forms.exportPdf(form, m_context, m_gate, m_clerk, [self, path](Result<QByteArray> pdf) {
        if (!self)
            return;
        if (!pdf) {
            self->finish(pdf.error());
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size()) {
            self->finish(makeError(QStringLiteral("counter.forms.write"),
                                   tr("The form could not be written: %1").arg(file.errorString()), path));
            return;
        }
        self->m_written << path;
        // Queued: the gate may answer before exportPdf() returns; the next form starts afresh.
        QMetaObject::invokeMethod(self, &VisitFormPrinter::next, Qt::QueuedConnection);
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
