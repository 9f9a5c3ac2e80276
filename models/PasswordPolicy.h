#pragma once

#include <QList>
#include <QString>

namespace citoyens {

// The platform's password rules, as the web platform lists them. The client shows them as a live
// checklist; the server enforces them with this same code.
class PasswordPolicy
{
public:
    enum class Rule {
        MinLength, // "Longueur minimale de 12 caractères"
        DigitAndLetter, // "Contient à minima 1 chiffre et 1 lettre"
        UpperAndLower, // "Contient à minima 1 majuscule et 1 minuscule"
        Special, // "Contient à minima 1 caractère spécial"
    };

    static constexpr int MinLength = 12;
    // Long passphrases are welcome; the bound only keeps a request (and Argon2's input) sane.
    static constexpr int MaxLength = 1024;

    static QList<Rule> rules();
    static bool satisfies(const QString& password, Rule rule);
    // Every rule the password breaks, in the order of rules(); empty means acceptable.
    static QList<Rule> failures(const QString& password);
    static bool isAcceptable(const QString& password) { return failures(password).isEmpty(); }
    static bool isTooLong(const QString& password) { return password.size() > MaxLength; }
    // Stable machine word for a rule ("min_length", "digit_and_letter", ...).
    static QString code(Rule rule);
};

} // namespace citoyens
