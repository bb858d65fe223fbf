#include "NameView.h"

#include "LineFitter.h"
#include "NameViewAccessible.h"

#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QToolButton>

namespace madoguchi {

namespace {

// A stand-in for the height of an empty view, so that a form does not jump when a name arrives.
const QString kHeightSample = QStringLiteral("国");

} // namespace

NameView::NameView(std::shared_ptr<FontCatalog> fonts, QWidget* parent)
    : QWidget(parent)
    , m_fonts(std::move(fonts))
    , m_renderer(m_fonts)
    , m_marker(new QToolButton(this))
    , m_copy(new QAction(this))
{
    NameViewAccessible::install();
    setObjectName(QStringLiteral("nameView"));
    // Reachable with Tab so that keyboard users can copy the name.
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_marker->setObjectName(QStringLiteral("variantWarning"));
    m_marker->setAutoRaise(true);
    m_marker->setFocusPolicy(Qt::TabFocus);
    m_marker->hide();
    connect(m_marker, &QToolButton::clicked, this, [this] { Q_EMIT warningActivated(m_unregistered); });

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &NameView::copy);
    addAction(m_copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    retranslate();
    check();
}

NameView::~NameView() = default;

void NameView::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    check();
    Q_EMIT textChanged(m_text);
}

void NameView::setRole(FontRole role)
{
    if (role == m_role)
        return;
    m_role = role;
    check();
}

void NameView::setAlignment(Qt::Alignment alignment)
{
    m_alignment = alignment;
    update();
}

qreal NameView::pixelSize() const
{
    // A style sheet's font reaches font() only once the widget is polished.
    ensurePolished();
    return LineFitter::pixelSizeFor(font(), logicalDpiY());
}

QString NameView::warningText() const
{
    if (m_unregistered.isEmpty())
        return {};
    QStringList items;
    for (const VariationSequence& sequence : m_unregistered)
        items.append(QString::fromUcs4(&sequence.base, 1) + u' ' + sequence.codePoints());
    return tr("%n character(s) will print in the base form, because the font has no such variant: %1",
              nullptr, static_cast<int>(m_unregistered.size()))
        .arg(items.join(QStringLiteral("; ")));
}

void NameView::check()
{
    m_unregistered.clear();
    m_checkError.clear();
    if (!m_text.isEmpty()) {
        auto checker = VariantChecker::forRole(*m_fonts, m_role);
        if (checker)
            m_unregistered = checker.value().report(m_text).unregistered();
        else
            m_checkError = checker.error().toString();
    }
    m_error = m_checkError;
    const bool warn = !m_unregistered.isEmpty();
    m_marker->setToolTip(warningText());
    m_marker->setAccessibleDescription(warningText());
    m_marker->setVisible(warn);
    placeMarker();
    invalidate();
    updateGeometry();
    updateAccessibility();
    if (warn)
        Q_EMIT unregisteredVariantsFound(m_unregistered);
}

void NameView::invalidate()
{
    m_dirty = true;
    update();
}

QRect NameView::lineArea() const
{
    QRect area = contentsRect();
    if (m_marker->isVisibleTo(this))
        area.setRight(m_marker->geometry().left() - 2);
    return area;
}

QColor NameView::textColor() const
{
    return palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole());
}

void NameView::ensureRendered()
{
    const qreal dpr = devicePixelRatioF();
    const QColor color = textColor();
    const int width = lineArea().width();
    if (!m_dirty && dpr == m_cachedDpr && color == m_cachedColor && width == m_cachedWidth)
        return;
    m_dirty = false;
    m_cachedDpr = dpr;
    m_cachedColor = color;
    m_cachedWidth = width;
    m_image = {};
    m_elided = false;
    m_error = m_checkError;
    if (m_text.isEmpty() || !m_error.isEmpty())
        return;
    TextImageOptions options;
    options.color = color;
    options.devicePixelRatio = dpr;
    auto fitted = LineFitter(m_renderer).fit(m_text, m_role, pixelSize(), width, options);
    if (!fitted) {
        m_error = fitted.error().toString();
        return;
    }
    m_image = fitted.value().image;
    m_drawnPixelSize = fitted.value().pixelSize;
    m_elided = fitted.value().elided;
}

void NameView::paintEvent(QPaintEvent*)
{
    const QString previousError = m_error;
    ensureRendered();
    if (m_error != previousError)
        updateAccessibility();
    QPainter painter(this);
    const QRect area = lineArea();
    if (!m_error.isEmpty()) {
        // An error message, not a name: Qt's text drawing is fine here.
        painter.setPen(QColor(0xb0, 0x00, 0x20));
        painter.drawText(area, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                         tr("Cannot show the name: %1").arg(m_error));
    } else if (!m_image.image.isNull()) {
        const QSizeF size = m_image.logicalSize;
        qreal x = area.left();
        if (m_alignment & Qt::AlignRight)
            x = area.right() + 1 - size.width();
        else if (m_alignment & Qt::AlignHCenter)
            x = area.left() + (area.width() - size.width()) / 2;
        qreal y = area.top() + (area.height() - size.height()) / 2;
        if (m_alignment & Qt::AlignTop)
            y = area.top();
        else if (m_alignment & Qt::AlignBottom)
            y = area.bottom() + 1 - size.height();
        m_lineRect = QRectF(QPointF(std::round(x), std::round(y)), size);
        painter.drawImage(m_lineRect.topLeft(), m_image.image);
    }
    if (m_image.image.isNull())
        m_lineRect = {};
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

void NameView::placeMarker()
{
    const int side = std::max(16, fontMetrics().height());
    m_marker->setIconSize(QSize(side - 4, side - 4));
    const QRect area = contentsRect();
    m_marker->setGeometry(area.right() + 1 - side, area.top() + (area.height() - side) / 2, side, side);
}

void NameView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeMarker();
    invalidate();
}

void NameView::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        placeMarker();
        updateGeometry();
        invalidate();
        break;
    case QEvent::PaletteChange:
    case QEvent::EnabledChange:
        invalidate();
        break;
    case QEvent::LanguageChange:
        retranslate();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void NameView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void NameView::copy() const
{
    QGuiApplication::clipboard()->setText(m_text);
}

QSize NameView::sizeHint() const
{
    const QMargins margins = contentsMargins();
    const int markerWidth = m_marker->isVisibleTo(this) ? m_marker->width() + 2 : 0;
    auto measured = m_renderer.measureLine(m_text.isEmpty() ? kHeightSample : m_text, m_role, pixelSize());
    if (!measured)
        return QSize(fontMetrics().averageCharWidth() * 20, fontMetrics().height() * 2);
    const QSizeF size = measured.value().logicalSize;
    const int width = m_text.isEmpty() ? 0 : static_cast<int>(std::ceil(size.width()));
    const int height = std::max(static_cast<int>(std::ceil(size.height())), m_marker->height());
    return QSize(width + markerWidth + margins.left() + margins.right() + 4,
                 height + margins.top() + margins.bottom() + 4);
}

QSize NameView::minimumSizeHint() const
{
    // Layouts may shrink the line down to LineFitter's smallest size; below that it is cut.
    const QSize hint = sizeHint();
    const int markerWidth = m_marker->isVisibleTo(this) ? m_marker->width() + 2 : 0;
    return QSize(static_cast<int>((hint.width() - markerWidth) * LineFitter::minimumScale) + markerWidth,
                 hint.height());
}

void NameView::updateAccessibility()
{
    setAccessibleName(m_text);
    setAccessibleDescription(!m_error.isEmpty() ? m_error : warningText());
    if (QAccessible::isActive()) {
        QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&nameChanged);
        QAccessibleEvent descriptionChanged(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&descriptionChanged);
    }
}

void NameView::retranslate()
{
    m_copy->setText(tr("&Copy"));
    m_marker->setText(tr("Variant warning"));
    m_marker->setAccessibleName(tr("Variant warning"));
    m_marker->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
    m_marker->setToolTip(warningText());
    m_marker->setAccessibleDescription(warningText());
}

} // namespace madoguchi
