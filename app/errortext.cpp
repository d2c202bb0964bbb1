// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/errortext.h"

namespace vida3::app {

QString ErrorText::friendly(const Error &error)
{
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::InvalidArgument:
        return tr("The studio could not start this output. Check the destination settings and try again.");
    case ErrorCode::InvalidScene:
        return tr("The scene could not be loaded. Check the scene file, or start without one.");
    case ErrorCode::InvalidDestination:
        return tr("The destination is not valid. Check the server URL and the stream key.");
    case ErrorCode::FileIo:
        return tr("A file could not be read or written. Check the folder's permissions and free space.");
    case ErrorCode::Unsupported:
        return tr("This build cannot do that. Choose another format or setting.");
    case ErrorCode::EncoderFailed:
        return tr("The video encoder stopped working. Try again; if it keeps failing, restart the studio.");
    case ErrorCode::HostNotFound:
        return tr("The server name could not be found. Check the server URL and your internet connection.");
    case ErrorCode::ConnectionRefused:
        return tr("Nothing answered at the server address. Check the server URL and its port.");
    case ErrorCode::ConnectionTimeout:
        return tr("The server did not answer in time. Check your internet connection, then go live again.");
    case ErrorCode::TlsFailure:
        return tr("The secure connection failed: the server's certificate was not accepted. "
                  "Check the server URL and your computer's date and time.");
    case ErrorCode::Rejected:
        return tr("The server refused the stream key. Check the key in the destination form.");
    case ErrorCode::ConnectionLost:
        return tr("The connection to the server was lost. Check your internet connection, then go live again.");
    case ErrorCode::WriteFailed:
        return tr("The recording could not be written. Check that the disk has free space and the folder is "
                  "writable.");
    case ErrorCode::Unreachable:
        return tr("The server cannot be reached from this network. Check your internet connection and firewall.");
    case ErrorCode::SecretStoreUnavailable:
        return tr("No keychain available: your stream key is kept in memory for this session only and never "
                  "written to disk.");
    case ErrorCode::SecretNotFound:
        return tr("No saved stream key was found. Enter the key in the destination form.");
    case ErrorCode::Cancelled:
        return tr("Stopped before it finished.");
    case ErrorCode::DeviceNotFound:
        return tr("That device was not found. Check that it is plugged in, then pick it again.");
    case ErrorCode::DeviceFailed:
        return tr("The device stopped working. It comes back by itself when it is available again.");
    }
    return tr("Something went wrong. Try again; if it keeps failing, restart the studio.");
}

QString ErrorText::brief(const Error &error)
{
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::HostNotFound:
        return tr("server name not found");
    case ErrorCode::ConnectionRefused:
        return tr("nothing answered at the server address");
    case ErrorCode::ConnectionTimeout:
        return tr("the server did not answer in time");
    case ErrorCode::TlsFailure:
        return tr("secure connection failed");
    case ErrorCode::Rejected:
        return tr("the server refused the stream key");
    case ErrorCode::ConnectionLost:
        return tr("connection lost");
    case ErrorCode::WriteFailed:
        return tr("the recording could not be written");
    case ErrorCode::Unreachable:
        return tr("server unreachable");
    case ErrorCode::EncoderFailed:
        return tr("the encoder stopped");
    case ErrorCode::InvalidDestination:
        return tr("invalid destination");
    case ErrorCode::InvalidArgument:
    case ErrorCode::InvalidScene:
    case ErrorCode::FileIo:
    case ErrorCode::Unsupported:
    case ErrorCode::SecretStoreUnavailable:
    case ErrorCode::SecretNotFound:
    case ErrorCode::Cancelled:
    case ErrorCode::DeviceNotFound:
    case ErrorCode::DeviceFailed:
        break;
    }
    return tr("see the message beside the buttons");
}

}  // namespace vida3::app
