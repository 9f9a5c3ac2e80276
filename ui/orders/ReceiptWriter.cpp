#include "ReceiptWriter.h"

#include "models/Money.h"
#include "models/Subscription.h"

#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace citoyens {

namespace {

// Writes lines of text down an A4 page, starting a new page when one is full.
class PageCursor
{
public:
    explicit PageCursor(QPdfWriter* writer)
        : m_writer(writer)
        , m_painter(writer)
    {
        if (!m_painter.isActive())
            return;
        m_width = m_painter.viewport().width();
        m_height = m_painter.viewport().height();
    }

    bool isActive() const { return m_painter.isActive(); }
    int width() const { return m_width; }

    void text(const QString& text, int pointSize = 10, bool bold = false, Qt::Alignment align = Qt::AlignLeft)
    {
        setFont(pointSize, bold);
        const QRect box = m_painter.boundingRect(QRect(0, 0, m_width, m_height), Qt::TextWordWrap | align, text);
        room(box.height());
        m_painter.drawText(QRect(0, m_y, m_width, box.height()), Qt::TextWordWrap | align, text);
        m_y += box.height() + lineGap();
    }

    // One row of columns: `widths` in per mille of the page's width; right-aligned columns
    // are those whose index is in `right`.
    void row(const QStringList& cells, const QList<int>& widths, const QList<int>& right, bool bold = false)
    {
        setFont(10, bold);
        int height = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const QRect box = m_painter.boundingRect(QRect(0, 0, m_width * widths.at(i) / 1000, m_height),
                                                     Qt::TextWordWrap, cells.at(i));
            height = std::max(height, box.height());
        }
        room(height);
        int x = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const int w = m_width * widths.at(i) / 1000;
            const Qt::Alignment align = right.contains(i) ? Qt::AlignRight : Qt::AlignLeft;
            m_painter.drawText(QRect(x, m_y, w - 20, height), Qt::TextWordWrap | align, cells.at(i));
            x += w;
        }
        m_y += height + lineGap();
    }

    void rule()
    {
        room(lineGap() * 2);
        m_painter.drawLine(0, m_y, m_width, m_y);
        m_y += lineGap() * 2;
    }

    void space(int lines = 1) { m_y += lineGap() * 4 * lines; }

private:
    int lineGap() const { return m_writer->resolution() / 20; }

    void setFont(int pointSize, bool bold)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(pointSize);
        font.setBold(bold);
        m_painter.setFont(font);
    }

    void room(int height)
    {
        if (m_y + height <= m_height)
            return;
        m_writer->newPage();
        m_y = 0;
    }

    QPdfWriter* m_writer;
    QPainter m_painter;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
};

bool prepare(QPdfWriter& writer, const QString& title)
{
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Citoyens"));
    writer.setResolution(300);
    return writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                            QPageLayout::Millimeter));
}

QString cannotWrite(const QString& path)
{
    return ReceiptWriter::tr("The file %1 could not be written. Choose another folder.").arg(path);
}

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

QString ReceiptWriter::collectivite()
{
    return QStringLiteral("Communauté d'Agglomération du Puy-en-Velay");
}

QString ReceiptWriter::paidWithText(const Order& order)
{
    if (order.paidWith != Order::PaidWithCard)
        return tr("Paid with the wallet");
    if (order.isPending())
        return tr("Waiting for the card payment");
    if (order.status != Order::StatusPaid)
        return tr("Card payment not made: nothing was charged");
    if (order.authorisation.isEmpty())
        return tr("Paid by card");
    return tr("Paid by card (authorisation no. %1)").arg(order.authorisation);
}

QString ReceiptWriter::receiptFileName(const Order& order)
{
    QString number = order.number;
    number.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("-"));
    return QStringLiteral("recu-%1.pdf").arg(number);
}

QString ReceiptWriter::statementFileName(int year)
{
    return QStringLiteral("attestation-frais-de-garde-%1.pdf").arg(year);
}

bool ReceiptWriter::writeReceipt(const Order& order, const QString& path, QString* error)
{
    {
        QPdfWriter writer(path);
        if (!prepare(writer, tr("Receipt of order %1").arg(order.number))) {
            if (error)
                *error = cannotWrite(path);
            return false;
        }
        PageCursor page(&writer);
        if (!page.isActive()) {
            if (error)
                *error = cannotWrite(path);
            return false;
        }
        page.text(collectivite(), 14, true);
        page.text(tr("Commune of %1").arg(Subscription::titleCase(order.communeName)), 11);
        page.space();
        page.text(tr("Payment receipt"), 16, true);
        page.text(tr("Order no. %1 of %2")
                      .arg(order.number, order.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                  11, true);
        page.text(tr("Service: %1").arg(Subscription::titleCase(order.serviceName)), 11);
        if (!order.beneficiaryName.isEmpty())
            page.text(tr("For: %1").arg(order.beneficiaryName), 11);
        page.space();
        const QList<int> widths { 460, 200, 140, 200 };
        const QList<int> right { 1, 2, 3 };
        page.row({ tr("Item"), tr("Unit price"), tr("Quantity"), tr("Total") }, widths, right, true);
        page.rule();
        for (const OrderLine& line : order.lines) {
            const QString price = Money::fromCents(line.unitPriceCents).toFrench();
            page.row({ line.label, line.unit.isEmpty() ? price : tr("%1 / %2").arg(price, line.unit),
                       QString::number(line.quantity), Money::fromCents(line.totalCents).toFrench() },
                     widths, right);
        }
        page.rule();
        page.row({ tr("Total paid"), QString(), QString(), Money::fromCents(order.totalCents).toFrench() }, widths,
                 right, true);
        page.space();
        page.text(paidWithText(order), 11, true);
        page.text(tr("This receipt was issued by the Citoyens platform of the %1.").arg(collectivite()), 8);
    }
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        if (error)
            *error = cannotWrite(path);
        return false;
    }
    return true;
}

bool ReceiptWriter::writeChildcareStatement(const ChildcareStatement& statement, const QString& holder,
                                            const QString& path, QString* error)
{
    {
        QPdfWriter writer(path);
        if (!prepare(writer, tr("Childcare costs statement %1").arg(statement.year))) {
            if (error)
                *error = cannotWrite(path);
            return false;
        }
        PageCursor page(&writer);
        if (!page.isActive()) {
            if (error)
                *error = cannotWrite(path);
            return false;
        }
        page.text(collectivite(), 14, true);
        page.space();
        page.text(tr("Statement of childcare costs for %1").arg(statement.year), 16, true);
        if (!holder.isEmpty())
            page.text(tr("Issued to: %1").arg(holder), 11);
        page.text(tr("Childcare costs paid in %1 for children under 6 on 1 January %1, to be entered in your "
                     "income tax return.")
                      .arg(statement.year),
                  10);
        page.space();
        if (statement.children.isEmpty())
            page.text(tr("No childcare costs were paid in %1 for a child under 6.").arg(statement.year), 11);
        const QList<int> widths { 140, 230, 370, 120, 140 };
        const QList<int> right { 3, 4 };
        for (const ChildcareStatement::Child& child : statement.children) {
            page.text(tr("%1 %2, born on %3").arg(child.firstName, child.lastName, dateText(child.birthDate)), 12,
                      true);
            page.row({ tr("Date"), tr("Order"), tr("Service"), tr("Quantity"), tr("Amount") }, widths, right, true);
            page.rule();
            for (const ChildcareStatement::Line& line : child.lines) {
                const QString what = line.serviceName.isEmpty()
                    ? line.label
                    : tr("%1 — %2").arg(Subscription::titleCase(line.serviceName), line.label);
                page.row({ dateText(line.date), line.orderNumber, what, QString::number(line.quantity),
                           Money::fromCents(line.totalCents).toFrench() },
                         widths, right);
            }
            page.rule();
            page.row({ QString(), QString(), tr("Total for %1").arg(child.firstName), QString(),
                       Money::fromCents(child.totalCents).toFrench() },
                     widths, right, true);
            page.space();
        }
        page.text(tr("Issued by the Citoyens platform of the %1.").arg(collectivite()), 8);
    }
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        if (error)
            *error = cannotWrite(path);
        return false;
    }
    return true;
}

} // namespace citoyens
