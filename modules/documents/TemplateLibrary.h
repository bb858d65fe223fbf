#pragma once

#include "common/Result.h"
#include "documents/DocumentTemplate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace madoguchi {

// Where templates come from: a ward's directory (given at run time, e.g. from Settings) first,
// then the built-in ones compiled in as Qt resources (:/madoguchi/templates/<name>.json).
// A ward changes or adds a layout by dropping a JSON file there; no rebuild.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::TemplateLibrary)

public:
    explicit TemplateLibrary(QString overrideDirectory = {});

    static QString builtInDirectory(); // ":/madoguchi/templates"

    // Names ("name-list", "forms/jumin-ido-todoke", ...: one folder level) from both places,
    // sorted, without duplicates.
    QStringList names() const;
    // The file that load(name) reads; empty when there is none.
    QString pathOf(const QString& name) const;
    // Errors: template.notFound, and TemplateLoader's errors.
    Result<DocumentTemplate> load(const QString& name) const;

private:
    QString m_overrideDirectory;
};

} // namespace madoguchi
