// SMTP through libcurl's easy interface.
#include "mail/smtpsender.h"

#include <QUrl>
#include <curl/curl.h>
#include <cstring>
#include <memory>
#include <mutex>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = std::min(left, size * count);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

// The server's last answer ("550 5.1.1 No such user"), to name in an error: curl's own message for a
// refused command is only "RCPT failed: 550" or "Weird server reply".
int keepServerReply(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type == CURLINFO_HEADER_IN) {
        const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
        if (!line.isEmpty())
            *static_cast<QByteArray *>(user) = line;
    }
    return 0;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *heartbeat = static_cast<const SendHeartbeat *>(user);
    return (*heartbeat)() ? 0 : 1;
}

MailError kindOf(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return MailError::Connect;
    case CURLE_LOGIN_DENIED:
        return MailError::Auth;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_USE_SSL_FAILED:
        return MailError::Tls;
    case CURLE_OPERATION_TIMEDOUT:
        return MailError::Timeout;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        return MailError::Dropped;
    default:
        return MailError::Protocol;
    }
}

QString explain(CURLcode code, const char *detail, long response, const QByteArray &reply, const SmtpUrl &url)
{
    const QString where = u"%1:%2"_s.arg(url.host).arg(url.port);
    QString what = QString::fromUtf8(*detail ? detail : curl_easy_strerror(code));
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
        return u"cannot connect to the SMTP server %1: %2"_s.arg(where, what);
    case CURLE_LOGIN_DENIED:
        return u"%1 refused the login of %2: wrong user or password? (%3)"_s.arg(where, url.user, what);
    case CURLE_USE_SSL_FAILED:
        return u"%1 does not offer STARTTLS, and Calma does not send mail in clear (%2)"_s.arg(where, what);
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
        return u"TLS with %1 failed: %2 (for a team server with its own certificate, name it with --ca-cert FILE)"_s.arg(where, what);
    default:
        break;
    }
    if (response >= 400)
        return u"%1 refused the mail: %2 (the server says: %3)"_s.arg(where, what, QString::fromUtf8(reply.left(300)));
    return u"sending through %1 failed: %2"_s.arg(where, what);
}

} // namespace

std::optional<SmtpUrl> SmtpUrl::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    SmtpUrl parsed;
    if (!url.isValid() || (url.scheme() != u"smtp" && url.scheme() != u"smtps") || url.host().isEmpty()) {
        *error = u"\"%1\" is not an SMTP URL: give smtps://[USER@]HOST[:PORT] or smtp://[USER@]HOST[:PORT] (STARTTLS)"_s.arg(text);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = u"the SMTP URL holds a password: give it with --password-file FILE or CALMA_SMTP_PASSWORD instead"_s;
        return std::nullopt;
    }
    if (!url.path().isEmpty() && url.path() != u"/") {
        *error = u"the SMTP URL has a path (\"%1\"): give smtps://[USER@]HOST[:PORT]"_s.arg(url.path());
        return std::nullopt;
    }
    parsed.tls = url.scheme() == u"smtps";
    parsed.user = url.userName();
    parsed.host = url.host();
    const int port = url.port(parsed.tls ? 465 : 587);
    if (port < 1 || port > 65535) {
        *error = u"the SMTP URL's port must be from 1 to 65535"_s;
        return std::nullopt;
    }
    parsed.port = quint16(port);
    return parsed;
}

QString SmtpUrl::display() const
{
    return u"%1://%2%3:%4"_s.arg(tls ? u"smtps"_s : u"smtp"_s, user.isEmpty() ? QString() : user + u'@', host).arg(port);
}

namespace {

// One SMTP session: with a mail when `raw` is given, else a NOOP after the login (a check).
SmtpResult session(const SmtpOptions &options, const QString &sender, const QStringList &recipients, const QByteArray *raw,
                   const SendHeartbeat &heartbeat = {})
{
    initCurl();
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    SmtpResult result;
    if (!curl) {
        result.errorKind = MailError::Protocol;
        result.error = u"cannot start libcurl"_s;
        return result;
    }
    const SmtpUrl &url = options.url;
    QUrl target;
    target.setScheme(url.tls ? u"smtps"_s : u"smtp"_s);
    target.setHost(url.host);
    target.setPort(url.port);
    target.setPath(u"/"_s + sender.section(u'@', -1)); // the name curl gives in EHLO
    const QByteArray targetText = target.toEncoded();
    const QByteArray user = url.user.toUtf8(), password = options.password.toUtf8();
    const QByteArray ca = options.caCertificateFile.toLocal8Bit();
    const QByteArray from = '<' + sender.toUtf8() + '>';
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> to(nullptr, &curl_slist_free_all);
    for (const QString &r : recipients)
        to.reset(curl_slist_append(to.release(), QByteArray('<' + r.toUtf8() + '>').constData()));
    Upload upload{raw, 0};
    char detail[CURL_ERROR_SIZE] = {};
    CURL *h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, targetText.constData());
    curl_easy_setopt(h, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!ca.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    if (raw) {
        curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
        curl_easy_setopt(h, CURLOPT_MAIL_RCPT, to.get());
        curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(h, CURLOPT_READFUNCTION, readBody);
        curl_easy_setopt(h, CURLOPT_READDATA, &upload);
        curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(raw->size()));
    } else {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "NOOP");
        curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
    }
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(options.timeoutMs));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(options.timeoutMs) * 2);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, detail);
    QByteArray lastReply;
    curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, keepServerReply);
    curl_easy_setopt(h, CURLOPT_DEBUGDATA, &lastReply);
    curl_easy_setopt(h, CURLOPT_VERBOSE, 1L); // the debug function sees the server's lines; nothing is printed
    if (heartbeat) {
        curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, onProgress);
        curl_easy_setopt(h, CURLOPT_XFERINFODATA, &heartbeat);
        curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    }
    const CURLcode code = curl_easy_perform(h);
    if (code == CURLE_OK) {
        result.ok = true;
        return result;
    }
    if (code == CURLE_ABORTED_BY_CALLBACK) {
        result.stopped = true;
        result.errorKind = MailError::Refused;
        result.error = u"the send through %1:%2 was stopped: this sender no longer holds the mail"_s.arg(url.host).arg(url.port);
        return result;
    }
    long response = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response);
    result.errorKind = response >= 400 && kindOf(code) == MailError::Dropped ? MailError::Protocol : kindOf(code);
    result.error = explain(code, detail, response, lastReply, url);
    return result;
}

} // namespace

SmtpResult sendMail(const SmtpOptions &options, const QString &sender, const QStringList &recipients, const QByteArray &raw,
                    const SendHeartbeat &heartbeat)
{
    return session(options, sender, recipients, &raw, heartbeat);
}

SmtpResult checkSmtp(const SmtpOptions &options)
{
    return session(options, u"check@calma.invalid"_s, {}, nullptr);
}

} // namespace calma
