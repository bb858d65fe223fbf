#pragma once

#include "common/Result.h"
#include "counter/TicketCategories.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace madoguchi::counter {

// Reads the ticket categories: a ward's file (<override directory>/ticket-categories.json) when
// there is one, else the built-in ":/madoguchi/queue/ticket-categories.json". A ward changes its
// categories without a rebuild.
//
// {"format": "madoguchi-ticket-categories", "version": 1, "description"?: "...",
//  "categories": [{"id": "juminhyo", "prefix": "A", "title": {"ja": "...", "en": "..."},
//                  "counters": ["counter-01"], "departments": ["shimin"]}]}
//
// Every mistake is reported with the file, the line and the field:
// "ticket-categories.json:12: categories[1].prefix". Errors: queue.categories.syntax (not
// JSON), queue.categories.invalid (a wrong or missing field, a duplicate id or prefix),
// queue.categories.read (the file cannot be read).
class TicketCategoryLoader
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::TicketCategoryLoader)

public:
    static QString fileName() { return QStringLiteral("ticket-categories.json"); }
    static QString builtInPath() { return QStringLiteral(":/madoguchi/queue/ticket-categories.json"); }
    static QString formatName() { return QStringLiteral("madoguchi-ticket-categories"); }

    // The first problem, or the categories.
    static Result<TicketCategories> parse(const QByteArray& json, const QString& fileName);
    // Every problem, in file order (empty when the file is good).
    static QList<Error> problems(const QByteArray& json, const QString& fileName);
    static Result<TicketCategories> loadFile(const QString& path);
    // The ward's file in `overrideDirectory` if it exists, else the built-in one.
    static Result<TicketCategories> load(const QString& overrideDirectory = {});
    // The file load() reads.
    static QString pathFor(const QString& overrideDirectory);
};

} // namespace madoguchi::counter
