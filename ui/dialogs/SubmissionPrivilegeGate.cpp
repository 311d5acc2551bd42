#include "SubmissionPrivilegeGate.h"

#include "api/Privileges.h"
#include "models/PrivilegeCache.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>

#include <memory>

namespace osm::ui {

namespace {
const char *const kWaitingProperty = "osmWaitsForSubmissionPrivilege";
}

bool SubmissionPrivilegeGate::allowsNewCase(ApiClient *client, QWidget *parent, QAction *retry)
{
    PrivilegeCache *cache = PrivilegeCache::of(client);
    if (!cache)
        return true;
    const QString privilege = api::Privilege::CreateCase;
    switch (cache->state(privilege)) {
    case PrivilegeCache::State::Granted:
    case PrivilegeCache::State::Failed:
        return true;
    case PrivilegeCache::State::Denied:
        explain(parent);
        return false;
    case PrivilegeCache::State::Unknown:
    case PrivilegeCache::State::Checking:
        break;
    }
    // Asked again while waiting (a second click): the first wait answers for both.
    if (retry && !retry->property(kWaitingProperty).toBool()) {
        retry->setProperty(kWaitingProperty, true);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(cache, &PrivilegeCache::changed, retry,
                                       [cache, privilege, retry = QPointer<QAction>(retry), connection](const QString &which) {
                                           if (which != privilege || cache->state(privilege) == PrivilegeCache::State::Checking)
                                               return;
                                           QObject::disconnect(*connection);
                                           if (retry) {
                                               retry->setProperty(kWaitingProperty, false);
                                               retry->trigger(); // now answered from the cache
                                           }
                                       });
    }
    cache->check(privilege);
    return false;
}

void SubmissionPrivilegeGate::explain(QWidget *parent)
{
    if (parent && parent->findChild<QMessageBox *>(QStringLiteral("submissionPrivilegeBox"), Qt::FindDirectChildrenOnly))
        return; // already shown
    auto *box = new QMessageBox(QMessageBox::Information, tr("New Case"),
                                tr("You cannot submit cases with this user."), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("submissionPrivilegeBox"));
    box->setInformativeText(PrivilegeCache::deniedReason(api::Privilege::CreateCase));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace osm::ui
