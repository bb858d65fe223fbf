// The support-measure guard (支援措置): the rule for every request kind and action, the audit
// record of each decision about a restricted resident (no name, no address, no reason), the
// supervisor's override and its refusals, and the override on the visit's timeline.
#include "VisitTestSupport.h"

#include "../common/TestCheck.h"
#include "counter/SupportMeasureGuard.h"

#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

Q_DECLARE_METATYPE(madoguchi::counter::RequestKind)
Q_DECLARE_METATYPE(madoguchi::counter::SupportMeasureAction)
Q_DECLARE_METATYPE(madoguchi::counter::SupportMeasureVerdict)

class TestSupportMeasure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<CounterFixture> m_f;
    std::unique_ptr<SupportMeasureGuard> m_guard;
    StaffMember m_clerk;
    StaffMember m_supervisor;

    SupportMeasureRequest request(RequestKind kind, SupportMeasureAction action, bool restricted = true) const
    {
        return SupportMeasureRequest{QStringLiteral("KT0000011"), restricted, kind, action,
                                     QStringLiteral("0b5e0f3c-3f7e-4b8e-9a51-4b1f3b9c2d11")};
    }
    QList<AuditRecord> newAudit(qsizetype before) const
    {
        QList<AuditRecord> records = m_f->audit->recent(1000);
        std::reverse(records.begin(), records.end());
        return records.mid(before);
    }
    qsizetype auditCount() const { return m_f->audit->recent(1000).size(); }

private Q_SLOTS:
    void initTestCase()
    {
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("guard.sqlite"));
        m_f = openCounter(config, m_secrets);
        QVERIFY(m_f);
        Result<StaffMember> clerk =
            m_f->staff->createAccount(QStringLiteral("sato"), QStringLiteral("佐藤 花子"), Role::Clerk,
                                      QStringLiteral("password-123456"));
        Result<StaffMember> supervisor =
            m_f->staff->createAccount(QStringLiteral("kimura"), QStringLiteral("木村 主任"), Role::Supervisor,
                                      QStringLiteral("password-123456"));
        QVERIFY(clerk && supervisor);
        m_clerk = clerk.value();
        m_supervisor = supervisor.value();
        m_guard =
            std::make_unique<SupportMeasureGuard>(*m_f->audit, *m_f->staff, QStringLiteral("counter-01"));
    }

    void rule_data()
    {
        QTest::addColumn<bool>("restricted");
        QTest::addColumn<RequestKind>("kind");
        QTest::addColumn<SupportMeasureAction>("action");
        QTest::addColumn<SupportMeasureVerdict>("verdict");
        using A = SupportMeasureAction;
        using V = SupportMeasureVerdict;
        for (RequestKind kind : RequestKinds::all()) {
            for (A action : {A::AddressDisclosure, A::CertificateIssuance, A::CitizenViewDisplay}) {
                const QByteArray name =
                    (RequestKinds::name(kind) + u' ' + SupportMeasureGuard::actionName(action)).toLatin1();
                QTest::newRow(QByteArray("free " + name).constData())
                    << false << kind << action << V::Allowed;
                const V expected = action == A::CitizenViewDisplay ? V::Never
                                   : kind == RequestKind::Self     ? V::Allowed
                                                                   : V::NeedsSupervisor;
                QTest::newRow(QByteArray("restricted " + name).constData())
                    << true << kind << action << expected;
            }
        }
    }

    void rule()
    {
        QFETCH(bool, restricted);
        QFETCH(RequestKind, kind);
        QFETCH(SupportMeasureAction, action);
        QFETCH(SupportMeasureVerdict, verdict);
        QCOMPARE(SupportMeasureGuard::rule(restricted, kind, action), verdict);
    }

    void decisionsAreAudited()
    {
        const qsizetype before = auditCount();
        // Not restricted: allowed, nothing to audit.
        Result<SupportMeasureDecision> free = m_guard->decide(
            request(RequestKind::ThirdParty, SupportMeasureAction::CertificateIssuance, false), m_clerk);
        QVERIFY(free && free.value().isAllowed());
        QCOMPARE(auditCount(), before);

        Result<SupportMeasureDecision> self =
            m_guard->decide(request(RequestKind::Self, SupportMeasureAction::CertificateIssuance), m_clerk);
        QVERIFY(self && self.value().isAllowed());
        Result<SupportMeasureDecision> third = m_guard->decide(
            request(RequestKind::ThirdParty, SupportMeasureAction::AddressDisclosure), m_clerk);
        QVERIFY(third);
        QVERIFY(!third.value().isAllowed());
        QCOMPARE(third.value().verdict, SupportMeasureVerdict::NeedsSupervisor);
        QVERIFY(third.value().message.contains(QStringLiteral("supervisor")));
        Result<SupportMeasureDecision> screen =
            m_guard->decide(request(RequestKind::Self, SupportMeasureAction::CitizenViewDisplay), m_clerk);
        QVERIFY(screen);
        QCOMPARE(screen.value().verdict, SupportMeasureVerdict::Never);

        const QList<AuditRecord> records = newAudit(before);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).action, QStringLiteral("supportMeasure.allowed"));
        QCOMPARE(records.at(1).action, QStringLiteral("supportMeasure.blocked"));
        QCOMPARE(records.at(2).action, QStringLiteral("supportMeasure.blocked"));
        for (const AuditRecord& record : records) {
            QCOMPARE(record.objectId, QStringLiteral("KT0000011"));
            QCOMPARE(record.actor, QStringLiteral("sato"));
            QCOMPARE(record.workstation, QStringLiteral("counter-01"));
        }
        QCOMPARE(records.at(1).detail,
                 QStringLiteral("decision=blocked action=addressDisclosure "
                                "requestKind=thirdParty visit=0b5e0f3c-3f7e-4b8e-9a51-4b1f3b9c2d11"));
        QVERIFY(m_f->audit->verify().ok);
    }

    void supervisorOverride()
    {
        const qsizetype before = auditCount();
        const SupportMeasureRequest agent =
            request(RequestKind::Agent, SupportMeasureAction::CertificateIssuance);
        const QString reason = QStringLiteral("委任状と本人の意思を電話で確認済み（山田様）");
        Result<SupportMeasureDecision> granted =
            m_guard->override(agent, m_clerk, QStringLiteral("kimura"), reason);
        QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().toString()));
        QVERIFY(granted.value().overridden);
        QVERIFY(granted.value().isAllowed());
        QCOMPARE(granted.value().supervisorId, QStringLiteral("kimura"));

        const auto refusedWith = [&](const Result<SupportMeasureDecision>& result, const char* code) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, QString::fromLatin1(code));
        };
        // A clerk cannot authorise; nor can an unknown login; nor the supervisor serving it.
        MADOGUCHI_CHECK(refusedWith(m_guard->override(agent, m_clerk, QStringLiteral("sato"), reason),
                                    "counter.supportMeasure.notSupervisor"));
        MADOGUCHI_CHECK(refusedWith(m_guard->override(agent, m_clerk, QStringLiteral("nobody"), reason),
                                    "counter.supportMeasure.notSupervisor"));
        MADOGUCHI_CHECK(refusedWith(m_guard->override(agent, m_supervisor, QStringLiteral("kimura"), reason),
                                    "counter.supportMeasure.notSupervisor"));
        MADOGUCHI_CHECK(
            refusedWith(m_guard->override(agent, m_clerk, QStringLiteral("kimura"), QStringLiteral(" ")),
                        "counter.supportMeasure.invalid"));
        MADOGUCHI_CHECK(refusedWith(m_guard->override(agent, m_clerk, QStringLiteral("kimura"),
                                                      QStringLiteral("番号 1234-5678-9012")),
                                    "counter.supportMeasure.invalid"));
        // The citizen-facing screen: not even a supervisor.
        MADOGUCHI_CHECK(refusedWith(
            m_guard->override(request(RequestKind::Self, SupportMeasureAction::CitizenViewDisplay), m_clerk,
                              QStringLiteral("kimura"), reason),
            "counter.supportMeasure.never"));

        const QList<AuditRecord> records = newAudit(before);
        QCOMPARE(records.size(), 7);
        QCOMPARE(records.at(0).action, QStringLiteral("supportMeasure.overridden"));
        QCOMPARE(records.at(0).detail,
                 QStringLiteral("decision=overridden action=certificateIssuance requestKind=agent "
                                "visit=0b5e0f3c-3f7e-4b8e-9a51-4b1f3b9c2d11 supervisor=kimura"));
        for (qsizetype i = 1; i < records.size(); ++i)
            QCOMPARE(records.at(i).action, QStringLiteral("supportMeasure.overrideRefused"));
        // No names, no address, no reason in the audit log.
        for (const AuditRecord& record : records) {
            QVERIFY(!record.detail.contains(QStringLiteral("山田")));
            QVERIFY(!record.detail.contains(QStringLiteral("委任状")));
            QVERIFY(!record.detail.contains(QStringLiteral("1234")));
            QCOMPARE(record.objectId, QStringLiteral("KT0000011"));
        }
    }

    // The reason goes on the visit's timeline, encrypted, and not to the core.
    void overrideOnTheTimeline()
    {
        const Visit visit = calledVisit(*m_f->store);
        QVERIFY(m_f->store->identify(visit.id, actor(), cardIdentification(QStringLiteral("KT0000011"))));
        SupportMeasureRequest agent = request(RequestKind::Agent, SupportMeasureAction::CertificateIssuance);
        agent.visitId = visit.id;
        const QString reason = QStringLiteral("委任状を確認");
        Result<SupportMeasureDecision> granted =
            m_guard->override(agent, m_clerk, QStringLiteral("kimura"), reason);
        QVERIFY(granted);
        const int outboxBefore =
            countRows(m_f->connection(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        Result<Visit> recorded = m_f->store->recordSupportMeasureOverride(
            visit.id, actor(), granted.value(), SupportMeasureAction::CertificateIssuance, reason);
        QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().toString()));
        QCOMPARE(recorded.value().state, VisitState::Identified);
        QCOMPARE(countRows(m_f->connection(), QStringLiteral("SELECT COUNT(*) FROM sync_outbox")),
                 outboxBefore);
        const counter::VisitEvent last = m_f->store->timeline(visit.id).value().last().event;
        QCOMPARE(last.kind, VisitEventKind::SupportMeasureOverride);
        QCOMPARE(last.note, reason);
        QCOMPARE(last.detail.value(QStringLiteral("supervisor")).toString(), QStringLiteral("kimura"));
        QCOMPARE(last.detail.value(QStringLiteral("action")).toString(),
                 QStringLiteral("certificateIssuance"));
        // A decision that was not an override is not recorded as one.
        Result<Visit> refused = m_f->store->recordSupportMeasureOverride(
            visit.id, actor(), SupportMeasureDecision{}, SupportMeasureAction::CertificateIssuance, reason);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("counter.visit.invalid"));
    }
};

QTEST_GUILESS_MAIN(TestSupportMeasure)
#include "tst_supportmeasure.moc"
