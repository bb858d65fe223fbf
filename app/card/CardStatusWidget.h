#pragma once

#include "StatusIndicator.h"

namespace madoguchi {

class CardReaderStatus;

// The status bar's reader/card indicator, the tooltip and accessible description saying what
// to do. Follows CardReaderStatus, which follows CardService's signals: nothing here polls
// the reader.
class CardStatusWidget : public StatusIndicator
{
    Q_OBJECT

public:
    explicit CardStatusWidget(const CardReaderStatus& status, QWidget* parent = nullptr);

protected:
    void refresh() override;

private:
    const CardReaderStatus& m_status;
};

} // namespace madoguchi
