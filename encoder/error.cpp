// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/error.h"

namespace vida3 {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid_argument");
    case ErrorCode::InvalidScene: return QStringLiteral("invalid_scene");
    case ErrorCode::InvalidDestination: return QStringLiteral("invalid_destination");
    case ErrorCode::FileIo: return QStringLiteral("file_io");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::EncoderFailed: return QStringLiteral("encoder_failed");
    case ErrorCode::HostNotFound: return QStringLiteral("host_not_found");
    case ErrorCode::ConnectionRefused: return QStringLiteral("connection_refused");
    case ErrorCode::ConnectionTimeout: return QStringLiteral("connection_timeout");
    case ErrorCode::TlsFailure: return QStringLiteral("tls_failure");
    case ErrorCode::Rejected: return QStringLiteral("rejected");
    case ErrorCode::ConnectionLost: return QStringLiteral("connection_lost");
    case ErrorCode::WriteFailed: return QStringLiteral("write_failed");
    case ErrorCode::Unreachable: return QStringLiteral("unreachable");
    case ErrorCode::SecretStoreUnavailable: return QStringLiteral("secret_store_unavailable");
    case ErrorCode::SecretNotFound: return QStringLiteral("secret_not_found");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::DeviceNotFound: return QStringLiteral("device_not_found");
    case ErrorCode::DeviceFailed: return QStringLiteral("device_failed");
    }
    return QStringLiteral("unknown");
}

}  // namespace vida3
