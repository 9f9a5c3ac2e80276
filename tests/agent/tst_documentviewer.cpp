// DocumentViewer and DocumentBrowser on real files made here: a PNG (QImage::save), a
// three-page PDF (QPdfWriter), a damaged PDF, a damaged PNG and a text file; offscreen.
#include "AgentTestSupport.h"

#include "queue/DocumentBrowser.h"
#include "queue/DocumentViewer.h"

#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPdfWriter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using citoyens::DocumentBrowser;
using citoyens::DocumentViewer;

class TestDocumentViewer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_png, m_pdf, m_damagedPdf, m_damagedPng, m_text;
    std::unique_ptr<DocumentViewer> m_viewer;

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }
    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QLabel* imageLabel() const { return m_viewer->findChild<QLabel*>(QStringLiteral("documentViewerImage")); }
    QToolButton* button(const char* name) const { return m_viewer->findChild<QToolButton*>(QLatin1String(name)); }
    // The page at the view's factor fits its viewport, and fills it one way (within 2 pixels).
    static bool wholePageShown(QPdfView* view)
    {
        const qreal perPoint = QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
        const QSizeF page = view->document()->pagePointSize(0) * perPoint * view->zoomFactor();
        const QSizeF room = view->viewport()->size().shrunkBy(view->documentMargins());
        const bool fits = page.width() <= room.width() + 0.5 && page.height() <= room.height() + 0.5;
        const bool fills = room.width() - page.width() < 2 || room.height() - page.height() < 2;
        if (!fits || !fills)
            qWarning() << "page" << page << "room" << room;
        return fits && fills;
    }
    static int darkPixels(QWidget* widget)
    {
        const QImage image = widget->grab().toImage();
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 60;
        return dark;
    }
    void wheel(QWidget* target, int delta, Qt::KeyboardModifiers modifiers)
    {
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(agenttest::useClientLookInFrench());
        QVERIFY(m_dir.isValid());
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(QColor(0xe3, 0xf1, 0xf5));
        {
            QPainter painter(&image);
            painter.fillRect(QRect(100, 100, 600, 400), QColor(0x00, 0x70, 0x8a));
            painter.setPen(Qt::white);
            painter.setFont(QFont(QString(), 40));
            painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("Avis d'imposition"));
        }
        m_png = m_dir.filePath(QStringLiteral("avis.png"));
        QVERIFY(image.save(m_png, "PNG"));

        m_pdf = m_dir.filePath(QStringLiteral("justificatif.pdf"));
        {
            QPdfWriter writer(m_pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            QPainter painter(&writer);
            for (int page = 1; page <= 3; ++page) {
                if (page > 1)
                    writer.newPage();
                painter.setFont(QFont(QString(), 72));
                painter.drawText(QRect(0, 0, writer.width(), writer.height()), Qt::AlignCenter,
                                 QStringLiteral("Page %1").arg(page));
            }
        }
        QVERIFY(QFile(m_pdf).size() > 0);
        m_damagedPdf = write(QStringLiteral("abime.pdf"),
                             QByteArray("%PDF-1.7\n") + QByteArray(3000, '\x5a') + QByteArray("\n%%EOF\n"));
        m_damagedPng = write(QStringLiteral("photo.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, '\x01'));
        m_text = write(QStringLiteral("notes.txt"), QByteArray("quelques notes\n"));
        QVERIFY(!m_damagedPdf.isEmpty() && !m_damagedPng.isEmpty() && !m_text.isEmpty());
    }

    void init()
    {
        m_viewer = std::make_unique<DocumentViewer>();
        m_viewer->resize(640, 480);
        m_viewer->show();
        m_viewer->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_viewer.get()));
    }

    void cleanup() { m_viewer.reset(); }

    void imageFitsThenZoomsFromTheKeyboard()
    {
        m_viewer->showFile(m_png);
        m_viewer->setFocus(); // the shortcuts are the viewer's: the focus goes inside it
        QCOMPARE(m_viewer->shown(), DocumentViewer::Shown::Image);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("documentViewerImageArea"));
        QVERIFY(m_viewer->fitsToView());
        const qreal fit = m_viewer->zoomFactor();
        QVERIFY2(fit < 1.0 && fit > 0.3, qPrintable(QString::number(fit)));
        QCOMPARE(imageLabel()->pixmap().width(), qRound(800 * fit));
        agenttest::shot(m_viewer.get(), QStringLiteral("viewer-image-fit"));

        QTest::keyClick(m_viewer.get(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(!m_viewer->fitsToView());
        QCOMPARE(m_viewer->zoomFactor(), fit * 1.25);
        QTest::keyClick(m_viewer.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_viewer->zoomFactor(), 1.0);
        QCOMPARE(imageLabel()->pixmap().width(), 800);
        // Zoomed from the fitted view, the middle of the image stays in the middle.
        auto* area = m_viewer->findChild<QScrollArea*>(QStringLiteral("documentViewerImageArea"));
        const auto* bar = area->horizontalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QVERIFY2(
            qAbs(bar->value() - bar->maximum() / 2) <= 2,
            qPrintable(QStringLiteral("%1 of %2, page %3").arg(bar->value()).arg(bar->maximum()).arg(bar->pageStep())));
        agenttest::shot(m_viewer.get(), QStringLiteral("viewer-image-100"));
        QTest::keyClick(m_viewer.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_viewer->zoomFactor(), 0.8);
        QCOMPARE(imageLabel()->pixmap().width(), 640);
        QTest::mouseClick(button("documentViewerFit"), Qt::LeftButton);
        QVERIFY(m_viewer->fitsToView());
        QCOMPARE(m_viewer->zoomFactor(), fit);
    }

    void imageButtonsAndCtrlWheel()
    {
        m_viewer->showFile(m_png);
        QTest::mouseClick(button("documentViewerActualSize"), Qt::LeftButton);
        QCOMPARE(m_viewer->zoomFactor(), 1.0);
        QTest::mouseClick(button("documentViewerZoomIn"), Qt::LeftButton);
        QCOMPARE(m_viewer->zoomFactor(), 1.25);
        auto* viewport = m_viewer->findChild<QScrollArea*>(QStringLiteral("documentViewerImageArea"))->viewport();
        wheel(viewport, -120, Qt::ControlModifier);
        QCOMPARE(m_viewer->zoomFactor(), 1.0);
        wheel(viewport, 120, Qt::NoModifier); // a plain wheel scrolls, it does not zoom
        QCOMPARE(m_viewer->zoomFactor(), 1.0);
        QTest::mouseClick(button("documentViewerZoomOut"), Qt::LeftButton);
        QCOMPARE(m_viewer->zoomFactor(), 0.8);
    }

    void pdfIsRenderedWithPages()
    {
        m_viewer->showFile(m_pdf);
        QTRY_COMPARE(m_viewer->shown(), DocumentViewer::Shown::Pdf);
        m_viewer->setFocus();
        QCOMPARE(m_viewer->pageCount(), 3);
        QCOMPARE(m_viewer->currentPage(), 0);
        auto* label = m_viewer->findChild<QLabel*>(QStringLiteral("documentViewerPageLabel"));
        QVERIFY2(label->text().startsWith(QStringLiteral("Page 1 sur 3")), qPrintable(label->text()));
        QVERIFY(!button("documentViewerPreviousPage")->isEnabled());
        // Qt PDF really drew the page (in its own time): the words "Page 1" are dark on white.
        QTRY_VERIFY(darkPixels(m_viewer->findChild<QPdfView*>()->viewport()) > 30);
        agenttest::shot(m_viewer.get(), QStringLiteral("viewer-pdf"));

        QTest::keyClick(m_viewer.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_viewer->currentPage(), 1);
        QTest::mouseClick(button("documentViewerNextPage"), Qt::LeftButton);
        QCOMPARE(m_viewer->currentPage(), 2);
        QVERIFY(!button("documentViewerNextPage")->isEnabled());
        QTest::keyClick(m_viewer.get(), Qt::Key_PageDown, Qt::ControlModifier); // past the end: stays
        QCOMPARE(m_viewer->currentPage(), 2);
        QTest::keyClick(m_viewer.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(m_viewer->currentPage(), 1);
        QVERIFY(label->text().startsWith(QStringLiteral("Page 2 sur 3")));
    }

    void pdfZooms()
    {
        m_viewer->showFile(m_pdf);
        QTRY_COMPARE(m_viewer->shown(), DocumentViewer::Shown::Pdf);
        m_viewer->setFocus();
        auto* view = m_viewer->findChild<QPdfView*>();
        QVERIFY(m_viewer->fitsToView());
        QVERIFY(wholePageShown(view));
        const qreal fit = view->zoomFactor();
        QCOMPARE(m_viewer->zoomFactor(), fit);
        QTest::keyClick(m_viewer.get(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(!m_viewer->fitsToView());
        QCOMPARE(view->zoomFactor(), 1.0);
        QTest::keyClick(m_viewer.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view->zoomFactor(), 1.25);
        wheel(view->viewport(), -120, Qt::ControlModifier);
        QCOMPARE(view->zoomFactor(), 1.0);
        QTest::keyClick(m_viewer.get(), Qt::Key_9, Qt::ControlModifier);
        QVERIFY(m_viewer->fitsToView());
        QCOMPARE(view->zoomFactor(), fit);
        // A taller window: the fitted page grows with it.
        m_viewer->resize(640, 800);
        QTRY_VERIFY(view->zoomFactor() > fit * 1.3);
        QVERIFY(wholePageShown(view));
    }

    void bytesWithTheirType()
    {
        m_viewer->showData(read(m_pdf), QStringLiteral("application/pdf"), QStringLiteral("avis.pdf"));
        QTRY_COMPARE(m_viewer->shown(), DocumentViewer::Shown::Pdf);
        QCOMPARE(m_viewer->pageCount(), 3);
        m_viewer->showData(read(m_png), QStringLiteral("image/png"), QStringLiteral("avis.png"));
        QCOMPARE(m_viewer->shown(), DocumentViewer::Shown::Image);
        QCOMPARE(m_viewer->pageCount(), 1);
    }

    void whatCannotBeShownSaysSoInFrench_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("damaged pdf") << "pdf"
                                     << "« abime.pdf » ne peut pas être affiché : le PDF est endommagé";
        QTest::newRow("damaged png") << "png"
                                     << "« photo.png » ne peut pas être affiché : l'image est endommagée";
        QTest::newRow("text") << "text"
                              << "« notes.txt » ne peut pas être affiché ici";
        QTest::newRow("missing") << "missing"
                                 << "« absent.pdf » ne peut pas être affiché : le fichier ne peut pas être lu";
    }

    void whatCannotBeShownSaysSoInFrench()
    {
        QFETCH(QString, which);
        QFETCH(QString, expected);
        const QString path = which == QLatin1String("pdf") ? m_damagedPdf
            : which == QLatin1String("png")                ? m_damagedPng
            : which == QLatin1String("text")               ? m_text
                                                           : m_dir.filePath(QStringLiteral("absent.pdf"));
        m_viewer->showFile(m_png);
        m_viewer->showFile(path);
        QTRY_COMPARE(m_viewer->shown(), DocumentViewer::Shown::Message);
        QVERIFY2(agenttest::plain(m_viewer->message()).startsWith(expected), qPrintable(m_viewer->message()));
        QVERIFY(!button("documentViewerZoomIn")->isEnabled());
        QCOMPARE(m_viewer->pageCount(), 0);
        if (which == QLatin1String("pdf"))
            agenttest::shot(m_viewer.get(), QStringLiteral("viewer-damaged"));
    }

    void browserSwitchesFromTheKeyboard()
    {
        m_viewer.reset();
        DocumentBrowser browser;
        browser.resize(900, 560);
        browser.setDocuments({ { QStringLiteral("Avis d'imposition"), m_png, {}, {}, {} },
                               { QStringLiteral("Justificatif de domicile"),
                                 {},
                                 read(m_pdf),
                                 QStringLiteral("application/pdf"),
                                 QStringLiteral("facture-edf.pdf") },
                               { QStringLiteral("Livret de famille"), m_damagedPdf, {}, {}, {} } });
        browser.show();
        browser.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&browser));
        auto* list = browser.findChild<QListWidget*>(QStringLiteral("documentBrowserList"));
        QCOMPARE(list->count(), 3);
        QCOMPARE(browser.currentIndex(), 0);
        QCOMPARE(browser.viewer()->shown(), DocumentViewer::Shown::Image);
        agenttest::shot(&browser, QStringLiteral("browser-image"));

        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(browser.currentIndex(), 1);
        QTRY_COMPARE(browser.viewer()->shown(), DocumentViewer::Shown::Pdf);
        QTRY_VERIFY(darkPixels(browser.findChild<QPdfView*>()->viewport()) > 30);
        agenttest::shot(&browser, QStringLiteral("browser-pdf"));
        // From inside the viewer too.
        browser.viewer()->setFocus();
        QVERIFY(browser.viewer()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(browser.viewer(), Qt::Key_PageDown, Qt::AltModifier);
        QCOMPARE(browser.currentIndex(), 2);
        QTRY_COMPARE(browser.viewer()->shown(), DocumentViewer::Shown::Message);
        QTest::keyClick(browser.viewer(), Qt::Key_PageDown, Qt::AltModifier); // the last: stays
        QCOMPARE(browser.currentIndex(), 2);
        QTest::keyClick(list, Qt::Key_Home);
        QCOMPARE(browser.currentIndex(), 0);

        browser.setDocuments({});
        QCOMPARE(browser.viewer()->shown(), DocumentViewer::Shown::Nothing);
        QVERIFY(browser.findChild<QLabel*>(QStringLiteral("documentBrowserEmpty"))->isVisible());
    }

    void everyInteractiveWidgetIsNamed()
    {
        DocumentBrowser browser;
        for (auto* widget : browser.findChildren<QWidget*>()) {
            if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel*>(widget))
                continue;
            if (widget->objectName().startsWith(QLatin1String("qt_")) || widget->inherits("QScrollBar")
                || widget->inherits("QAbstractScrollAreaViewport"))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
};

QTEST_MAIN(TestDocumentViewer)
#include "tst_documentviewer.moc"
