#include "PaymentRoutes.h"

#include "HtmlPage.h"
#include "Logging.h"
#include "OrderPaymentSettlement.h"
#include "SandboxPaymentProvider.h"
#include "TopUpSettlement.h"
#include "db/Database.h"
#include "http/ApiRouter.h"
#include "http/Problem.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "models/FieldCodes.h"
#include "models/Money.h"
#include "models/ProblemCodes.h"
#include "routing/RouteSupport.h"

#include <QUrlQuery>

namespace citoyens::server {

namespace {

constexpr qsizetype FormLimit = 4096;

// The fields of an application/x-www-form-urlencoded body (415 for another type).
QUrlQuery formOf(const RequestContext& ctx)
{
    const QByteArray type = ctx.header("content-type").trimmed().toLower();
    if (!type.startsWith("application/x-www-form-urlencoded"))
        throw Problem(415, ProblemCode::UnsupportedMediaType);
    return QUrlQuery(QString::fromUtf8(ctx.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
}

QString fieldOf(const QUrlQuery& query, const QString& name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

// The idOp PayFiP sends, under either spelling the public clients meet (idop, idOp).
QString idOpOf(const QUrlQuery& query)
{
    const QString lower = fieldOf(query, QStringLiteral("idop"));
    return lower.isEmpty() ? fieldOf(query, QStringLiteral("idOp")) : lower;
}

HttpResponse unknownPayment()
{
    return HtmlPage::page(404, QStringLiteral("Paiement introuvable"),
                          QStringLiteral("<p>Ce paiement est inconnu. Vous pouvez revenir dans Citoyens.</p>"));
}

QString returnLink(const QString& idOp)
{
    return QStringLiteral("<p><a href=\"/api/v1%1?idop=%2\">Revenir sur le site de la collectivité</a></p>")
        .arg(QLatin1String(PaymentRoutes::ReturnPath), HtmlPage::escape(idOp));
}

} // namespace

PaymentRoutes::PaymentRoutes(const PaymentDeps& deps)
    : m_deps(deps)
{ }

void PaymentRoutes::registerOn(ApiRouter& router)
{
    router.add(
        QStringLiteral("POST"), QLatin1String(NotificationPath),
        [this](const RequestContext& c) { return notification(c); }, FormLimit);
    router.add(QStringLiteral("GET"), QLatin1String(ReturnPath),
               [this](const RequestContext& c) { return browserReturn(c); });
    router.add(
        QStringLiteral("GET"), QLatin1String(SandboxPagePath),
        [this](const RequestContext& c) { return sandboxPage(c); }, ApiRouter::Work::Inline);
    router.add(
        QStringLiteral("POST"), QLatin1String(SandboxPagePath),
        [this](const RequestContext& c) { return sandboxAction(c); }, FormLimit);
}

void PaymentRoutes::notified(const QString& idOp) const
{
    if (m_deps.settlement
        && !m_deps.settlement->settleOperation(idOp, RouteSupport::nowMs(), TopUpSettlement::Channel::Notification)
        && m_deps.orders)
        m_deps.orders->settleOperation(idOp, RouteSupport::nowMs(), TopUpSettlement::Channel::Notification);
}

HttpResponse PaymentRoutes::notification(const RequestContext& ctx) const
{
    if (!m_deps.settlement)
        throw Problem(404, ProblemCode::NotFound);
    // In the form PayFiP posts, or in the address it was given (a GET-style notification
    // posted without a body): only ever an idOp to ask the provider about.
    QString idOp = ctx.body.isEmpty() ? QString() : idOpOf(formOf(ctx));
    if (idOp.isEmpty())
        idOp = idOpOf(ctx.query);
    if (idOp.isEmpty())
        RouteSupport::throwIfInvalid({ { QStringLiteral("idop"), FieldCode::Required } });
    // Answered from the stored state when a notification asked the provider less than
    // TopUpSettlement::QueryWindowMs ago: repeating it asks nothing more.
    if (!m_deps.settlement->settleOperation(idOp, RouteSupport::nowMs(), TopUpSettlement::Channel::Notification)
        && !(m_deps.orders
             && m_deps.orders->settleOperation(idOp, RouteSupport::nowMs(), TopUpSettlement::Channel::Notification)))
        throw Problem(404, ProblemCode::NotFound);
    return Responses::noContent();
}

HttpResponse PaymentRoutes::browserReturn(const RequestContext& ctx) const
{
    if (!m_deps.settlement)
        throw Problem(404, ProblemCode::NotFound);
    const QString idOp = idOpOf(ctx.query);
    const std::optional<WalletStore::TopUp> topUp
        = m_deps.settlement->settleOperation(idOp, RouteSupport::nowMs(), TopUpSettlement::Channel::Return);
    if (!topUp && m_deps.orders) {
        if (const auto order
            = m_deps.orders->settleOperation(idOp, RouteSupport::nowMs(), TopUpSettlement::Channel::Return))
            return OrderPaymentSettlement::returnPage(*order);
    }
    if (!topUp)
        return unknownPayment();
    const QString back = QStringLiteral("Vous pouvez revenir dans Citoyens.");
    if (topUp->status == WalletStore::Paid)
        return HtmlPage::page(200, QStringLiteral("Paiement accepté"),
                              QStringLiteral("<p>Paiement accepté. %1</p>").arg(back));
    if (topUp->status == WalletStore::Refused)
        return HtmlPage::page(
            200, QStringLiteral("Paiement refusé"),
            QStringLiteral("<p>Paiement refusé : votre porte-monnaie n'a pas été crédité. %1</p>").arg(back));
    if (topUp->status == WalletStore::Abandoned)
        return HtmlPage::page(
            200, QStringLiteral("Paiement abandonné"),
            QStringLiteral("<p>Paiement abandonné : votre porte-monnaie n'a pas été crédité. %1</p>").arg(back));
    if (topUp->status == WalletStore::Expired)
        return HtmlPage::page(
            200, QStringLiteral("Paiement expiré"),
            QStringLiteral("<p>Le délai de paiement est dépassé : votre porte-monnaie n'a pas été crédité. %1</p>")
                .arg(back));
    return HtmlPage::page(200, QStringLiteral("Paiement en cours"),
                          QStringLiteral("<p>Le paiement est en cours de traitement. %1</p>").arg(back));
}

HttpResponse PaymentRoutes::sandboxPage(const RequestContext& ctx) const
{
    if (!m_deps.sandbox)
        throw Problem(404, ProblemCode::NotFound);
    const std::optional<SandboxPaymentProvider::Payment> payment
        = m_deps.sandbox->find(fieldOf(ctx.query, QStringLiteral("idop")));
    if (!payment)
        return unknownPayment();
    const QString details = QStringLiteral("<p class=\"note\">Bac à sable : aucun paiement réel n'est effectué.</p>"
                                           "<dl><dt>Montant</dt><dd>%1</dd><dt>Référence</dt><dd>%2</dd></dl>")
                                .arg(HtmlPage::escape(Money::fromCents(payment->amountCents).toFrench()),
                                     HtmlPage::escape(payment->refdet));
    if (!payment->result.isEmpty())
        return HtmlPage::page(409, QStringLiteral("Paiement déjà traité"),
                              details + QStringLiteral("<p>Ce paiement a déjà été traité.</p>")
                                  + returnLink(payment->idOp));
    if (RouteSupport::nowMs() - payment->createdAt >= PaymentProvider::PaymentLifetimeMs)
        return HtmlPage::page(409, QStringLiteral("Paiement expiré"),
                              details + QStringLiteral("<p>Le délai de paiement est dépassé.</p>")
                                  + returnLink(payment->idOp));
    const QString form
        = QStringLiteral("<form method=\"post\" action=\"/api/v1%1\">"
                         "<input type=\"hidden\" name=\"idop\" value=\"%2\">"
                         "<button type=\"submit\" name=\"action\" value=\"payer\">Payer</button>"
                         "<button type=\"submit\" name=\"action\" value=\"refuser\">Refuser</button>"
                         "<button type=\"submit\" name=\"action\" value=\"abandonner\">Abandonner</button>"
                         "</form>")
              .arg(QLatin1String(SandboxPagePath), HtmlPage::escape(payment->idOp));
    return HtmlPage::page(200, QStringLiteral("Paiement PayFiP (bac à sable)"), details + form);
}

HttpResponse PaymentRoutes::sandboxAction(const RequestContext& ctx) const
{
    if (!m_deps.sandbox)
        throw Problem(404, ProblemCode::NotFound);
    const QUrlQuery form = formOf(ctx);
    const QString idOp = fieldOf(form, QStringLiteral("idop"));
    const QString actionText = fieldOf(form, QStringLiteral("action"));
    SandboxPaymentProvider::Action action = SandboxPaymentProvider::Action::Abandon;
    if (actionText == QLatin1String("payer"))
        action = SandboxPaymentProvider::Action::Pay;
    else if (actionText == QLatin1String("refuser"))
        action = SandboxPaymentProvider::Action::Refuse;
    else if (actionText == QLatin1String("abandonner"))
        action = SandboxPaymentProvider::Action::Abandon;
    else
        RouteSupport::throwIfInvalid(
            { { QStringLiteral("action"), actionText.isEmpty() ? FieldCode::Required : FieldCode::InvalidChoice } });
    switch (m_deps.sandbox->decide(idOp, action, RouteSupport::nowMs())) {
    case SandboxPaymentProvider::Decided::Unknown:
        return unknownPayment();
    case SandboxPaymentProvider::Decided::AlreadyDecided:
        return HtmlPage::page(409, QStringLiteral("Paiement déjà traité"),
                              QStringLiteral("<p>Ce paiement a déjà été traité.</p>") + returnLink(idOp));
    case SandboxPaymentProvider::Decided::Expired:
        return HtmlPage::page(409, QStringLiteral("Paiement expiré"),
                              QStringLiteral("<p>Le délai de paiement est dépassé : rien n'a été payé.</p>")
                                  + returnLink(idOp));
    case SandboxPaymentProvider::Decided::Done:
        break;
    }
    const QString title = action == SandboxPaymentProvider::Action::Pay ? QStringLiteral("Paiement effectué")
        : action == SandboxPaymentProvider::Action::Refuse              ? QStringLiteral("Paiement refusé")
                                                                        : QStringLiteral("Paiement abandonné");
    return HtmlPage::page(200, title, QStringLiteral("<p>%1.</p>").arg(HtmlPage::escape(title)) + returnLink(idOp));
}

} // namespace citoyens::server
