#pragma once

#include "net/Error.h"

namespace osm::ctl {

// osmctl's exit codes, as the help and the documentation promise them to scripts.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,   // unknown command or option, invalid value, refused before sending
    ExitApi = 3,     // the API answered with an error (error_code), or with something unreadable
    ExitNetwork = 4, // no answer: connection, TLS, timeout
    ExitAuth = 5,    // credentials missing or rejected (signature, IAM sign-in, keychain)
};

// The exit code an error of the core ends the run with.
inline int exitCodeFor(const Error &error)
{
    switch (error.category()) {
    case Error::Category::None:
        return ExitOk;
    case Error::Category::Validation:
        return ExitUsage;
    case Error::Category::Api:
    case Error::Category::Http:
    case Error::Category::MalformedBody:
        return ExitApi;
    case Error::Category::Network:
    case Error::Category::Timeout:
    case Error::Category::Tls:
    case Error::Category::Cancelled:
        return ExitNetwork;
    case Error::Category::Auth:
    case Error::Category::Credentials:
        return ExitAuth;
    }
    return ExitApi;
}

} // namespace osm::ctl
