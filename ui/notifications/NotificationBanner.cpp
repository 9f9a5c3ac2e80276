#include "NotificationBanner.h"

#include "widgets/FormHelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace citoyens {

NotificationBanner::NotificationBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(FormHelpers::paragraph({}, this))
    , m_open(new QPushButton(tr("&View"), this))
    , m_close(new QPushButton(QStringLiteral("\u2715"), this))
{
    setObjectName(QStringLiteral("notificationBanner"));
    setProperty("role", QStringLiteral("banner"));
    setAccessibleName(tr("New notification"));
    m_text->setObjectName(QStringLiteral("notificationBannerText"));
    m_text->setAccessibleName(tr("New notification"));
    m_open->setObjectName(QStringLiteral("notificationBannerOpenButton"));
    m_open->setAccessibleName(tr("View my notifications"));
    m_open->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("notificationBannerCloseButton"));
    m_close->setAccessibleName(tr("Close the announcement"));
    m_close->setToolTip(tr("Close"));
    m_close->setAutoDefault(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_close);
    hide();
    connect(m_open, &QPushButton::clicked, this, [this] {
        hide();
        emit openRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
}

void NotificationBanner::showMessage(const QString& title, const QString& body)
{
    m_text->setText(body.isEmpty() ? title : tr("%1 — %2").arg(title, body));
    show();
}

QString NotificationBanner::text() const
{
    return m_text->text();
}

} // namespace citoyens
