#include "card/CardReaderStatus.h"

#include "common/Settings.h"
#include "smartcard/service/CardService.h"

namespace madoguchi {

CardReaderStatus::CardReaderStatus(CardService& service, Settings& settings, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_settings(settings)
{
    // A service that already reported tells us where it stands; otherwise wait for it.
    m_serviceKnown = m_service.isServiceStateKnown();
    m_readersKnown = !m_service.readers().isEmpty();
    connect(&m_service, &CardService::serviceAvailable, this, [this] {
        m_serviceKnown = true;
        refresh();
    });
    connect(&m_service, &CardService::readersChanged, this, [this] {
        m_readersKnown = true;
        refresh();
    });
    connect(&m_service, &CardService::cardInserted, this, &CardReaderStatus::refresh);
    connect(&m_service, &CardService::cardRemoved, this, &CardReaderStatus::refresh);
    connect(&m_settings, &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::CardReaderName)
            applyReaderSetting();
        else if (key == SettingKey::CardJpkiCaBundle || key == SettingKey::CardAllowCheckCodeB)
            applyCheckSettings();
    });
    applyCheckSettings();
    applyReaderSetting();
}

QString CardReaderStatus::reader() const
{
    return m_service.reader();
}

QStringList CardReaderStatus::readers() const
{
    return m_service.readers();
}

bool CardReaderStatus::canChooseReader() const
{
    return !m_settings.isLocked(SettingKey::CardReaderName);
}

Status CardReaderStatus::chooseReader(const QString& reader)
{
    // Settings::changed applies it to the service (applyReaderSetting).
    return m_settings.setValue(SettingKey::CardReaderName, reader);
}

void CardReaderStatus::applyReaderSetting()
{
    const QString reader = m_settings.stringValue(SettingKey::CardReaderName);
    if (reader != m_service.reader())
        m_service.setReader(reader);
    refresh();
}

void CardReaderStatus::applyCheckSettings()
{
    m_service.setCaBundle(m_settings.stringValue(SettingKey::CardJpkiCaBundle));
    m_service.setCheckCodeBAllowed(m_settings.boolValue(SettingKey::CardAllowCheckCodeB));
}

CardReaderStatus::State CardReaderStatus::compute() const
{
    if (!m_serviceKnown)
        return State::Starting;
    if (!m_service.isServiceAvailable())
        return State::NoService;
    if (m_service.reader().isEmpty())
        return State::NoReaderConfigured;
    if (!m_readersKnown)
        return State::Starting;
    if (!m_service.readers().contains(m_service.reader()))
        return State::ReaderNotFound;
    return m_service.isCardPresent() ? State::CardPresent : State::NoCard;
}

void CardReaderStatus::refresh()
{
    const State next = compute();
    if (next == m_state)
        return;
    m_state = next;
    Q_EMIT changed();
}

bool CardReaderStatus::isProblem() const
{
    return m_state == State::NoService || m_state == State::NoReaderConfigured ||
           m_state == State::ReaderNotFound;
}

QString CardReaderStatus::summary() const
{
    switch (m_state) {
    case State::Starting:
        return tr("Card reader: checking…");
    case State::NoService:
        return tr("Card service not running");
    case State::NoReaderConfigured:
        return tr("No card reader chosen");
    case State::ReaderNotFound:
        return tr("Card reader not found");
    case State::NoCard:
        return tr("Card reader ready, no card");
    case State::CardPresent:
        return tr("Card on the reader");
    }
    return {};
}

QString CardReaderStatus::advice() const
{
    switch (m_state) {
    case State::Starting:
        return tr("Madoguchi is contacting the smart card service.");
    case State::NoService:
        return tr("The smart card service (pcscd on Linux, \"Smart Card\" on Windows) is not running, "
                  "so no card can be read. Ask IT to start it; Madoguchi reconnects by itself.");
    case State::NoReaderConfigured:
        return tr("Choose this counter's card reader on the Identify by card page.");
    case State::ReaderNotFound:
        return tr("The reader \"%1\" is not connected. Check its cable, or choose another reader on "
                  "the Identify by card page.")
            .arg(m_service.reader());
    case State::NoCard:
        return tr("Place the citizen's card on the reader \"%1\".").arg(m_service.reader());
    case State::CardPresent:
        return tr("A card is on the reader \"%1\". Read it on the Identify by card page (F5).")
            .arg(m_service.reader());
    }
    return {};
}

} // namespace madoguchi
