#pragma once

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStyle>
#include <QTranslator>
#include <QWidget>

// What the agent tests share: the client's look and French words, and screenshots saved to
// $CITOYENS_SCREENSHOT_DIR when it is set (as the other GUI tests do).
namespace agenttest {

inline bool useClientLookInFrench()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QFile style(QStringLiteral(":/ui/citoyens.qss"));
    if (style.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
    static QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/citoyens_fr.qm")))
        return false;
    return QCoreApplication::installTranslator(&translator);
}

// French typography puts no-break spaces before ":" and inside « »: compared as plain spaces.
inline QString plain(QString text)
{
    return text.replace(QChar(0x00a0), QLatin1Char(' '));
}

inline void shot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CITOYENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace agenttest
