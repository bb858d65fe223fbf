#include "counter/ManualIdentificationDialog.h"

#include "counter/IdentificationDocument.h"
#include "counter/RequestKind.h"
#include "sync/CoreLink.h"
#include "sync/OfflinePolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace madoguchi {

using namespace counter;

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ManualIdentificationDialog::ManualIdentificationDialog(sync::CoreLink& core, QWidget* parent)
    : QDialog(parent)
    , m_core(core)
{
    setObjectName(QStringLiteral("manualIdentificationDialog"));
    setWindowTitle(tr("Identify without the card"));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_reason = lineEdit(this, QStringLiteral("manualReason"), tr("Why not by card"));
    m_document = new QComboBox(this);
    m_document->setObjectName(QStringLiteral("manualDocument"));
    m_document->setAccessibleName(tr("ID document seen"));
    for (IdentificationDocument document : IdentificationDocuments::manual())
        m_document->addItem(IdentificationDocuments::title(document),
                            IdentificationDocuments::name(document));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("manualRequestKind"));
    m_kind->setAccessibleName(tr("Who asks"));
    for (RequestKind kind : RequestKinds::all())
        m_kind->addItem(RequestKinds::title(kind), RequestKinds::name(kind));
    m_requesterName = lineEdit(this, QStringLiteral("requesterName"), tr("Name of who asks"));
    m_requesterRelation = lineEdit(this, QStringLiteral("requesterRelation"), tr("Relation to the person"));
    m_requesterPurpose = lineEdit(this, QStringLiteral("requesterPurpose"), tr("Purpose of the request"));
    m_family = lineEdit(this, QStringLiteral("personFamilyName"), tr("Family name"));
    m_given = lineEdit(this, QStringLiteral("personGivenName"), tr("Given name"));
    m_familyKana = lineEdit(this, QStringLiteral("personFamilyKana"), tr("Family name (kana)"));
    m_givenKana = lineEdit(this, QStringLiteral("personGivenKana"), tr("Given name (kana)"));
    m_birthDate = lineEdit(this, QStringLiteral("personBirthDate"), tr("Date of birth"));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("personSex"));
    m_sex->setAccessibleName(tr("Sex"));
    m_sex->addItem(tr("Not given"), QString());
    m_sex->addItem(tr("Male"), QStringLiteral("male"));
    m_sex->addItem(tr("Female"), QStringLiteral("female"));
    m_address = lineEdit(this, QStringLiteral("personAddress"), tr("Address"));
    m_lookup = new QPushButton(tr("&Look up in the core system (Ctrl+L)"), this);
    m_lookup->setObjectName(QStringLiteral("manualLookup"));
    m_lookup->setToolTip(
        tr("Finds the resident by family name, given name and date of birth. Shortcut: Ctrl+L."));
    m_lookup->setAutoDefault(false);

    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("ID &document:"), m_document);
    form->addRow(tr("&Who asks:"), m_kind);
    form->addRow(tr("Their &name:"), m_requesterName);
    form->addRow(tr("Re&lation:"), m_requesterRelation);
    form->addRow(tr("&Purpose:"), m_requesterPurpose);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("Family name (&kana):"), m_familyKana);
    form->addRow(tr("Given name (k&ana):"), m_givenKana);
    form->addRow(tr("Date of &birth:"), m_birthDate);
    form->addRow(tr("&Sex:"), m_sex);
    form->addRow(tr("Add&ress:"), m_address);
    layout->addLayout(form);
    layout->addWidget(m_lookup);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("manualMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Identify"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ManualIdentificationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ManualIdentificationDialog::reject);
    connect(m_lookup, &QPushButton::clicked, this, &ManualIdentificationDialog::lookUp);
    auto* lookupKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(lookupKey, &QShortcut::activated, this, &ManualIdentificationDialog::lookUp);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ManualIdentificationDialog::updateRequester);
    // A typed change of the person drops the record found: it may no longer be theirs.
    for (QLineEdit* edit : {m_family, m_given, m_birthDate})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_record.reset(); });
    updateRequester();
    m_reason->setFocus();
}

void ManualIdentificationDialog::updateRequester()
{
    const auto kind = RequestKinds::fromName(m_kind->currentData().toString());
    const bool needed = kind && RequestKinds::needsRequester(*kind);
    for (QLineEdit* edit : {m_requesterName, m_requesterRelation, m_requesterPurpose})
        edit->setEnabled(needed);
}

Identification ManualIdentificationDialog::identification() const
{
    Identification id;
    id.source = IdentificationSource::Manual;
    id.document = IdentificationDocuments::fromName(m_document->currentData().toString())
                      .value_or(IdentificationDocument::OralQuestions);
    id.manualReason = m_reason->text().trimmed();
    id.requestKind = RequestKinds::fromName(m_kind->currentData().toString()).value_or(RequestKind::Self);
    if (RequestKinds::needsRequester(id.requestKind)) {
        id.requester.name = m_requesterName->text().trimmed();
        id.requester.relation = m_requesterRelation->text().trimmed();
        id.requester.purpose = m_requesterPurpose->text().trimmed();
    }
    if (m_record) {
        id.person = IdentifiedPerson::fromRecord(*m_record);
        id.residentId = m_record->residentId;
        return id;
    }
    id.person.familyName = m_family->text().trimmed();
    id.person.givenName = m_given->text().trimmed();
    id.person.familyKana = m_familyKana->text().trimmed();
    id.person.givenKana = m_givenKana->text().trimmed();
    id.person.birthDate = m_birthDate->text().trimmed();
    id.person.sex = m_sex->currentData().toString();
    id.person.address = m_address->text().trimmed();
    return id;
}

QString ManualIdentificationDialog::messageText() const
{
    return m_message->text();
}

void ManualIdentificationDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void ManualIdentificationDialog::accept()
{
    const Status valid = identification().validate();
    if (!valid) {
        showMessage(valid.error().message);
        return;
    }
    QDialog::accept();
}

void ManualIdentificationDialog::lookUp()
{
    // Degraded (the core answers, but with errors) still tries: the look-up may work.
    if (m_core.monitor().state() == sync::ConnectionMonitor::State::Offline) {
        showMessage(sync::OfflinePolicy::checkOffline(sync::Operation::ResidentLookupByName).error().message);
        return;
    }
    const QString name = (m_family->text().trimmed() + m_given->text().trimmed());
    if (name.isEmpty()) {
        showMessage(tr("Type the family name (and given name) to look the resident up."));
        return;
    }
    showMessage(tr("Looking the resident up…"));
    m_lookup->setEnabled(false);
    m_core.client().searchResidents(
        name, m_birthDate->text().trimmed(), this, [this](Result<sync::ResidentList> found) {
            m_lookup->setEnabled(true);
            if (!found) {
                showMessage(found.error().message);
                return;
            }
            const auto& list = found.value().residents;
            if (list.size() != 1) {
                showMessage(list.isEmpty() ? tr("No resident matches; type the person in.")
                                           : tr("%n residents match: add the date of birth.", nullptr,
                                                int(list.size())));
                return;
            }
            fill(list.first());
        });
}

void ManualIdentificationDialog::fill(const sync::ResidentRecord& record)
{
    m_record = record;
    m_family->setText(record.names.family);
    m_given->setText(record.names.given);
    m_familyKana->setText(record.names.familyKana);
    m_givenKana->setText(record.names.givenKana);
    m_birthDate->setText(record.birthDate);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(record.sex)));
    // A restricted resident's address is not put on this screen: whoever asks may be reading it.
    m_address->setText(record.supportMeasure.active ? QString() : record.address.fullText);
    showMessage(record.supportMeasure.active
                    ? tr("Resident found (%1). Support measure in force: the address is not shown.")
                          .arg(record.residentId)
                    : tr("Resident found (%1).").arg(record.residentId));
}

} // namespace madoguchi
