#include "card/ReaderChooser.h"

#include "InlineError.h"
#include "card/CardReaderStatus.h"

#include "smartcard/service/CardService.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace madoguchi {

ReaderChooser::ReaderChooser(CardReaderStatus& status, QWidget* parent)
    : QWidget(parent)
    , m_status(status)
{
    setObjectName(QStringLiteral("readerChooser"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_readers = new QComboBox(this);
    m_readers->setObjectName(QStringLiteral("readerList"));
    m_label->setBuddy(m_readers);
    m_use = new QPushButton(this);
    m_use->setObjectName(QStringLiteral("readerUse"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_error = new InlineError(this);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_readers, 0, 1);
    layout->addWidget(m_use, 0, 2);
    layout->addWidget(m_note, 1, 0, 1, 3);
    layout->addWidget(m_error, 2, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    connect(m_use, &QPushButton::clicked, this, &ReaderChooser::useSelected);
    connect(&m_status, &CardReaderStatus::changed, this, &ReaderChooser::refresh);
    // The list can change while the state does not (a second reader plugged in).
    connect(&m_status.service(), &CardService::readersChanged, this, &ReaderChooser::refresh);
    retranslate();
    refresh();
}

void ReaderChooser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReaderChooser::retranslate()
{
    m_label->setText(tr("Card &reader:"));
    m_readers->setAccessibleName(tr("Card readers connected to this PC"));
    m_use->setText(tr("&Use this reader"));
    m_use->setAccessibleName(tr("Use the selected reader at this counter"));
    m_note->setText(m_status.canChooseReader() ? QString()
                                               : tr("Your administrator sets the reader for this PC."));
    m_note->setVisible(!m_note->text().isEmpty());
}

void ReaderChooser::refresh()
{
    using State = CardReaderStatus::State;
    const State state = m_status.state();
    setVisible(state == State::NoReaderConfigured || state == State::ReaderNotFound);
    const QString current = m_readers->currentText();
    m_readers->clear();
    m_readers->addItems(m_status.readers());
    if (const int index = m_readers->findText(current); index >= 0)
        m_readers->setCurrentIndex(index);
    const bool choosable = m_status.canChooseReader() && m_readers->count() > 0;
    m_readers->setEnabled(choosable);
    m_use->setEnabled(choosable);
}

void ReaderChooser::useSelected()
{
    const QString reader = m_readers->currentText();
    if (reader.isEmpty())
        return;
    if (const Status chosen = m_status.chooseReader(reader); !chosen)
        m_error->showError(chosen.error());
    else
        m_error->clear();
}

} // namespace madoguchi
