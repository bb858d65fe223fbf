#include "VariantComparisonView.h"

#include "VariantPicker.h"
#include "documents/VariantChecker.h"

#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace madoguchi {

VariantComparisonView::VariantComparisonView(std::shared_ptr<FontCatalog> fonts, QWidget* parent)
    : QWidget(parent)
    , m_fonts(std::move(fonts))
    , m_renderer(m_fonts)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("variantComparison"));
    m_grid->setHorizontalSpacing(16);
}

QString VariantComparisonView::describe(const VariationSequence& sequence)
{
    if (sequence.base == 0)
        return tr("a variation selector without a base character (%1)")
            .arg(VariantPicker::codePoint(sequence.selector));
    return QString::fromUcs4(&sequence.base, 1) + u' ' + VariantPicker::codePoint(sequence.base) +
           QStringLiteral(" + ") + VariantPicker::codePoint(sequence.selector);
}

QWidget* VariantComparisonView::glyphCell(QWidget* parent, std::uint32_t glyph, const QString& accessibleName,
                                          const QString& caption) const
{
    auto* cell = new QWidget(parent);
    cell->setAccessibleName(accessibleName);
    cell->setToolTip(accessibleName);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* picture = new QLabel(cell);
    picture->setObjectName(QStringLiteral("glyph"));
    picture->setAccessibleName(accessibleName);
    TextImageOptions options;
    options.background = Qt::white;
    options.devicePixelRatio = devicePixelRatioF();
    // The glyph comes from the engine as an image; only the caption (code points) is Qt text.
    auto image = m_renderer.renderGlyph(FontRole::Name, glyph, glyphPixels, options);
    if (image)
        picture->setPixmap(QPixmap::fromImage(image.value().image));
    else
        picture->setText(image.error().toString());
    layout->addWidget(picture, 0, Qt::AlignHCenter);
    auto* text = new QLabel(caption, cell);
    text->setAlignment(Qt::AlignHCenter);
    layout->addWidget(text);
    return cell;
}

void VariantComparisonView::clear()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        if (QWidget* widget = item->widget())
            widget->deleteLater();
        delete item;
    }
}

void VariantComparisonView::setSequences(const QList<VariationSequence>& sequences)
{
    clear();
    m_sequences = sequences;
    const QStringList headings = {tr("Requested"), tr("Will print"),
                                  tr("Registered variants of this character")};
    for (int column = 0; column < headings.size(); ++column) {
        auto* heading =
            new QLabel(QStringLiteral("<b>%1</b>").arg(headings.at(column).toHtmlEscaped()), this);
        m_grid->addWidget(heading, 0, column);
    }
    auto checker = VariantChecker::forRole(*m_fonts, FontRole::Name);
    int row = 1;
    for (const VariationSequence& sequence : sequences) {
        auto* requested = new QLabel(describe(sequence), this);
        requested->setObjectName(QStringLiteral("requested%1").arg(row));
        requested->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        requested->setAccessibleName(tr("Requested: %1").arg(describe(sequence)));
        m_grid->addWidget(requested, row, 0, Qt::AlignTop);

        if (sequence.base != 0 && sequence.baseGlyph != 0) {
            const QString base = QString::fromUcs4(&sequence.base, 1);
            QWidget* printed = glyphCell(
                this, sequence.baseGlyph,
                tr("Will print as the base form of %1 %2").arg(base, VariantPicker::codePoint(sequence.base)),
                tr("base form"));
            printed->setObjectName(QStringLiteral("printed%1").arg(row));
            m_grid->addWidget(printed, row, 1, Qt::AlignTop);
        } else {
            m_grid->addWidget(new QLabel(tr("nothing (the font has no such character)"), this), row, 1,
                              Qt::AlignTop);
        }

        auto* variants = new QWidget(this);
        variants->setObjectName(QStringLiteral("registered%1").arg(row));
        auto* variantsLayout = new QGridLayout(variants);
        variantsLayout->setContentsMargins(0, 0, 0, 0);
        const QList<RegisteredVariant> registered = checker && sequence.base != 0
                                                        ? checker.value().registeredVariants(sequence.base)
                                                        : QList<RegisteredVariant>();
        for (int i = 0; i < registered.size(); ++i) {
            const RegisteredVariant& variant = registered.at(i);
            const QString caption = VariantPicker::codePoint(variant.selector);
            variantsLayout->addWidget(glyphCell(variants, variant.glyph,
                                                QString::fromUcs4(&sequence.base, 1) + u' ' + caption,
                                                caption),
                                      i / variantsPerRow, i % variantsPerRow);
        }
        if (registered.isEmpty())
            variantsLayout->addWidget(new QLabel(tr("none"), variants), 0, 0);
        m_grid->addWidget(variants, row, 2, Qt::AlignTop);
        ++row;
    }
}

} // namespace madoguchi
