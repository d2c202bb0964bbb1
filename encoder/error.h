// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vida3 {

// Stable codes shared by every layer. Only app/ turns them into friendly, translated text.
// Persisted and printed in --stats/log JSON: values are explicit and append-only.
enum class ErrorCode : int {
    None = 0,
    InvalidArgument = 1,     // a command-line option or API argument is malformed
    InvalidScene = 2,        // a scene document is unreadable or breaks the schema
    InvalidDestination = 3,  // URL or stream key fails the platform's rules
    FileIo = 4,              // a file could not be read or written
    Unsupported = 5,         // a feature or format this build cannot handle
    EncoderFailed = 10,      // libav could not open or run an encoder
    HostNotFound = 20,       // DNS lookup of the ingest host failed
    ConnectionRefused = 21,  // nothing listens at host:port
    ConnectionTimeout = 22,  // no answer in time (includes a dead peer)
    TlsFailure = 23,         // handshake failed or the certificate is not trusted
    Rejected = 24,           // the server refused the stream key or the application path
    ConnectionLost = 25,     // the connection broke after it was live
    WriteFailed = 26,        // a recording could not be written (disk full, permissions)
    Unreachable = 27,        // network unreachable or another connect error
    SecretStoreUnavailable = 30,  // no OS keychain; secrets are kept in memory only
    SecretNotFound = 31,
    Cancelled = 40,
    DeviceNotFound = 50,     // no camera, microphone or display of that name
    DeviceFailed = 51,       // the device (or its sound server) failed or went away
};

// A failure as a value: a stable code plus a detail for logs and messages.
// The detail never contains a secret: producers redact before constructing it.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString detail;
};

// Name of a code for logs and JSON ("rejected", "connection_refused", ...).
QString errorCodeName(ErrorCode code);

}  // namespace vida3
