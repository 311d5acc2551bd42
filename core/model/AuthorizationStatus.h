#pragma once

namespace osm {

// The status of an authorization request (5.6.4 / 5.6.6 `status`, 0..10; 6-10 are not described).
struct AuthorizationStatus
{
    static constexpr int Pending = 0;    // 待授权, waiting for the customer
    static constexpr int Authorized = 1; // 已授权, agreed and in effect until auth_expire_time
    static constexpr int Rejected = 2;   // 已拒绝
    static constexpr int Expired = 3;    // 已过期
    static constexpr int Withdrawn = 4;  // 已撤回, withdrawn by the support engineer
    static constexpr int Cancelled = 5;  // 已取消, revoked by the customer after agreeing
};

} // namespace osm
