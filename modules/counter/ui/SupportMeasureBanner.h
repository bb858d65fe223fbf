#pragma once

#include <QFrame>

class QLabel;

namespace madoguchi::counter {

// The strip across the counter page while the person of the visit is under a support measure
// (支援措置: DV, stalking, child abuse victims): "Support measure — do not disclose the address".
// White on dark red with a warning icon and the words, never colour alone; announced to screen
// readers when it appears. Hidden otherwise.
class SupportMeasureBanner : public QFrame
{
    Q_OBJECT

public:
    explicit SupportMeasureBanner(QWidget* parent = nullptr);

    void setRestricted(bool restricted);
    bool isRestricted() const { return m_restricted; }
    QString title() const;
    QString details() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    bool m_restricted = false;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace madoguchi::counter
