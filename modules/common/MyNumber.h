#pragma once

#include <QString>
#include <QStringView>

namespace madoguchi {

// The Individual Number (マイナンバー, 12 digits, the last a check digit). It is 特定個人情報:
// these helpers exist so that code can recognise one and keep it out of logs, the audit log
// and the screen.
namespace MyNumber {

// The check digit for the first 11 digits (ASCII), or -1 if `first11` is not 11 ASCII digits.
// check = 11 - (sum of Pn*Qn mod 11), 0 when the remainder is 0 or 1; Pn counted from the
// right, weights Qn = 2,3,4,5,6,7,2,3,4,5,6.
int checkDigit(QStringView first11);

// True for 12 ASCII digits whose last digit is the check digit of the first 11.
bool isValid(QStringView number);

// Every run of exactly 12 digits (ASCII or full-width, optionally grouped 4-4-4 by a space or
// hyphen) replaced with "[MyNumber]", except inside a canonical UUID (8-4-4-4-12 hex digits).
// Used on every log line and on audit text as a last line of defence; it does not check the
// digit, because a mistyped number is still personal data.
QString redact(const QString& text);

// True when `text` contains anything redact() would replace.
bool containsCandidate(const QString& text);

// For the screen: all digits hidden but the last four, "●●●● ●●●● 9018".
QString masked(QStringView number);

} // namespace MyNumber
} // namespace madoguchi
