#include "card/CardStatusWidget.h"

#include "card/CardReaderStatus.h"

#include <QStyle>

namespace madoguchi {

namespace {

QStyle::StandardPixmap iconFor(CardReaderStatus::State state)
{
    using State = CardReaderStatus::State;
    switch (state) {
    case State::Starting:
        return QStyle::SP_BrowserReload;
    case State::NoService:
        return QStyle::SP_MessageBoxCritical;
    case State::NoReaderConfigured:
    case State::ReaderNotFound:
        return QStyle::SP_MessageBoxWarning;
    case State::NoCard:
        return QStyle::SP_DriveHDIcon;
    case State::CardPresent:
        return QStyle::SP_DialogApplyButton;
    }
    return QStyle::SP_MessageBoxWarning;
}

} // namespace

CardStatusWidget::CardStatusWidget(const CardReaderStatus& status, QWidget* parent)
    : StatusIndicator(QStringLiteral("cardStatus"), parent)
    , m_status(status)
{
    connect(&m_status, &CardReaderStatus::changed, this, &CardStatusWidget::refresh);
    refresh();
}

void CardStatusWidget::refresh()
{
    display(iconFor(m_status.state()), m_status.summary(), m_status.advice(), m_status.isProblem());
}

} // namespace madoguchi
