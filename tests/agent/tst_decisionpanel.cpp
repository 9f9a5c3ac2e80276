// DecisionPanel driven from the keyboard alone, in French (the shortcuts are the mnemonics of
// the French labels: Alt+V, Alt+R, Alt+P). A mnemonic clicks its button the way a person sees
// it, animated: the click lands a moment later, hence QSignalSpy::wait and QTRY_. That a key
// did nothing is shown by a later key that did something: key events keep their order.
#include "AgentTestSupport.h"

#include "queue/DecisionPanel.h"
#include "queue/DocumentBrowser.h"
#include "queue/DocumentViewer.h"

#include <QBuffer>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using citoyens::DecisionPanel;
using citoyens::DocumentRequirement;

class TestDecisionPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DecisionPanel> m_panel;

    template<typename T> T* find(const char* name) const
    {
        auto* widget = m_panel->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    // A key to whatever has the focus in the panel's window, as a person's key press would.
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_panel.get();
        QTest::keyClick(target, k, modifiers);
    }
    void type(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    // Alt+R: the refusal's step opens, with the focus on its reason.
    void openReject()
    {
        key(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(find<QComboBox>("decisionReasonCombo")->isVisible());
        QVERIFY(find<QComboBox>("decisionReasonCombo")->hasFocus());
    }
    void openIncomplete()
    {
        key(Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(find<QComboBox>("decisionDocumentCombo")->isVisible());
        QVERIFY(find<QComboBox>("decisionDocumentCombo")->hasFocus());
    }
    static QVariantList decision(const QString& d, const QString& reason = {}, const QString& kind = {})
    {
        return { d, reason, kind };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(agenttest::useClientLookInFrench()); }

    void init()
    {
        m_panel = std::make_unique<DecisionPanel>();
        m_panel->setDocumentKinds(
            { { DocumentRequirement::KindProofOfAddress, QStringLiteral("Justificatif de domicile") },
              { DocumentRequirement::KindIncomeStatement, QString() } });
        m_panel->resize(640, 300);
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

    void cleanup() { m_panel.reset(); }

    void buttonsShowTheirShortcuts()
    {
        QCOMPARE(find<QPushButton>("decisionApproveButton")->text(), QStringLiteral("&Valider  (Alt+V)"));
        QCOMPARE(find<QPushButton>("decisionRejectButton")->text(), QStringLiteral("&Refuser  (Alt+R)"));
        QCOMPARE(find<QPushButton>("decisionIncompleteButton")->text(), QStringLiteral("&Pièces à compléter  (Alt+P)"));
        QCOMPARE(find<QPushButton>("decisionApproveButton")->accessibleName(), QStringLiteral("Valider"));
        agenttest::shot(m_panel.get(), QStringLiteral("decision-panel"));
    }

    void approveWithAltV()
    {
        QSignalSpy spy(m_panel.get(), &DecisionPanel::decided);
        key(Qt::Key_V, Qt::AltModifier);
        QVERIFY(spy.wait());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0), decision(DecisionPanel::Approve));
        // Busy until the page answers: a second press decides nothing more.
        QVERIFY(m_panel->isBusy());
        QVERIFY(!find<QPushButton>("decisionApproveButton")->isEnabled());
        key(Qt::Key_V, Qt::AltModifier);
        m_panel->setError(QStringLiteral("Erreur"));
        openReject();
        QCOMPARE(spy.count(), 1);
    }

    void rejectNeedsAReason()
    {
        QSignalSpy spy(m_panel.get(), &DecisionPanel::decided);
        openReject();
        key(Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
        auto* error = find<QLabel>("decisionReasonError");
        QVERIFY(error->isVisible());
        QVERIFY2(agenttest::plain(error->text()).startsWith(QStringLiteral("Motif du refus : ")),
                 qPrintable(error->text()));
        QVERIFY(find<QComboBox>("decisionReasonCombo")->hasFocus());
        agenttest::shot(m_panel.get(), QStringLiteral("decision-reject-required"));
        // Blanks are no reason either.
        type(QStringLiteral("   "));
        key(Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
    }

    void rejectWithATypedReason()
    {
        QSignalSpy spy(m_panel.get(), &DecisionPanel::decided);
        openReject();
        type(QStringLiteral("Avis d'imposition  incomplet"));
        key(Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0), decision(DecisionPanel::Reject, QStringLiteral("Avis d'imposition incomplet")));
    }

    void rejectWithACommonReason()
    {
        QSignalSpy spy(m_panel.get(), &DecisionPanel::decided);
        openReject();
        key(Qt::Key_Down); // the first common reason
        key(Qt::Key_Down); // the second
        agenttest::shot(m_panel.get(), QStringLiteral("decision-reject"));
        key(Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(
            spy.at(0),
            decision(DecisionPanel::Reject, QStringLiteral("Le justificatif de domicile date de plus de trois mois")));
    }

    void escapeClosesTheStepWithoutDeciding()
    {
        QSignalSpy spy(m_panel.get(), &DecisionPanel::decided);
        openReject();
        type(QStringLiteral("erreur"));
        key(Qt::Key_Escape);
        QVERIFY(!find<QComboBox>("decisionReasonCombo")->isVisible());
        QCOMPARE(spy.count(), 0);
    }

    void incompleteAsksWhichDocument()
    {
        QSignalSpy spy(m_panel.get(), &DecisionPanel::decided);
        openIncomplete();
        auto* document = find<QComboBox>("decisionDocumentCombo");
        QCOMPARE(document->count(), 2);
        QCOMPARE(document->itemText(0), QStringLiteral("Justificatif de domicile"));
        QCOMPARE(document->itemText(1), DocumentRequirement::defaultLabel(DocumentRequirement::KindIncomeStatement));
        key(Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
        QVERIFY(agenttest::plain(find<QLabel>("decisionDocumentError")->text())
                    .startsWith(QStringLiteral("Document à compléter : ")));

        key(Qt::Key_Down); // the first kind
        QVERIFY(!find<QLabel>("decisionDocumentError")->isVisible()); // answered
        key(Qt::Key_Down); // the second
        key(Qt::Key_Tab);
        QVERIFY(find<QLineEdit>("decisionMessageEdit")->hasFocus());
        type(QStringLiteral("Il manque la page 2."));
        agenttest::shot(m_panel.get(), QStringLiteral("decision-incomplete"));
        key(Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0),
                 decision(DecisionPanel::Incomplete, QStringLiteral("Il manque la page 2."),
                          DocumentRequirement::KindIncomeStatement));
    }

    void incompleteMessageIsOptional()
    {
        QSignalSpy spy(m_panel.get(), &DecisionPanel::decided);
        openIncomplete();
        key(Qt::Key_Down);
        key(Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0), decision(DecisionPanel::Incomplete, QString(), DocumentRequirement::KindProofOfAddress));
    }

    void noDocumentKindsNoIncomplete()
    {
        m_panel->setDocumentKinds({});
        QVERIFY(!find<QPushButton>("decisionIncompleteButton")->isEnabled());
        QSignalSpy spy(m_panel.get(), &DecisionPanel::decided);
        key(Qt::Key_P, Qt::AltModifier);
        openReject(); // handled after Alt+P
        QVERIFY(!find<QComboBox>("decisionDocumentCombo")->isVisible());
        QCOMPARE(spy.count(), 0);
    }

    void serverErrorShownAndPanelUsableAgain()
    {
        QSignalSpy spy(m_panel.get(), &DecisionPanel::decided);
        openReject();
        type(QStringLiteral("Doublon"));
        key(Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!find<QComboBox>("decisionReasonCombo")->isEnabled());
        m_panel->setError(QStringLiteral("Cette demande a déjà été traitée par un autre agent."));
        auto* error = find<QLabel>("decisionError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Cette demande a déjà été traitée par un autre agent."));
        QVERIFY(!m_panel->isBusy());
        // What was typed is still there, with the focus: confirm again.
        QCOMPARE(find<QComboBox>("decisionReasonCombo")->currentText(), QStringLiteral("Doublon"));
        QVERIFY(find<QComboBox>("decisionReasonCombo")->hasFocus());
        agenttest::shot(m_panel.get(), QStringLiteral("decision-server-error"));
        key(Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QVERIFY(!error->isVisible());
    }

    void setBusyDisablesEverything()
    {
        m_panel->setBusy(true);
        for (const char* name : { "decisionApproveButton", "decisionRejectButton", "decisionIncompleteButton" })
            QVERIFY2(!find<QPushButton>(name)->isEnabled(), name);
        QSignalSpy spy(m_panel.get(), &DecisionPanel::decided);
        key(Qt::Key_V, Qt::AltModifier);
        m_panel->setBusy(false);
        QVERIFY(find<QPushButton>("decisionApproveButton")->isEnabled());
        openReject(); // handled after the Alt+V of the busy panel
        QCOMPARE(spy.count(), 0);
    }

    void resetForTheNextRequest()
    {
        openReject();
        type(QStringLiteral("motif"));
        key(Qt::Key_Return);
        QVERIFY(m_panel->isBusy());
        m_panel->reset();
        QVERIFY(!m_panel->isBusy());
        QVERIFY(!find<QComboBox>("decisionReasonCombo")->isVisible());
        openReject();
        QVERIFY(find<QComboBox>("decisionReasonCombo")->currentText().isEmpty());
    }

    void besideTheDocuments()
    {
        // The request's screen: the documents and the decision in one window. The decision's
        // shortcuts work with the focus in the viewer, whose own keys still work there.
        m_panel.reset();
        QWidget screen;
        auto* layout = new QHBoxLayout(&screen);
        auto* documents = new citoyens::DocumentBrowser(&screen);
        auto* panel = new DecisionPanel(&screen);
        layout->addWidget(documents, 2);
        layout->addWidget(panel, 1);
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        documents->setDocuments({ { QStringLiteral("Avis d'imposition"),
                                    {},
                                    png,
                                    QStringLiteral("image/png"),
                                    QStringLiteral("avis.png") } });
        screen.resize(1000, 500);
        screen.show();
        screen.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        QSignalSpy spy(panel, &DecisionPanel::decided);

        documents->viewer()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(documents->viewer()->zoomFactor(), 1.0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::AltModifier);
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0), decision(DecisionPanel::Approve));
    }

    void everyInteractiveWidgetIsNamed()
    {
        const auto widgets = m_panel->findChildren<QWidget*>();
        for (auto* widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel*>(widget))
                continue;
            // The combo boxes' own parts (their line edit, their popup window) are Qt's.
            if (widget->window() != m_panel.get() || qobject_cast<QComboBox*>(widget->parentWidget()))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
};

QTEST_MAIN(TestDecisionPanel)
#include "tst_decisionpanel.moc"
