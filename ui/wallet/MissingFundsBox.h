#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace citoyens {

class AccountScope;
class TopUpOperation;

// Under a purchase or a booking whose total the balance does not cover: « Il vous manque X € »
// with « Recréditer Y € » (the smallest of the offered amounts that covers it), which starts the
// top-up, then the top-up's progress in words. The line is shown while something is missing;
// the progress stays once a top-up started. Names: <prefix>ShortBox, <prefix>ShortLabel,
// <prefix>TopUpButton, <prefix>TopUpStatus.
class MissingFundsBox : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissingFundsBox)

public:
    MissingFundsBox(AccountScope* scope, const QString& prefix, QWidget* parent = nullptr);

    void setMissing(qint64 missingCents);
    bool isToppingUp() const;

Q_SIGNALS:
    // The top-up ended (paid or not): the owner reads the balance again.
    void topUpFinished();

private:
    void topUp();

    AccountScope* m_scope;
    QWidget* m_line;
    QLabel* m_short;
    QPushButton* m_topUp;
    QLabel* m_status;
    QPointer<TopUpOperation> m_toppingUp;
};

} // namespace citoyens
