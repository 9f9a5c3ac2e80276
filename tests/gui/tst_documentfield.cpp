// The preview of a chosen justificatif: an image's thumbnail, or the first page of a PDF rendered
// off the UI thread, with the document icon until it arrives and for a PDF that cannot be rendered
// (the field still takes it, as its check is by content). A late page for an earlier choice is ignored.
// CITOYENS_SCREENSHOT_DIR=dir saves the justificatifs page with a PDF chosen.
#include "services/SupportingDocumentsPage.h"
#include "widgets/DocumentField.h"
#include "widgets/FilePicker.h"

#include "api/ApiClient.h"
#include "quotient/QuotientCommands.h"
#include "store/CatalogueRepository.h"
#include "store/FamilyQuotientRepository.h"
#include "store/LocalStore.h"
#include "store/SubscriptionRepository.h"
#include "sync/SubscriptionCommands.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMarginsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace citoyens;

namespace {

constexpr int ThumbnailSize = 72;
const QColor PngColour(40, 160, 60);

bool isDark(const QImage& image, double x, double y)
{
    const QPoint p(qRound(x * (image.width() - 1)), qRound(y * (image.height() - 1)));
    return qGray(image.pixel(p)) < 60;
}

bool isLight(const QImage& image, double x, double y)
{
    const QPoint p(qRound(x * (image.width() - 1)), qRound(y * (image.height() - 1)));
    return qGray(image.pixel(p)) > 200;
}

} // namespace

class TestDocumentField : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pdf; // A4, one page, a black rectangle over its middle half
    QString m_damaged; // "%PDF-" then garbage
    QString m_png;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QImage icon(const DocumentField& field)
    {
        return field.style()->standardIcon(QStyle::SP_FileIcon).pixmap(40, 40).toImage();
    }

    static QLabel* preview(const DocumentField& field)
    {
        return field.findChild<QLabel*>(field.objectName() + QStringLiteral("Preview"));
    }

    // Lets every rendering started so far end, and its result reach the field.
    static void settle()
    {
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::sendPostedEvents(); // the watchers' finished events, already posted
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        // The client's look (the strings stay in English: no translator here).
        QApplication::setStyle(QStringLiteral("Fusion"));
        QFile style(QStringLiteral(":/ui/citoyens.qss"));
        if (style.open(QIODevice::ReadOnly))
            qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
        QVERIFY(m_dir.isValid());
        m_pdf = m_dir.filePath(QStringLiteral("justificatif-domicile.pdf"));
        {
            QPdfWriter writer(m_pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setResolution(72);
            QPainter painter(&writer);
            const int w = writer.width();
            const int h = writer.height();
            painter.fillRect(QRect(w / 4, h / 4, w / 2, h / 2), Qt::black);
        }
        QVERIFY(QFile(m_pdf).size() > 0);
        m_damaged = write(QStringLiteral("abime.pdf"),
                          QByteArray("%PDF-1.7\n") + QByteArray(2000, '\x5a') + QByteArray("\n%%EOF\n"));
        QVERIFY(!m_damaged.isEmpty());
        QImage png(120, 160, QImage::Format_RGB32);
        png.fill(PngColour);
        m_png = m_dir.filePath(QStringLiteral("avis.png"));
        QVERIFY(png.save(m_png, "PNG"));
    }

    void renderFirstPage()
    {
        const QImage page = DocumentField::renderFirstPage(m_pdf, QSize(ThumbnailSize, ThumbnailSize));
        QVERIFY(!page.isNull());
        QCOMPARE(page.height(), ThumbnailSize); // A4 is portrait: fitted by its height
        QVERIFY(page.width() < ThumbnailSize && page.width() > ThumbnailSize / 2);
        QVERIFY(DocumentField::renderFirstPage(m_damaged, QSize(ThumbnailSize, ThumbnailSize)).isNull());
        QVERIFY(DocumentField::renderFirstPage(m_dir.filePath(QStringLiteral("absent.pdf")), QSize(72, 72)).isNull());
    }

    void pdfFirstPageIsPreviewed()
    {
        DocumentField field(QStringLiteral("document"), QStringLiteral("Justificatif de domicile"));
        field.show();
        QLabel* label = preview(field);
        QVERIFY(label);
        FilePicker::setNextPath(m_pdf);
        field.browseButton()->click(); // no event loop turn before the checks of the placeholder
        QCOMPARE(field.path(), m_pdf);
        QVERIFY(field.isAcceptable());
        QVERIFY(!field.hasError());
        // The icon stands in at once.
        QVERIFY(label->isVisible());
        QCOMPARE(label->pixmap().toImage(), icon(field));

        QTRY_VERIFY_WITH_TIMEOUT(!field.isPreviewPending(), 10000);
        const QImage shown = label->pixmap().toImage();
        QVERIFY(!shown.isNull());
        QCOMPARE(shown.height(), ThumbnailSize);
        // The black rectangle over the middle, white paper at the corners.
        QVERIFY(isDark(shown, 0.5, 0.5));
        QVERIFY(isDark(shown, 0.3, 0.3));
        QVERIFY(isDark(shown, 0.7, 0.7));
        QVERIFY(isLight(shown, 0.05, 0.05));
        QVERIFY(isLight(shown, 0.95, 0.95));
        QCOMPARE(label->accessibleName(), QStringLiteral("Preview of justificatif-domicile.pdf"));
    }

    void damagedPdfKeepsTheIcon()
    {
        DocumentField field(QStringLiteral("document"), QStringLiteral("Justificatif de domicile"));
        field.show();
        field.setPath(m_damaged);
        // The check is by content (the "%PDF-" magic), as the server's: the field takes it.
        QVERIFY(field.isAcceptable());
        QVERIFY(field.errorCode().isEmpty());
        QVERIFY(!field.hasError());
        settle();
        QVERIFY(!field.isPreviewPending());
        QLabel* label = preview(field);
        QVERIFY(label->isVisible());
        QCOMPARE(label->pixmap().toImage(), icon(field));
        QCOMPARE(label->accessibleName(), QStringLiteral("PDF document abime.pdf"));
    }

    void lateResultIsIgnored()
    {
        DocumentField field(QStringLiteral("document"), QStringLiteral("Justificatif de domicile"));
        field.show();
        QLabel* label = preview(field);
        // Another file before the page arrives: the image stays.
        field.setPath(m_pdf);
        QVERIFY(field.isPreviewPending());
        field.setPath(m_png);
        QVERIFY(!field.isPreviewPending());
        settle();
        QImage shown = label->pixmap().toImage();
        QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2), PngColour);
        QCOMPARE(label->accessibleName(), QStringLiteral("Preview of avis.png"));

        // Removed before the page arrives: nothing comes back.
        field.setPath(m_pdf);
        field.clear();
        settle();
        QVERIFY(!label->isVisible());
        QVERIFY(label->pixmap().isNull());

        // A damaged PDF after a good one: the icon, not the good one's page.
        field.setPath(m_pdf);
        field.setPath(m_damaged);
        settle();
        QCOMPARE(label->pixmap().toImage(), icon(field));

        // The same file chosen again is rendered again, and shown.
        field.setPath(m_pdf);
        field.setPath(m_pdf);
        QTRY_VERIFY_WITH_TIMEOUT(!field.isPreviewPending(), 10000);
        QVERIFY(isDark(label->pixmap().toImage(), 0.5, 0.5));
    }

    void fieldDestroyedWhileRendering()
    {
        auto field = std::make_unique<DocumentField>(QStringLiteral("document"), QStringLiteral("Justificatif"));
        field->setPath(m_pdf);
        QVERIFY(field->isPreviewPending());
        field.reset();
        settle(); // the worker ends on its own, with nobody to tell
    }

    void justificatifsPageScreenshot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalStore store(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.open());
        ApiClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9")); // nothing is sent
        ApiClient client(config);
        CatalogueRepository catalogue(&store);
        SubscriptionRepository subscriptions(&store);
        SubscriptionCommands commands(&client, &subscriptions, &catalogue);
        Service service;
        service.id = QStringLiteral("rosieres-loisirs");
        service.communeId = QStringLiteral("rosieres");
        service.name = QStringLiteral("Inscription accueil de loisirs résident commune");
        service.requiredDocuments
            = { { DocumentRequirement::KindProofOfAddress, QStringLiteral("Justificatif de domicile") },
                { DocumentRequirement::KindIncomeStatement, QStringLiteral("Attestation de quotient familial") } };
        service.brackets = { { 399, QStringLiteral("inf 399") }, { std::nullopt, QStringLiteral("sup 999") } };
        service.needsIncome = true;

        FamilyQuotientRepository quotientStore(&store);
        QuotientCommands quotients(&client, &quotientStore); // nothing is kept: the upload stays
        SupportingDocumentsPage page(&commands, &quotients);
        page.resize(1000, 680);
        page.setService(service, QStringLiteral("ROSIÈRES"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DocumentField* proof = page.documentField(DocumentRequirement::KindProofOfAddress);
        DocumentField* income = page.documentField(DocumentRequirement::KindIncomeStatement);
        QVERIFY(proof && income);
        FilePicker::setNextPath(m_pdf);
        QTest::mouseClick(proof->browseButton(), Qt::LeftButton);
        FilePicker::setNextPath(m_png);
        QTest::mouseClick(income->browseButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!proof->isPreviewPending(), 10000);
        QLabel* label = preview(*proof);
        QVERIFY(label->isVisible());
        QVERIFY(isDark(label->pixmap().toImage(), 0.5, 0.5));

        const QString shots = qEnvironmentVariable("CITOYENS_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QVERIFY(page.grab().save(shots + QStringLiteral("/documentfield-justificatifs-pdf.png")));
        }
    }
};

QTEST_MAIN(TestDocumentField)
#include "tst_documentfield.moc"
