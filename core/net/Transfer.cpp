#include "Transfer.h"

#include "ApiCall.h"

namespace osm {

void Transfer::abort()
{
    m_aborted = true;
    if (m_call && !m_call->isFinished())
        m_call->abort();
}

void Transfer::follow(ApiCall *call)
{
    m_call = call;
    connect(call, &ApiCall::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // QNetworkReply reports 0/0 once the upload is over: keep the last real figures.
        if (total <= 0 || sent < m_done)
            return;
        m_done = sent;
        m_total = total;
        Q_EMIT progress(sent, total);
    });
    if (m_aborted)
        call->abort();
}

} // namespace osm
