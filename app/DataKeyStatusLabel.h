#pragma once

#include "StatusIndicator.h"

namespace madoguchi {

class DataKeyStatus;

// The status bar's encryption-key indicator. Follows `status` as it changes and retranslates
// itself; the tooltip carries what is wrong and what to do.
class DataKeyStatusLabel : public StatusIndicator
{
    Q_OBJECT

public:
    explicit DataKeyStatusLabel(const DataKeyStatus& status, QWidget* parent = nullptr);

protected:
    void refresh() override;

private:
    const DataKeyStatus& m_status;
};

} // namespace madoguchi
