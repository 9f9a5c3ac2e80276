#include "Application.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Agglomération du Puy-en-Velay"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("agglo-lepuyenvelay.fr"));
    QCoreApplication::setApplicationName(QStringLiteral("Citoyens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITOYENS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.agglo_lepuyenvelay.Citoyens"));

    citoyens::Application application(app);
    return application.exec();
}
