#pragma once

#include "ApiCall.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QIODevice;

namespace citoyens {

class ApiClient;

// POST /me/documents?kind=K&filename=F (the file as the raw body) and GET /me/documents/{id}.
class DocumentApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentApi)

public:
    explicit DocumentApi(ApiClient* client, QObject* parent = nullptr);

    // Streams `body` (an open QFile, say) as the request body: nothing is read up front.
    // The call takes ownership of `body`. ApiCall::uploadProgress reports the transfer,
    // ApiCall::abort() cancels it. 201 -> Document::fromJson(call->json()).
    ApiCall* upload(QIODevice* body, const QString& kind, const QString& filename, const QByteArray& contentType);
    // Small in-memory uploads (tests, generated files).
    ApiCall* upload(const QByteArray& bytes, const QString& kind, const QString& filename,
                    const QByteArray& contentType);
    // The bytes (call->body()).
    ApiCall* download(const QString& documentId);

private:
    ApiClient* m_client;
};

} // namespace citoyens
