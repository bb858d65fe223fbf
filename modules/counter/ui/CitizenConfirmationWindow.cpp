#include "counter/ui/CitizenConfirmationWindow.h"

#include "counter/ui/BilingualLabel.h"
#include "counter/ui/TextFit.h"
#include "documents/ui/NameView.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace madoguchi::counter {

namespace {

constexpr const char* kContext = "madoguchi::counter::CitizenConfirmationWindow";

// Near-black on white, like the paper the citizen signs next; grey only where the contrast
// stays above 7:1.
const QColor kBackground(0xff, 0xff, 0xff);
const QColor kText(0x11, 0x11, 0x11);
const QColor kLabel(0x3a, 0x3a, 0x3a);

} // namespace

CitizenConfirmationWindow::CitizenConfirmationWindow(std::shared_ptr<FontCatalog> fonts,
                                                     std::shared_ptr<const QTranslator> japanese,
                                                     QWidget* parent)
    : SecondScreenWindow(std::move(japanese), parent)
    , m_fonts(std::move(fonts))
{
    setObjectName(QStringLiteral("citizenConfirmation"));
    setColors(kBackground, kText);

    auto* layout = new QVBoxLayout(this);
    // The type follows the window (rescale()), not the window the type: the layout must not
    // grow the window to fit sizes computed for another one.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_title = new BilingualLabel(this);
    m_title->setObjectName(QStringLiteral("confirmationTitle"));
    m_title->setAlignment(Qt::AlignHCenter);
    m_hint = new BilingualLabel(this);
    m_hint->setObjectName(QStringLiteral("confirmationHint"));
    m_hint->setAlignment(Qt::AlignHCenter);
    setTextColor(m_hint, kLabel);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    layout->addWidget(rule);

    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    m_empty = new BilingualLabel(this);
    m_empty->setObjectName(QStringLiteral("confirmationEmpty"));
    m_empty->setAlignment(Qt::AlignHCenter);
    setTextColor(m_empty, kLabel);
    layout->addWidget(m_empty);
    layout->addStretch();

    retranslate();
}

QWidget* CitizenConfirmationWindow::valueWidget(const QString& id) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields.at(i).id == id)
            return m_rows.at(i).value;
    return nullptr;
}

void CitizenConfirmationWindow::setFields(QList<ConfirmationField> fields)
{
    // The restricted address is dropped here, before anything else sees it.
    for (ConfirmationField& field : fields)
        if (field.hidden)
            field.value = QString();
    const bool reuse = sameShape(fields);
    m_fields = std::move(fields);
    if (reuse) {
        for (int i = 0; i < m_fields.size(); ++i)
            fillRow(m_rows[i], m_fields.at(i));
    } else {
        rebuildRows();
    }
    m_empty->setVisible(m_fields.isEmpty());
    rescale();
}

void CitizenConfirmationWindow::updateField(ConfirmationField field)
{
    if (field.hidden)
        field.value = QString();
    QList<ConfirmationField> fields = m_fields;
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [&field](const ConfirmationField& f) { return f.id == field.id; });
    if (it != fields.end())
        *it = std::move(field);
    else
        fields.append(std::move(field));
    setFields(std::move(fields));
}

bool CitizenConfirmationWindow::sameShape(const QList<ConfirmationField>& fields) const
{
    if (fields.size() != m_rows.size())
        return false;
    for (int i = 0; i < fields.size(); ++i) {
        const ConfirmationField& field = fields.at(i);
        const Row& row = m_rows.at(i);
        if (field.id != m_fields.at(i).id || field.isName != row.isName || field.hidden != row.hidden)
            return false;
    }
    return true;
}

void CitizenConfirmationWindow::rebuildRows()
{
    // Deleted now, not later: a row that turned hidden must not leave its text behind.
    for (const Row& row : std::as_const(m_rows)) {
        delete row.label;
        delete row.value;
    }
    m_rows.clear();
    for (int i = 0; i < m_fields.size(); ++i) {
        const ConfirmationField& field = m_fields.at(i);
        Row row;
        row.isName = field.isName;
        row.hidden = field.hidden;
        row.label = new BilingualLabel(this);
        row.label->setObjectName(QStringLiteral("confirmationLabel"));
        setTextColor(row.label, kLabel);
        if (field.hidden) {
            auto* notShown = new BilingualLabel(this);
            setTextColor(notShown, kLabel);
            row.value = notShown;
        } else if (field.isName) {
            auto* name = new NameView(m_fonts, this);
            name->setRole(FontRole::Name);
            // Nothing on this screen takes the keyboard: it faces the citizen.
            name->setFocusPolicy(Qt::NoFocus);
            row.value = name;
        } else {
            auto* plain = new QLabel(this);
            plain->setTextFormat(Qt::PlainText);
            plain->setWordWrap(true);
            row.value = plain;
        }
        row.value->setObjectName(QStringLiteral("confirmationValue"));
        m_grid->addWidget(row.label, i, 0, Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(row.value, i, 1, Qt::AlignVCenter);
        fillRow(row, field);
        m_rows.append(row);
    }
}

void CitizenConfirmationWindow::fillRow(Row& row, const ConfirmationField& field)
{
    row.label->setText(field.label);
    if (row.hidden) {
        static_cast<BilingualLabel*>(row.value)->setText(phrase(
            kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CitizenConfirmationWindow", "(not shown)")));
    } else if (row.isName) {
        static_cast<NameView*>(row.value)->setText(field.value);
    } else {
        auto* plain = static_cast<QLabel*>(row.value);
        plain->setText(field.value);
        plain->setAccessibleName(field.value);
    }
    // The label says what the value is to a screen reader that reads the value alone.
    row.value->setAccessibleDescription(field.label.joined());
}

void CitizenConfirmationWindow::retranslate()
{
    const BilingualText title =
        phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CitizenConfirmationWindow",
                                           "Please check the details"));
    setWindowTitle(title.joined());
    setAccessibleName(title.joined());
    m_title->setText(title);
    m_hint->setText(
        phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CitizenConfirmationWindow",
                                           "If anything is wrong, please tell the staff member")));
    m_empty->setText(phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CitizenConfirmationWindow",
                                                        "Nothing has been entered yet")));
    m_empty->setVisible(m_fields.isEmpty());
    for (int i = 0; i < m_rows.size(); ++i)
        fillRow(m_rows[i], m_fields.at(i));
    rescale();
}

void CitizenConfirmationWindow::rescale()
{
    const int h = windowSize().height();
    const int margin = applyMargins();
    const int usable = windowSize().width() - 2 * margin;
    m_title->setPixelSize(h * 6 / 100, 0.5, true, usable);
    m_hint->setPixelSize(h * 3 / 100, 0.6, false, usable);
    m_empty->setPixelSize(h * 4 / 100, 0.6, false, usable);

    // The rows share about seven tenths of the height; large while there are few of them.
    const int rows = std::max<int>(1, int(m_rows.size()));
    const int perRow = (h * 7 / 10) / rows;
    const int valuePixels = std::max(14, std::min(h * 65 / 1000, perRow * 10 / 18));
    const int labelWidth = usable / 4;
    const int valueWidth = usable - labelWidth - m_grid->horizontalSpacing();
    m_grid->setVerticalSpacing(std::max(4, valuePixels / 4));
    for (Row& row : m_rows) {
        row.label->setPixelSize(valuePixels * 7 / 10, 0.55, false, labelWidth);
        row.label->setMinimumWidth(labelWidth);
        if (row.hidden) {
            static_cast<BilingualLabel*>(row.value)->setPixelSize(valuePixels * 8 / 10, 0.55, false,
                                                                  valueWidth);
        } else if (row.isName) {
            // NameView shrinks and cuts a line that is too wide by itself (LineFitter).
            setPixelSize(row.value, valuePixels);
        } else {
            setPixelSize(row.value, valuePixels);
            const QLabel* plain = static_cast<QLabel*>(row.value);
            setPixelSize(row.value, fittingPixelSize(plain->font(), plain->text(), valuePixels, valueWidth));
        }
    }
}

} // namespace madoguchi::counter
