#include "PasswordPolicy.h"

#include "FieldCodes.h"

#include <QStringView>

namespace citoyens {

namespace {

// Iterate code points, not UTF-16 units, so that a letter outside the BMP counts once
// and is classified correctly.
template<typename Pred> bool anyCodePoint(const QString& s, Pred pred)
{
    for (char32_t ucs4 : QStringView(s).toUcs4()) {
        if (pred(ucs4))
            return true;
    }
    return false;
}

qsizetype codePointCount(const QString& s)
{
    return QStringView(s).toUcs4().size();
}

bool isSpecial(char32_t c)
{
    // Anything printable that is neither a letter nor a digit: punctuation, symbols,
    // and spaces inside a passphrase.
    return !QChar::isLetterOrNumber(c) && QChar::isPrint(c);
}

} // namespace

QList<PasswordPolicy::Rule> PasswordPolicy::rules()
{
    return { Rule::MinLength, Rule::DigitAndLetter, Rule::UpperAndLower, Rule::Special };
}

bool PasswordPolicy::satisfies(const QString& password, Rule rule)
{
    switch (rule) {
    case Rule::MinLength:
        return codePointCount(password) >= MinLength;
    case Rule::DigitAndLetter:
        return anyCodePoint(password, [](char32_t c) { return QChar::isDigit(c); })
            && anyCodePoint(password, [](char32_t c) { return QChar::isLetter(c); });
    case Rule::UpperAndLower:
        return anyCodePoint(password, [](char32_t c) { return QChar::isUpper(c); })
            && anyCodePoint(password, [](char32_t c) { return QChar::isLower(c); });
    case Rule::Special:
        return anyCodePoint(password, isSpecial);
    }
    return false;
}

QList<PasswordPolicy::Rule> PasswordPolicy::failures(const QString& password)
{
    QList<Rule> failed;
    for (Rule rule : rules()) {
        if (!satisfies(password, rule))
            failed.append(rule);
    }
    return failed;
}

QString PasswordPolicy::code(Rule rule)
{
    switch (rule) {
    case Rule::MinLength:
        return FieldCode::MinLength;
    case Rule::DigitAndLetter:
        return FieldCode::DigitAndLetter;
    case Rule::UpperAndLower:
        return FieldCode::UpperAndLower;
    case Rule::Special:
        return FieldCode::SpecialCharacter;
    }
    return {};
}

} // namespace citoyens
