#include "DataKeyStatusLabel.h"

#include "common/DataKeyStatus.h"

namespace madoguchi {

DataKeyStatusLabel::DataKeyStatusLabel(const DataKeyStatus& status, QWidget* parent)
    : StatusIndicator(QStringLiteral("dataKeyStatus"), parent)
    , m_status(status)
{
    connect(&m_status, &DataKeyStatus::changed, this, &DataKeyStatusLabel::refresh);
    refresh();
}

void DataKeyStatusLabel::refresh()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    switch (m_status.state()) {
    case DataKeyStatus::State::Ready:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case DataKeyStatus::State::Loading:
        icon = QStyle::SP_BrowserReload;
        break;
    case DataKeyStatus::State::NotAvailable:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case DataKeyStatus::State::Failed:
        break;
    }
    const bool problem = m_status.state() == DataKeyStatus::State::Failed;
    display(icon, m_status.summary(), m_status.details(), problem);
}

} // namespace madoguchi
