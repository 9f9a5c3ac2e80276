#include "WalkInCommands.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/FamilyQuotientApi.h"
#include "api/WalkInApi.h"
#include "models/FieldCodes.h"

#include <QJsonArray>

namespace citoyens {

namespace {

ApiError malformed(const QString& what)
{
    ApiError error;
    error.kind = ApiError::Kind::Parse;
    error.message = WalkInCommands::tr("The server's answer could not be read (%1).").arg(what);
    return error;
}

} // namespace

WalkInCitizen WalkInCitizen::fromJson(const QJsonObject& json)
{
    WalkInCitizen c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.civility = json.value(QStringLiteral("civility")).toString();
    c.firstName = json.value(QStringLiteral("firstName")).toString();
    c.lastName = json.value(QStringLiteral("lastName")).toString();
    c.email = json.value(QStringLiteral("email")).toString();
    c.birthDate = QDate::fromString(json.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
    c.activated = json.value(QStringLiteral("activated")).toBool();
    return c;
}

FieldErrors WalkInCitizenInput::validate() const
{
    FieldErrors errors;
    if (lastName.trimmed().isEmpty())
        errors.append({ QStringLiteral("lastName"), FieldCode::Required });
    if (firstName.trimmed().isEmpty())
        errors.append({ QStringLiteral("firstName"), FieldCode::Required });
    if (email.trimmed().isEmpty())
        errors.append({ QStringLiteral("email"), FieldCode::Required });
    return errors;
}

QJsonObject WalkInCitizenInput::toJson() const
{
    QJsonObject body {
        { QStringLiteral("civility"), civility },           { QStringLiteral("firstName"), firstName.trimmed() },
        { QStringLiteral("lastName"), lastName.trimmed() }, { QStringLiteral("email"), email.trimmed() },
        { QStringLiteral("delivery"), delivery },
    };
    if (birthDate.isValid())
        body.insert(QStringLiteral("birthDate"), birthDate.toString(Qt::ISODate));
    return body;
}

WalkInOperation::WalkInOperation(QObject* parent)
    : CallOperation(parent)
{ }

WalkInOperation* WalkInOperation::start(QObject* parent, const FieldErrors& refused, const Send& send, const Read& read)
{
    auto* operation = new WalkInOperation(parent);
    operation->run(refused, { send, [operation, read](const ApiCall& answer) {
                                 return read ? read(operation, answer.json()) : ApiError();
                             } });
    return operation;
}

WalkInCommands::WalkInCommands(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_api(std::make_unique<WalkInApi>(client))
    , m_quotients(std::make_unique<FamilyQuotientApi>(client))
{ }

WalkInCommands::~WalkInCommands() = default;

WalkInOperation* WalkInCommands::search(const QString& query)
{
    return WalkInOperation::start(
        this, {}, [this, query] { return m_api->search(query); },
        [](WalkInOperation* op, const QJsonObject& answer) {
            const QJsonValue citizens = answer.value(QStringLiteral("citizens"));
            if (!citizens.isArray())
                return malformed(QStringLiteral("citizens"));
            for (const QJsonValue& value : citizens.toArray())
                op->m_citizens.append(WalkInCitizen::fromJson(value.toObject()));
            return ApiError();
        });
}

WalkInOperation* WalkInCommands::record(const QString& citizenId)
{
    return WalkInOperation::start(
        this, {}, [this, citizenId] { return m_api->record(citizenId); },
        [](WalkInOperation* op, const QJsonObject& answer) {
            if (!answer.value(QStringLiteral("citizen")).isObject())
                return malformed(QStringLiteral("citizen"));
            op->m_record.citizen = WalkInCitizen::fromJson(answer.value(QStringLiteral("citizen")).toObject());
            for (const QJsonValue& value : answer.value(QStringLiteral("beneficiaries")).toArray()) {
                const QJsonObject b = value.toObject();
                op->m_record.beneficiaryNames.append(b.value(QStringLiteral("firstName")).toString() + QLatin1Char(' ')
                                                     + b.value(QStringLiteral("lastName")).toString());
            }
            for (const QJsonValue& value : answer.value(QStringLiteral("subscriptions")).toArray()) {
                if (std::optional<Subscription> s = Subscription::fromJson(value.toObject()))
                    op->m_record.subscriptions.append(*s);
            }
            return ApiError();
        });
}

WalkInOperation* WalkInCommands::create(const WalkInCitizenInput& input, const QByteArray& idempotencyKey)
{
    const QJsonObject body = input.toJson();
    return WalkInOperation::start(
        this, input.validate(), [this, body, idempotencyKey] { return m_api->create(body, idempotencyKey); },
        [](WalkInOperation* op, const QJsonObject& answer) {
            CreatedCitizen& c = op->m_created;
            c.id = answer.value(QStringLiteral("id")).toString();
            if (c.id.isEmpty())
                return malformed(QStringLiteral("id"));
            c.email = answer.value(QStringLiteral("email")).toString();
            c.delivery = answer.value(QStringLiteral("delivery")).toString();
            c.activationCode = answer.value(QStringLiteral("activationCode")).toString();
            c.activationExpiresAt = QDateTime::fromString(
                answer.value(QStringLiteral("activationExpiresAt")).toString(), Qt::ISODateWithMs);
            if (c.delivery == WalkInCitizenInput::DeliverySheet && c.activationCode.isEmpty())
                return malformed(QStringLiteral("activationCode"));
            return ApiError();
        });
}

WalkInOperation* WalkInCommands::requestConsent(const QString& citizenId)
{
    return WalkInOperation::start(this, {}, [this, citizenId] { return m_api->requestAssist(citizenId); }, {});
}

WalkInOperation* WalkInCommands::confirmAssist(const QString& citizenId, const QString& code)
{
    return WalkInOperation::start(
        this, {}, [this, citizenId, code] { return m_api->confirmAssist(citizenId, code); },
        [](WalkInOperation* op, const QJsonObject& answer) {
            op->m_accessToken = answer.value(QStringLiteral("accessToken")).toString().toUtf8();
            op->m_expiresAt
                = QDateTime::fromString(answer.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
            if (op->m_accessToken.isEmpty() || !op->m_expiresAt.isValid())
                return malformed(QStringLiteral("accessToken"));
            return ApiError();
        });
}

WalkInOperation* WalkInCommands::settings()
{
    return WalkInOperation::start(
        this, {}, [this] { return m_api->settings(); },
        [](WalkInOperation* op, const QJsonObject& answer) {
            op->m_lockAfterSeconds = answer.value(QStringLiteral("lockAfterSeconds")).toInt();
            return ApiError();
        });
}

WalkInOperation* WalkInCommands::obtainQuotient(const QString& citizenId, const FamilyQuotientRequest& request)
{
    return WalkInOperation::start(
        this, request.check(QDate::currentDate()),
        [this, citizenId, request] { return m_quotients->obtainFor(citizenId, request); },
        [](WalkInOperation* op, const QJsonObject& answer) {
            op->m_quotient = FamilyQuotient::fromJson(answer);
            return op->m_quotient ? ApiError() : malformed(QStringLiteral("family quotient"));
        });
}

void WalkInCommands::revoke(const QByteArray& accessToken)
{
    if (accessToken.isEmpty())
        return;
    auto* client = new ApiClient(m_client->config(), this);
    client->setAccessToken(accessToken);
    ApiCall* call = client->post(QStringLiteral("/auth/logout"));
    connect(call, &ApiCall::finished, client, &QObject::deleteLater);
}

} // namespace citoyens
