#pragma once

#include "counter/ui/ConfirmationField.h"
#include "counter/ui/SecondScreenWindow.h"

#include <QList>

#include <memory>

class QGridLayout;
class QLabel;

namespace madoguchi {
class FontCatalog;
}

namespace madoguchi::counter {

class BilingualLabel;

// お客様確認画面: the second screen turned to the citizen, showing what the clerk entered so
// that the citizen checks it before signing. A title ("内容をご確認ください" / "Please check the
// details"), then one row per field: the label in Japanese with English under it, the value in
// very large type. Names and addresses go through NameView, so a registered variant
// (葛+U+E0102) shows as it will print.
//
// A field marked hidden (a restricted person's address, 支援措置) is shown as "（表示しません）":
// its value is dropped as the field arrives, so it is in no widget, no accessible text and no
// pixel of this window. When a shown field becomes hidden, its row's widgets are destroyed at
// once.
//
// Live: the host calls setFields() (or updateField()) on every edit; rows whose shape did not
// change are updated in place.
class CitizenConfirmationWindow : public SecondScreenWindow
{
    Q_OBJECT

public:
    explicit CitizenConfirmationWindow(std::shared_ptr<FontCatalog> fonts,
                                       std::shared_ptr<const QTranslator> japanese = {},
                                       QWidget* parent = nullptr);

    void setFields(QList<ConfirmationField> fields);
    // Replaces the field with the same id, or adds it at the end.
    void updateField(ConfirmationField field);
    void clear() { setFields({}); }

    // The fields as held: hidden ones without their value.
    QList<ConfirmationField> fields() const { return m_fields; }
    // The row's value widget (a NameView, a QLabel, or the "not shown" BilingualLabel); null for an unknown
    // id.
    QWidget* valueWidget(const QString& id) const;

protected:
    void retranslate() override;
    void rescale() override;

private:
    struct Row
    {
        BilingualLabel* label = nullptr;
        QWidget* value = nullptr;
        bool isName = false;
        bool hidden = false;
    };

    void rebuildRows();
    void fillRow(Row& row, const ConfirmationField& field);
    bool sameShape(const QList<ConfirmationField>& fields) const;

    std::shared_ptr<FontCatalog> m_fonts; // before the NameViews that draw with it
    QList<ConfirmationField> m_fields;
    QList<Row> m_rows;

    BilingualLabel* m_title = nullptr;
    BilingualLabel* m_hint = nullptr;
    QGridLayout* m_grid = nullptr;
    BilingualLabel* m_empty = nullptr;
};

} // namespace madoguchi::counter
