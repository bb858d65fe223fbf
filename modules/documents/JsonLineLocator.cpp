#include "documents/JsonLineLocator.h"

namespace madoguchi {

namespace {
constexpr int maxDepth = 64;
}

JsonLineLocator::JsonLineLocator(const QByteArray& json)
    : m_json(json)
{
    readValue(QString(), 0);
}

int JsonLineLocator::lineAtOffset(int offset) const
{
    int line = 1;
    for (int i = 0; i < offset && i < m_json.size(); ++i) {
        if (m_json.at(i) == '\n')
            ++line;
    }
    return line;
}

int JsonLineLocator::lineOf(const QString& path) const
{
    QString current = path;
    while (true) {
        const auto found = m_lines.constFind(current);
        if (found != m_lines.constEnd())
            return found.value();
        if (current.isEmpty())
            return 1;
        const int cut = int(std::max(current.lastIndexOf(u'.'), current.lastIndexOf(u'[')));
        current = cut > 0 ? current.left(cut) : QString();
    }
}

void JsonLineLocator::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonLineLocator::readString(QString* out)
{
    if (m_pos >= m_json.size() || m_json.at(m_pos) != '"')
        return false;
    const int start = ++m_pos;
    while (m_pos < m_json.size() && m_json.at(m_pos) != '"') {
        if (m_json.at(m_pos) == '\\')
            ++m_pos;
        else if (m_json.at(m_pos) == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_json.size())
        return false;
    if (out) // keys of templates are plain ASCII: escapes are kept as written
        *out = QString::fromUtf8(m_json.constData() + start, m_pos - start);
    ++m_pos;
    return true;
}

void JsonLineLocator::readValue(const QString& path, int depth)
{
    skipSpace();
    if (m_pos >= m_json.size() || depth > maxDepth)
        return;
    m_lines.insert(path, m_line);
    const char c = m_json.at(m_pos);
    if (c == '{') {
        ++m_pos;
        while (true) {
            skipSpace();
            if (m_pos >= m_json.size())
                return;
            if (m_json.at(m_pos) == '}') {
                ++m_pos;
                return;
            }
            if (m_json.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            QString key;
            if (!readString(&key))
                return;
            skipSpace();
            if (m_pos >= m_json.size() || m_json.at(m_pos) != ':')
                return;
            ++m_pos;
            const int before = m_pos;
            readValue(path.isEmpty() ? key : path + u'.' + key, depth + 1);
            if (m_pos == before)
                return;
        }
    } else if (c == '[') {
        ++m_pos;
        int index = 0;
        while (true) {
            skipSpace();
            if (m_pos >= m_json.size())
                return;
            if (m_json.at(m_pos) == ']') {
                ++m_pos;
                return;
            }
            if (m_json.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            const int before = m_pos;
            readValue(path + u'[' + QString::number(index++) + u']', depth + 1);
            if (m_pos == before)
                return;
        }
    } else if (c == '"') {
        if (!readString(nullptr))
            m_pos = int(m_json.size());
    } else {
        // number, true, false, null (or garbage): up to the next delimiter
        const auto delimiter = [](char d) {
            return d == ',' || d == ']' || d == '}' || d == ' ' || d == '\t' || d == '\r' || d == '\n';
        };
        while (m_pos < m_json.size() && !delimiter(m_json.at(m_pos)))
            ++m_pos;
    }
}

} // namespace madoguchi
