#pragma once

namespace osm::sim {

class Router;
class Server;

// Case queries (5.11): list_cases, count_cases_by_status, show_case_detail, list_agencies,
// check_partner_case_privilege, list_case_operate_logs, show_cc_emails, show_case_status,
// show_partner_service_info, list_sub_customers.
class CaseRoutes
{
public:
    static void registerRoutes(Router &router, Server &server);
};

} // namespace osm::sim
