#include "counter/ui/BilingualTranslator.h"

#include <QCoreApplication>
#include <QTranslator>

namespace madoguchi::counter {

BilingualTranslator::BilingualTranslator(std::shared_ptr<const QTranslator> japanese)
    : m_japanese(std::move(japanese))
{}

BilingualText BilingualTranslator::text(const char* context, const char* source) const
{
    BilingualText result;
    result.en = QString::fromUtf8(source);
    if (m_japanese)
        result.ja = m_japanese->translate(context, source);
    if (result.ja.isEmpty())
        result.ja = QCoreApplication::translate(context, source);
    return result;
}

} // namespace madoguchi::counter
