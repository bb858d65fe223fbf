#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::counter {

// Who asks for a certificate or a procedure (請求の種別): the person themself (本人等請求),
// an agent with a power of attorney (代理人), a third party with a legitimate interest
// (第三者請求), or a public body (公用請求). It decides what the support-measure guard allows.
enum class RequestKind { Self, Agent, ThirdParty, Official };

// Stable ASCII names (stored in the database and sent to the core) and translated titles.
class RequestKinds
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::RequestKinds)

public:
    static QList<RequestKind> all();
    // "self", "agent", "thirdParty", "official".
    static QString name(RequestKind kind);
    static std::optional<RequestKind> fromName(const QString& name);
    // As staff read it: "Self (本人)" in English, "本人" in Japanese.
    static QString title(RequestKind kind);
    // Whether someone other than the person concerned is asking: then who asks must be recorded.
    static bool needsRequester(RequestKind kind)
    {
        return kind == RequestKind::Agent || kind == RequestKind::ThirdParty;
    }
};

} // namespace madoguchi::counter
