#pragma once

// The throwaway PostgreSQL cluster of tests/scripts/with-postgres.sh, as the suites that run on
// it see it: its address from the environment, and an admin connection that resets the public
// schema so that every check starts from an empty database.

#include "common/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtGlobal>

namespace madoguchi::test {

class PostgresTestServer
{
public:
    // `connectionName` must be unique per test binary (one admin connection each).
    explicit PostgresTestServer(QString connectionName)
        : m_name(std::move(connectionName))
    {}

    static bool isRunning() { return !qEnvironmentVariableIsEmpty("MADOGUCHI_TEST_PG_PORT"); }

    static DatabaseConfig config()
    {
        DatabaseConfig config;
        config.backend = DatabaseConfig::Backend::Postgres;
        config.pgHost = qEnvironmentVariable("MADOGUCHI_TEST_PG_HOST");
        config.pgPort = qEnvironmentVariableIntValue("MADOGUCHI_TEST_PG_PORT");
        config.pgUser = qEnvironmentVariable("MADOGUCHI_TEST_PG_USER");
        config.pgDatabase = qEnvironmentVariable("MADOGUCHI_TEST_PG_DB");
        return config;
    }

    // Opens the admin connection; the error text when it fails, empty on success.
    QString open() const
    {
        const DatabaseConfig c = config();
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        admin.setHostName(c.pgHost);
        admin.setPort(c.pgPort);
        admin.setUserName(c.pgUser);
        admin.setDatabaseName(c.pgDatabase);
        if (!admin.open())
            return admin.lastError().text();
        // The schema reset would print a NOTICE per dropped table.
        QSqlQuery quiet(admin);
        return quiet.exec(QStringLiteral("SET client_min_messages = warning")) ? QString()
                                                                               : quiet.lastError().text();
    }

    void close() const
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    QSqlDatabase admin() const { return QSqlDatabase::database(m_name); }

    // An empty public schema, and the configuration to open it.
    DatabaseConfig fresh() const
    {
        QSqlQuery query(admin());
        if (!query.exec(QStringLiteral("DROP SCHEMA public CASCADE")) ||
            !query.exec(QStringLiteral("CREATE SCHEMA public")))
            qWarning("cannot reset the test schema: %s", qPrintable(query.lastError().text()));
        return config();
    }

private:
    QString m_name;
};

} // namespace madoguchi::test
