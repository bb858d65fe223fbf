#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace madoguchi {

class CardService;
class Settings;

// The counter's reader and card as the clerk needs to see them, derived from CardService's
// signals only (nothing here touches the card or polls). Also the one place that applies the
// card settings (card/readerName, card/jpkiCaBundle, card/allowCheckCodeB) to the service and
// stores the clerk's choice of reader.
//
// It may be built before or after CardService::start(): a service that already reported says
// so (isServiceStateKnown), and later changes arrive as signals.
class CardReaderStatus : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Starting,           // the card thread has not reported yet
        NoService,          // pcscd / the Smart Card service (SCardSvr) is not running
        NoReaderConfigured, // card/readerName is empty: the clerk must choose one
        ReaderNotFound,     // the configured reader is not connected
        NoCard,             // reader ready, no card on it
        CardPresent,
    };

    // Applies card/readerName to `service` now and whenever the setting changes. Both must
    // outlive this object.
    CardReaderStatus(CardService& service, Settings& settings, QObject* parent = nullptr);

    State state() const { return m_state; }
    CardService& service() const { return m_service; }
    QString reader() const;
    // The readers the service reports (names only; none of them is connected for this).
    QStringList readers() const;

    // False when an admin policy fixes the reader.
    bool canChooseReader() const;
    // Stores `reader` as this counter's reader and uses it from now on. Errors: settings.locked,
    // settings.invalid, settings.write.
    Status chooseReader(const QString& reader);

    // Short text for the status bar and what to do about it (tooltip, accessible description).
    QString summary() const;
    QString advice() const;
    bool isProblem() const;

Q_SIGNALS:
    void changed();

private:
    void applyReaderSetting();
    void applyCheckSettings();
    void refresh();
    State compute() const;

    CardService& m_service;
    Settings& m_settings;
    bool m_serviceKnown = false;
    bool m_readersKnown = false;
    State m_state = State::Starting;
};

} // namespace madoguchi
