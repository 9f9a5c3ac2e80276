// What tst_servicesflow and tst_servicesinput share: the test server with the demo data,
// real PDF/PNG files, the client signed in as Marie, finding and driving widgets, the
// Rosières agent's decisions through TestHttp, screenshots.
#pragma once

#include "ClientFixture.h"
#include "DemoAccounts.h"
#include "TestServer.h"

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QModelIndex>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QLineEdit;
class QWidget;
class TestHttp;

namespace servicesflow {

using namespace demo;

constexpr int NetworkTimeoutMs = 20000;
const QString LoisirsRow = QStringLiteral("Rosières / Inscription Accueil de Loisirs Résident Commune / inf 399");
const QString LoisirsService = QStringLiteral("INSCRIPTION ACCUEIL DE LOISIRS RÉSIDENT COMMUNE");

} // namespace servicesflow

#define FIND(Type, var, name)                                                                                          \
    Type* var = m_client->find<Type>(QStringLiteral(name));                                                            \
    QVERIFY2(var, name " not found")

// Mixed into the test classes (with QObject) so that the test bodies read as before.
class ServicesFlowSupport
{
protected:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ClientFixture> m_client;
    QTemporaryDir m_files;
    QString m_pdf;
    QString m_png;
    QString m_photo;

    // initTestCase: the server with the demo data (and `extraArgs`), and the files a person would
    // attach.
    void startServerAndWriteFiles(const QStringList& extraArgs = {});
    // init: a fresh client, shown, signed in as Marie.
    void openClientAndSignIn();
    void stopServer();

    QWidget* currentAccountPage() const;
    QWidget* currentServicesPage() const;
    void click(QWidget* w);
    void type(QLineEdit* edit, const QString& text);
    void shot(const QString& name);
    bool signInMarie();
    void openSidebarPage(QWidget* page);
    static QModelIndex findRow(const QAbstractItemModel* model, const QString& text, const QModelIndex& parent = {});
    static QString writeFile(const QString& path, const QByteArray& bytes);

    // From "Mes services" to the documents page of a service of ROSIÈRES, as a person does it:
    // filter "ros", pick the service, Return.
    void goToRosieresDocuments(const QString& serviceText = servicesflow::LoisirsService);
    // Through the pages: the two files, the income and the parts, Return; back on the table.
    void sendRosieresRequest(const QString& serviceText, const QString& income, double parts);
    // Through "Mes filiations": a child with the photo, saved.
    void addChild(const QString& firstName, const QString& schoolClass);

    // The API as a person or an agent (TestHttp): signs in and keeps the bearer.
    void signInOverHttp(TestHttp& http, const QString& email, const QString& password);
    // The ids of the pending requests in the Rosières agent's queue, oldest first.
    void agentPendingIds(QStringList* ids);
    // The Rosières agent's decision on the request `id` (`body`: decision, reason).
    void agentDecide(const QString& id, const QJsonObject& body);
    // Marie reads her notifications (so that no banner is left over).
    void markNotificationsRead();
};
