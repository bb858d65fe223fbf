#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace madoguchi {

class CardReaderStatus;
class InlineError;

// Lets the clerk pick this counter's reader among those the card service lists, and stores the
// choice (card/readerName). Shown only while no reader is chosen or the chosen one is missing;
// listing readers connects to none of them (no probing).
class ReaderChooser : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderChooser(CardReaderStatus& status, QWidget* parent = nullptr);

    QComboBox* readerList() const { return m_readers; }
    QPushButton* useButton() const { return m_use; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    void useSelected();

    CardReaderStatus& m_status;
    QLabel* m_label = nullptr;
    QComboBox* m_readers = nullptr;
    QPushButton* m_use = nullptr;
    QLabel* m_note = nullptr;
    InlineError* m_error = nullptr;
};

} // namespace madoguchi
