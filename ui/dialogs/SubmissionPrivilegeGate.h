#pragma once

#include <QCoreApplication>

class QAction;
class QWidget;

namespace osm {
class ApiClient;
}

namespace osm::ui {

// Before the create-case wizard opens (5.4.1/5.4.2): an account's administrator can restrict case submission,
// and a sub-user without the createCase privilege would type a whole case only to have it refused at submit.
// The session's PrivilegeCache answers (one check_case_privilege per session).
class SubmissionPrivilegeGate
{
    Q_DECLARE_TR_FUNCTIONS(osm::ui::SubmissionPrivilegeGate)

public:
    // true: open the wizard now (the privilege is held, or the check failed and the server will decide).
    // false: not now — without the privilege a window-modal explanation is shown on `parent`; while the
    // answer is on its way `retry` is triggered once it arrives.
    static bool allowsNewCase(ApiClient *client, QWidget *parent, QAction *retry);
    // The explanation (object name "submissionPrivilegeBox").
    static void explain(QWidget *parent);
};

} // namespace osm::ui
