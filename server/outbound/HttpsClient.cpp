#include "HttpsClient.h"

#include <curl/curl.h>

namespace citoyens::server {

namespace {

struct Sink
{
    QByteArray body;
    qsizetype limit = 0;
    bool overflow = false;
};

size_t collect(char* data, size_t size, size_t count, void* user)
{
    auto* sink = static_cast<Sink*>(user);
    const qsizetype n = qsizetype(size * count);
    if (sink->body.size() + n > sink->limit) {
        sink->overflow = true;
        return 0; // curl stops with CURLE_WRITE_ERROR
    }
    sink->body.append(data, n);
    return size * count;
}

} // namespace

HttpsClient::HttpsClient(Options options)
    : m_options(std::move(options))
{ }

HttpsClient::Answer HttpsClient::get(const QUrl& url, const Headers& headers) const
{
    return perform(url, nullptr, headers);
}

HttpsClient::Answer HttpsClient::post(const QUrl& url, const QByteArray& body, const Headers& headers) const
{
    return perform(url, &body, headers);
}

HttpsClient::Answer HttpsClient::perform(const QUrl& url, const QByteArray* body, const Headers& headers) const
{
    Answer answer;
    if (url.scheme() != QLatin1String("https")) {
        answer.transportError = QStringLiteral("not an https address");
        return answer;
    }
    CURL* curl = curl_easy_init();
    if (!curl) {
        answer.transportError = QStringLiteral("curl_easy_init failed");
        return answer;
    }
    const QByteArray address = url.toEncoded();
    const QByteArray caFile = m_options.caFile.toLocal8Bit();
    curl_slist* list = nullptr;
    for (const auto& [name, value] : headers)
        list = curl_slist_append(list, QByteArray(name + ": " + value).constData());
    // No "Expect: 100-continue" round trip for our small bodies.
    list = curl_slist_append(list, "Expect:");
    Sink sink;
    sink.limit = m_options.maxAnswerBytes;

    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_options.totalTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (body) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body->size()));
    }
    const CURLcode rc = curl_easy_perform(curl);
    if (rc == CURLE_OK) {
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        char* type = nullptr;
        curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type);
        answer.status = int(status);
        answer.contentType = type ? QByteArray(type) : QByteArray();
        answer.body = std::move(sink.body);
    } else {
        answer.timedOut = rc == CURLE_OPERATION_TIMEDOUT;
        answer.transportError = sink.overflow ? QStringLiteral("answer larger than %1 bytes").arg(sink.limit)
                                              : QString::fromUtf8(curl_easy_strerror(rc));
    }
    curl_slist_free_all(list);
    curl_easy_cleanup(curl);
    return answer;
}

} // namespace citoyens::server
