#include "documents/TemplateLibrary.h"

#include "documents/TemplateLoader.h"

#include <QDir>
#include <QDirIterator>
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
        const QDir root(directory);
        // No name filter on the iterator: it would apply to the folders too and stop the descent.
        QDirIterator files(directory, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString relative = root.relativeFilePath(files.next());
            if (relative.endsWith(QLatin1String(".json")) && relative.count(u'/') <= 1) // as pathOf()
                names << relative.left(relative.size() - 5);                            // without ".json"
        }
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

QString TemplateLibrary::pathOf(const QString& name) const
{
    // A name with at most one folder ("forms/jumin-ido-todoke"), never a path: "../x" must not
    // reach outside the two directories.
    static const QRegularExpression valid(QStringLiteral("^([A-Za-z0-9_-]+/)?[A-Za-z0-9_-]+$"));
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
