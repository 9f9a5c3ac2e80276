#include "ActivationSheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <utility>

namespace citoyens {

namespace {

constexpr int kResolution = 300; // dots per inch of the PDF's painter
const QColor kAccent(0x00, 0x70, 0x8a);
const QColor kInk(0x1f, 0x2a, 0x33);

qreal mm(qreal millimetres)
{
    return millimetres * kResolution / 25.4;
}

QFont font(qreal points, bool bold = false, bool fixed = false)
{
    // The system's fonts: a fixed one for the code, where 0 and O, 1 and l must not look alike.
    QFont f = QFontDatabase::systemFont(fixed ? QFontDatabase::FixedFont : QFontDatabase::GeneralFont);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Draws wrapped text from the top of the rest of the page and moves the top down below it.
void paragraph(QPainter& painter, QRectF& rest, const QString& text, const QFont& f, qreal after = mm(3))
{
    painter.setFont(f);
    const QRectF used = painter.boundingRect(rest, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    painter.drawText(rest, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    rest.setTop(used.bottom() + after);
}

} // namespace

ActivationSheet::ActivationSheet(Details details, QLocale locale)
    : m_details(std::move(details))
    , m_locale(std::move(locale))
{ }

QString ActivationSheet::printedCode() const
{
    const QString code = m_details.code.trimmed();
    QStringList groups;
    for (int i = 0; i < code.size(); i += 4)
        groups << code.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QString ActivationSheet::expiryText() const
{
    const QDateTime local = m_details.expiresAt.toLocalTime();
    return tr("This code can be used once, until %1 at %2.")
        .arg(m_locale.toString(local.date(), QStringLiteral("dddd d MMMM yyyy")),
             m_locale.toString(local.time(), QStringLiteral("HH:mm")));
}

QStringList ActivationSheet::steps() const
{
    const QString where = m_details.platformAddress.isEmpty()
        ? tr("Open Citoyens, or the citizen platform in a web browser.")
        : tr("Open Citoyens, or the citizen platform in a web browser:\n%1").arg(m_details.platformAddress);
    return {
        where,
        tr("Choose “Activate my account” and enter your e-mail address (%1) and the code above.").arg(m_details.email),
        tr("Choose your own password. Nobody else knows it, not even the town hall staff."),
        tr("Your account is then open: sign in with your e-mail address and your password.")
    };
}

bool ActivationSheet::writePdf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = tr("The activation sheet cannot be written to %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!writePdf(&file))
        return false;
    if (!file.flush()) {
        m_error = tr("The activation sheet cannot be written to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ActivationSheet::writePdf(QIODevice* device)
{
    m_error.clear();
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(kResolution);
    writer.setTitle(tr("Account activation"));
    writer.setCreator(QCoreApplication::applicationName());
    QPainter painter;
    if (!painter.begin(&writer)) {
        m_error = tr("The activation sheet cannot be written: the PDF could not be started.");
        return false;
    }
    paint(painter, QRectF(0, 0, writer.width(), writer.height()));
    painter.end();
    return true;
}

void ActivationSheet::preparePrinter(QPrinter& printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer.setCreator(QCoreApplication::applicationName());
    printer.setResolution(kResolution);
}

bool ActivationSheet::print(QPrinter& printer)
{
    m_error.clear();
    // The drawing is measured in dots of kResolution, on a printer as in the PDF.
    printer.setResolution(kResolution);
    QPainter painter;
    if (!painter.begin(&printer)) {
        m_error = tr("The activation sheet cannot be printed on %1.")
                      .arg(printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName());
        return false;
    }
    paint(painter, QRectF(0, 0, printer.width(), printer.height()));
    painter.end();
    return true;
}

void ActivationSheet::paint(QPainter& painter, const QRectF& page) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    QRectF rest = page;

    painter.setPen(kAccent);
    paragraph(painter, rest, m_details.agglomeration, font(13, true), mm(2));
    painter.fillRect(QRectF(rest.left(), rest.top(), rest.width(), mm(0.8)), kAccent);
    rest.setTop(rest.top() + mm(8));

    painter.setPen(kInk);
    paragraph(painter, rest, tr("Activate your account on the citizen platform"), font(20, true), mm(6));
    paragraph(painter, rest, tr("Account of: %1").arg(m_details.citizenName), font(12), mm(1.5));
    paragraph(painter, rest, tr("E-mail address: %1").arg(m_details.email), font(12), mm(8));

    // The code, framed and large: it is what the citizen types.
    paragraph(painter, rest, tr("Your activation code"), font(12, true), mm(2));
    const QFont codeFont = font(34, true, true);
    const qreal codeHeight = QFontMetricsF(codeFont, painter.device()).height() + mm(10);
    const QRectF box(rest.left(), rest.top(), rest.width(), codeHeight);
    painter.setPen(QPen(kAccent, mm(0.6)));
    painter.setBrush(QColor(0xe3, 0xf1, 0xf5));
    painter.drawRoundedRect(box, mm(3), mm(3));
    painter.setPen(kInk);
    painter.setFont(codeFont);
    painter.drawText(box, Qt::AlignCenter, printedCode());
    rest.setTop(box.bottom() + mm(4));
    paragraph(painter, rest, expiryText(), font(12, true), mm(10));

    paragraph(painter, rest, tr("How to activate your account"), font(14, true), mm(3));
    const auto list = steps();
    for (int i = 0; i < list.size(); ++i)
        paragraph(painter, rest, tr("%1. %2").arg(i + 1).arg(list.at(i)), font(12), mm(2.5));
    rest.setTop(rest.top() + mm(8));

    painter.setPen(QColor(0x52, 0x60, 0x6b));
    paragraph(painter, rest,
              tr("Keep this sheet until your account is active, and do not share the code. If it has expired, the "
                 "town hall desk can give you a new one."),
              font(10));
}

} // namespace citoyens
