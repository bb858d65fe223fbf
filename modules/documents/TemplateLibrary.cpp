#include "documents/TemplateLibrary.h"

#include "documents/TemplateLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace madoguchi {

TemplateLibrary::TemplateLibrary(QString overrideDirectory)
    : m_overrideDirectory(std::move(overrideDirectory))
{}

QString TemplateLibrary::builtInDirectory()
{
    return QStringLiteral(":/madoguchi/templates");
}

QStringList TemplateLibrary::names() const
{
    QStringList names;
    for (const QString& directory : {m_overrideDirectory, builtInDirectory()}) {
        if (directory.isEmpty())
            continue;
        const QStringList files = QDir(directory).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString& file : files)
            names << QFileInfo(file).completeBaseName();
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

QString TemplateLibrary::pathOf(const QString& name) const
{
    // A name, never a path: "../x" must not reach outside the two directories.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!valid.match(name).hasMatch())
        return {};
    for (const QString& directory : {m_overrideDirectory, builtInDirectory()}) {
        if (directory.isEmpty())
            continue;
        const QString path = QDir(directory).filePath(name + QStringLiteral(".json"));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

Result<DocumentTemplate> TemplateLibrary::load(const QString& name) const
{
    const QString path = pathOf(name);
    if (path.isEmpty()) {
        return makeError(
            QStringLiteral("template.notFound"), tr("There is no document template \"%1\".").arg(name),
            m_overrideDirectory.isEmpty() ? builtInDirectory()
                                          : m_overrideDirectory + QStringLiteral(", ") + builtInDirectory());
    }
    return TemplateLoader::loadFile(path);
}

} // namespace madoguchi
