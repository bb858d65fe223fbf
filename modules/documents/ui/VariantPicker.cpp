#include "VariantPicker.h"

#include "documents/VariantChecker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

namespace madoguchi {

namespace {

constexpr int kGlyphPixels = 48;

} // namespace

VariantPicker::VariantPicker(std::shared_ptr<FontCatalog> fonts, QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_fonts(std::move(fonts))
    , m_renderer(m_fonts)
    , m_heading(new QLabel(this))
    , m_grid(new QListWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("variantPicker"));
    setFrameShape(QFrame::StyledPanel);
    m_grid->setObjectName(QStringLiteral("variantGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setFlow(QListView::LeftToRight);
    m_grid->setWrapping(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setIconSize(QSize(kGlyphPixels, kGlyphPixels));
    m_grid->setGridSize(QSize(kGlyphPixels + 48, kGlyphPixels + 28));
    m_grid->setUniformItemSizes(true);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_message->setObjectName(QStringLiteral("variantPickerMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_grid, &QListWidget::itemActivated, this, &VariantPicker::choose);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_grid);
    layout->addWidget(m_message);
    setFocusProxy(m_grid);
    m_heading->setBuddy(m_grid);
    resize(5 * (kGlyphPixels + 48) + 30, 2 * (kGlyphPixels + 28) + 80);
}

QString VariantPicker::codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString VariantPicker::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void VariantPicker::addCell(const QString& sequence, std::uint32_t glyph, const QString& caption,
                            bool current)
{
    auto* item = new QListWidgetItem(caption, m_grid);
    item->setData(Qt::UserRole, sequence);
    const QString base = QString::fromUcs4(&m_base, 1);
    const QString name = base + u' ' + caption;
    item->setData(Qt::AccessibleTextRole, name);
    item->setToolTip(name);
    TextImageOptions options;
    options.background = Qt::white; // glyphs stay legible on a dark selection colour
    options.devicePixelRatio = devicePixelRatioF();
    auto image = m_renderer.renderGlyph(FontRole::Name, glyph, kGlyphPixels * 0.9, options);
    if (image)
        item->setIcon(QIcon(QPixmap::fromImage(image.value().image)));
    if (current)
        m_grid->setCurrentItem(item);
}

int VariantPicker::setBase(char32_t base, char32_t current)
{
    m_base = base;
    m_variantCount = 0;
    m_grid->clear();
    m_message->clear();
    m_message->hide();
    const QString baseText = QString::fromUcs4(&base, 1);
    m_heading->setText(tr("Variants of %1 (%2):").arg(baseText, codePoint(base)));
    m_grid->setAccessibleName(tr("Variants of %1 %2").arg(baseText, codePoint(base)));

    auto checker = VariantChecker::forRole(*m_fonts, FontRole::Name);
    if (!checker) {
        m_message->setText(checker.error().toString());
        m_message->setAccessibleName(m_message->text());
        m_message->show();
        return 0;
    }
    const FontFace& font = checker.value().font();
    const auto plain = font.glyph(base);
    if (!plain) {
        m_message->setText(
            tr("The font %1 has no glyph for %2 (%3).").arg(font.family(), baseText, codePoint(base)));
        m_message->setAccessibleName(m_message->text());
        m_message->show();
        return 0;
    }
    addCell(baseText, *plain, codePoint(base), current == 0);
    const QList<RegisteredVariant> variants = checker.value().registeredVariants(base);
    for (const RegisteredVariant& variant : variants)
        addCell(variant.text, variant.glyph, codePoint(variant.selector), variant.selector == current);
    m_variantCount = static_cast<int>(variants.size());
    if (variants.isEmpty()) {
        m_message->setText(tr("The font %1 registers no variants of %2 (%3).")
                               .arg(font.family(), baseText, codePoint(base)));
        m_message->setAccessibleName(m_message->text());
        m_message->show();
    }
    if (!m_grid->currentItem() && m_grid->count() > 0)
        m_grid->setCurrentRow(0);
    return m_variantCount;
}

void VariantPicker::popup(const QPoint& globalPos)
{
    m_chosen = false;
    move(globalPos);
    show();
    raise();
    activateWindow();
    m_grid->setFocus();
}

void VariantPicker::choose(QListWidgetItem* item)
{
    if (!item)
        return;
    m_chosen = true;
    const QString sequence = item->data(Qt::UserRole).toString();
    hide();
    Q_EMIT variantChosen(sequence);
}

void VariantPicker::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        event->accept();
        return;
    }
    // The grid emits itemActivated on Enter and still passes the key on to us: choose only when
    // that has not happened already (it hides the picker), or else the edit would be done twice.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && isVisible() &&
        m_grid->currentItem()) {
        choose(m_grid->currentItem());
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void VariantPicker::hideEvent(QHideEvent* event)
{
    QFrame::hideEvent(event);
    if (!m_chosen)
        Q_EMIT cancelled();
    m_chosen = true; // one cancelled() per popup
}

} // namespace madoguchi
