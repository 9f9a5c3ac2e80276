#include "ClientFixture.h"

#include "MainWindow.h"

#include "ClientCore.h"
#include "scope/AccountScope.h"
#include "session/InactivityMonitor.h"
#include "session/ManualClock.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSlider>
#include <QTextEdit>
#include <QTranslator>

using namespace citoyens;

ClientFixture::ClientFixture(const QUrl& baseUrl, const QList<QSslCertificate>& caCertificates, bool withServices,
                             int pollIntervalMs, int transferTimeoutMs)
{
    applyStyle();
    TestClient::Options options;
    options.transferTimeoutMs = transferTimeoutMs;
    options.withScope = withServices;
    options.pollInterval = std::chrono::milliseconds(pollIntervalMs);
    auto clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc(), nullptr);
    m_clock = clock.get();
    options.clock = std::move(clock);
    m_client = std::make_unique<TestClient>(baseUrl, caCertificates, std::move(options));
    m_window = std::make_unique<MainWindow>(*m_client->core());
    m_window->resize(1100, 760);
}

ClientFixture::~ClientFixture()
{
    m_window.reset();
    m_client.reset();
}

Session* ClientFixture::session() const
{
    return m_client->session();
}

InactivityMonitor* ClientFixture::monitor() const
{
    return m_client->core()->monitor();
}

AccountScope* ClientFixture::services() const
{
    return m_client->scope();
}

void ClientFixture::applyStyle()
{
    if (!qApp->styleSheet().isEmpty())
        return;
    // French, as the client runs by default (Application installs the same translator).
    static QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/citoyens_fr.qm")))
        QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QFile style(QStringLiteral(":/ui/citoyens.qss"));
    if (style.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
}

QStringList ClientFixture::unnamedControls(QWidget* root, int* checked)
{
    const auto isControl = [](const QWidget* w) {
        return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
            || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
            || qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTextEdit*>(w)
            || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QSlider*>(w);
    };
    QStringList unnamed;
    if (checked)
        *checked = 0;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!isControl(w))
            continue;
        // Inside another control (a combo box's line edit or list, a spin box's editor, a
        // calendar's buttons): Qt's own parts, named through their owner.
        bool inner = false;
        for (QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget())
            inner = inner || isControl(p) || p->inherits("QScrollBar") || p->isWindow();
        if (inner || w->inherits("QScrollBar") || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (checked)
            ++*checked;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty()) {
            QString text;
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                text = b->text();
            unnamed << QStringLiteral("%1 %2 '%3'")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
        }
    }
    return unnamed;
}

void ClientFixture::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CITOYENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Pending layout requests first, so the picture shows what the person would see.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
