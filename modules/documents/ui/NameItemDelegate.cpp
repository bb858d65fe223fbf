#include "NameItemDelegate.h"

#include "LineFitter.h"
#include "NameLineEdit.h"
#include "documents/VariantChecker.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <cmath>

namespace madoguchi {

namespace {

qreal dpiOf(const QWidget* widget)
{
    return widget ? widget->logicalDpiY() : 96.0;
}

int textMargin(const QStyleOptionViewItem& option)
{
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}

} // namespace

NameItemDelegate::NameItemDelegate(std::shared_ptr<FontCatalog> fonts, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_fonts(std::move(fonts))
    , m_renderer(m_fonts)
    , m_cache(cacheBytes)
{}

NameItemDelegate::~NameItemDelegate() = default;

void NameItemDelegate::setRole(FontRole role)
{
    m_role = role;
    m_cache.clear();
}

bool NameItemDelegate::hasUnregistered(const QString& text) const
{
    auto checker = VariantChecker::forRole(*m_fonts, m_role);
    return checker && checker.value().report(text).hasUnregistered();
}

const NameItemDelegate::CachedLine* NameItemDelegate::line(const QString& text, qreal pixelSize,
                                                           qreal maxWidth, const QColor& color,
                                                           qreal dpr) const
{
    const QString key = text + QChar(0x1f) + QString::number(pixelSize) + u'/' + QString::number(maxWidth) +
                        u'/' + QString::number(color.rgba(), 16) + u'/' + QString::number(dpr);
    if (const CachedLine* cached = m_cache.object(key))
        return cached;
    auto* entry = new CachedLine;
    TextImageOptions options;
    options.color = color;
    options.devicePixelRatio = dpr;
    auto fitted = LineFitter(m_renderer).fit(text, m_role, pixelSize, maxWidth, options);
    if (fitted) {
        entry->image = fitted.value().image;
        entry->unregistered = hasUnregistered(text);
    } else {
        entry->error = fitted.error().toString();
    }
    const qsizetype cost = std::max<qsizetype>(1, entry->image.image.sizeInBytes());
    // QCache deletes the entry at once when it costs more than the whole cache: draw it
    // uncached then (a very long line at a huge size), which the caller handles by looking
    // the key up again.
    if (!m_cache.insert(key, entry, cost))
        return nullptr;
    return m_cache.object(key);
}

void NameItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    // The style draws background, selection, focus and icon; the text is ours.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor color = opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
    const int margin = textMargin(opt);
    QRect area = textRect.adjusted(margin, 0, -margin, 0);
    const int iconSide = std::min(area.height(), opt.fontMetrics.height());
    const bool warn = hasUnregistered(text);
    if (warn)
        area.setRight(area.right() - iconSide - 2);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const qreal pixelSize = LineFitter::pixelSizeFor(opt.font, dpiOf(widget));

    painter->save();
    painter->setClipRect(textRect);
    const CachedLine* cached = line(text, pixelSize, area.width(), color, dpr);
    CachedLine uncached;
    if (!cached) {
        TextImageOptions options;
        options.color = color;
        options.devicePixelRatio = dpr;
        auto fitted = LineFitter(m_renderer).fit(text, m_role, pixelSize, area.width(), options);
        if (fitted)
            uncached.image = fitted.value().image;
        else
            uncached.error = fitted.error().toString();
        cached = &uncached;
    }
    if (!cached->error.isEmpty()) {
        painter->setPen(QColor(0xb0, 0x00, 0x20));
        painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft,
                          tr("Cannot show the name: %1").arg(cached->error));
    } else {
        const QSizeF size = cached->image.logicalSize;
        qreal x = area.left();
        if (opt.displayAlignment & Qt::AlignRight)
            x = area.right() + 1 - size.width();
        else if (opt.displayAlignment & Qt::AlignHCenter)
            x = area.left() + (area.width() - size.width()) / 2;
        const qreal y = area.top() + (area.height() - size.height()) / 2;
        painter->drawImage(QPointF(std::round(x), std::round(y)), cached->image.image);
    }
    if (warn) {
        const QIcon icon = style->standardIcon(QStyle::SP_MessageBoxWarning, &opt, widget);
        const QRect iconRect(area.right() + 2, area.top() + (area.height() - iconSide) / 2, iconSide,
                             iconSide);
        icon.paint(painter, iconRect);
    }
    painter->restore();
}

QSize NameItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (opt.text.isEmpty())
        return size;
    auto measured =
        m_renderer.measureLine(opt.text, m_role, LineFitter::pixelSizeFor(opt.font, dpiOf(opt.widget)));
    if (!measured)
        return size;
    const QSizeF engine = measured.value().logicalSize;
    // Replace the width Qt's font would take by the engine's, keep the style's paddings.
    const int qtWidth = opt.fontMetrics.horizontalAdvance(opt.text);
    int width = size.width() - qtWidth + static_cast<int>(std::ceil(engine.width()));
    if (hasUnregistered(opt.text))
        width += opt.fontMetrics.height() + 2;
    size.setWidth(width);
    size.setHeight(std::max(size.height(), static_cast<int>(std::ceil(engine.height())) + 2));
    return size;
}

QWidget* NameItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex&) const
{
    auto* editor = new NameLineEdit(m_fonts, parent);
    editor->setFrame(false);
    return editor;
}

} // namespace madoguchi
